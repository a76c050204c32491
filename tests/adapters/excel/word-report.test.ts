import JSZip from 'jszip';
import mammoth from 'mammoth';
import { createExcelAdapter } from '../../../src/adapters/excel';
import { reportDocxBytes } from '../../../src/adapters/docx';
import { FakeWorkbook, fakeRun } from '../../../src/testing/fake-excel';
import { getBuiltInTemplate } from '../../../src/templates';
import { table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';

async function filled() {
  const workbook = new FakeWorkbook({});
  workbook.addSheet('Sheet1');
  const adapter = createExcelAdapter({ run: fakeRun(workbook), isSetSupported: workbook.isSetSupported });
  await adapter.insertSheet(template);
  const sheet = table(workbook, SHEET, template);
  workbook.enter(SHEET, sheet.input('gia-tri-san-xuat'), 230);
  workbook.enter(SHEET, sheet.input('dang-vien-moi'), 5);
  workbook.enter(SHEET, sheet.explanationCell('dang-vien-moi'), 'Hai quần chúng chưa đủ tuổi đảng.');
  return { workbook, adapter, sheet };
}

describe('the Word report from the add-in', () => {
  it('is the results report of the figures in the workbook, written to nothing in it', async () => {
    const { workbook, adapter } = await filled();
    const sheetsBefore = workbook.sheets.map((s) => s.name);
    const outcome = await adapter.resultsReport([], 'vi', { number: '7', date: '2023-06-25' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.year).toBe(2023);
    expect(workbook.sheets.map((s) => s.name)).toEqual(sheetsBefore);

    const bytes = await reportDocxBytes(outcome.report);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/document.xml')).not.toBeNull();
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('ĐẢNG ỦY XÃ HƯNG TÂN');
    expect(text).toContain('Số 7-BC/ĐU');
    expect(text).toContain('Hưng Tân, ngày 25 tháng 06 năm 2023');
    expect(text).toContain('Nguyên nhân: Hai quần chúng chưa đủ tuổi đảng.');
  });

  it('is refused, with the errors as reasons, while the figures have any', async () => {
    const { workbook, adapter, sheet } = await filled();
    workbook.enter(SHEET, sheet.input('dang-vien-moi'), 'mười');
    const outcome = await adapter.resultsReport([], 'vi');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reasons.map((r) => r.cell)).toContain(`'${SHEET}'!${sheet.input('dang-vien-moi')}`);
  });
});
