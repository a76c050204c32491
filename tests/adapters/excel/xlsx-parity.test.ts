import ExcelJS from 'exceljs';
import { readWorkbook, writePlan } from '../../../src/adapters/xlsx';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../../src/templates';
import { newWorkbook, table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';

/** The same clerk's entries, typed into a live workbook and into a file. */
const figures: Record<string, string | number> = {
  'tang-truong-kinh-te': '8,67%',
  'gia-tri-san-xuat': 230,
  bhyt: 0.961,
  'dang-vien-moi': 'mười',
  'chinh-quyen': 'Hoàn thành tốt nhiệm vụ',
  'xa-chuan-y-te': 'Có',
};
const explanations: Record<string, string> = { 'ho-ngheo': 'Do thiên tai' };

describe('the Office.js reader and the .xlsx reader', () => {
  it('give the same snapshot of the same sheet', async () => {
    const { workbook, adapter } = newWorkbook();
    await adapter.insertSheet(template);
    const live = table(workbook, SHEET, template);
    workbook.enter(SHEET, live.periodAddress, '6 tháng');
    for (const [id, value] of Object.entries(figures)) workbook.enter(SHEET, live.input(id), value);
    for (const [id, text] of Object.entries(explanations))
      workbook.enter(SHEET, live.explanationCell(id), text);
    const fromExcel = await adapter.readSnapshot();

    const file = new ExcelJS.Workbook();
    const sheet = await writePlan(file, buildSheetPlan(template));
    sheet.getCell(live.periodAddress).value = '6 tháng';
    for (const [id, value] of Object.entries(figures)) sheet.getCell(live.input(id)).value = value;
    for (const [id, text] of Object.entries(explanations))
      sheet.getCell(live.explanationCell(id)).value = text;
    const reading = await readWorkbook(Buffer.from(await file.xlsx.writeBuffer()));
    if (!reading.ok) throw new Error(reading.problem.message.en);

    expect(fromExcel.snapshot).toEqual(reading.sheets[0].snapshot);
  });
});
