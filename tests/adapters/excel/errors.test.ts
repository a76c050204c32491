import { asActionError, ExcelActionError } from '../../../src/adapters/excel/errors';
import { FakeExcelError } from '../../../src/testing/fake-excel';

describe('Excel’s errors, in words a clerk understands', () => {
  it.each([
    ['AccessDenied', 'được bảo vệ', 'protected'],
    ['ItemNotFound', 'Không tìm thấy', 'not found'],
    ['InvalidOperationInCellEditMode', 'Enter hoặc Esc', 'Enter or Esc'],
    ['ApiNotFound', 'Phiên bản Excel này thiếu một chức năng', 'This version of Excel lacks a feature'],
    ['GeneralException', 'Excel báo lỗi (GeneralException)', 'Excel reported an error (GeneralException)'],
  ] as const)('%s', (code, vi, en) => {
    const error = asActionError(new FakeExcelError(code, 'raw message from Excel'));
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error.code).toBe(code);
    expect(error.userMessage.vi).toContain(vi);
    expect(error.userMessage.en).toContain(en);
    expect(`${error.userMessage.vi} ${error.userMessage.en}`).not.toContain('raw message from Excel');
  });

  it('words a failure that is not Excel’s without a stack trace', () => {
    const error = asActionError(new TypeError('x is undefined'));
    expect(error.userMessage.en).toBe(
      'Excel reported an error (TypeError). The workbook may be unchanged; try again, and if it persists save the file and restart Excel.',
    );
  });
});
