import { STORE_SHEET_NAME } from '../../src/core/sheet-plan';
import { FakeWorkbook, fakeRun } from '../../src/preview/fake-excel';
import { actionsOver } from '../../src/taskpane/office';
import { getBuiltInTemplate } from '../../src/templates';

const template = getBuiltInTemplate('hung-tan-2023')!;

describe('a template stored in the workbook that was damaged', () => {
  it('is not stood in for by the shipped one: every action says the stored template is damaged', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const actions = actionsOver({ run: fakeRun(workbook), isSetSupported: () => true }, 'vi');
    await actions.insertSheet(template);
    const store = workbook.sheet(STORE_SHEET_NAME)!;
    store.ensureCell(2, 3).value = String(store.cell(2, 3)!.value).replace('"percent"', '"phan-tram"');

    for (const action of [actions.check, actions.makeReport, actions.seal]) {
      await expect(action()).rejects.toMatchObject({
        code: 'store-invalid',
        userMessage: {
          vi: expect.stringContaining('Mẫu chỉ tiêu lưu kèm trong sổ làm việc bị hỏng'),
          en: expect.stringContaining('The template stored in the workbook is damaged'),
        },
      });
    }
    expect(workbook.sheet('Báo cáo')).toBeUndefined();
  });
});
