import ExcelJS from 'exceljs';
import { createExcelAdapter } from '../../../src/adapters/excel';
import { readWorkbook, writePlan } from '../../../src/adapters/xlsx';
import { nodeSha256, readSeals } from '../../../src/adapters/xlsx/seal-store';
import { checkFigures } from '../../../src/core/check';
import { encodeSealRows, sealFigures, sealFor, SEAL_SHEET_NAME, verifySeal } from '../../../src/core/seal';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { FakeWorkbook, fakeRun } from '../../../src/testing/fake-excel';
import { getBuiltInTemplate } from '../../../src/templates';
import { table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';
const figures: Record<string, string | number> = {
  'gia-tri-san-xuat': 230,
  'tang-truong-kinh-te': 0.0867,
  bhyt: 0.961,
  'dang-vien-moi': 9,
  'chinh-quyen': 'Hoàn thành tốt nhiệm vụ',
  'xa-chuan-y-te': 'Có',
};

/** The same figures in the live workbook (fake Excel) and in a file the command line reads. */
async function bothSides() {
  const live = new FakeWorkbook();
  live.addSheet('Sheet1');
  const adapter = createExcelAdapter({ run: fakeRun(live), isSetSupported: live.isSetSupported });
  await adapter.insertSheet(template);
  const cells = table(live, SHEET, template);
  const file = new ExcelJS.Workbook();
  const sheet = await writePlan(file, buildSheetPlan(template));
  for (const [id, value] of Object.entries(figures)) {
    live.enter(SHEET, cells.input(id), value);
    sheet.getCell(cells.input(id)).value = value;
  }
  return { live, adapter, file };
}

async function read(file: ExcelJS.Workbook) {
  const reading = await readWorkbook(Buffer.from(await file.xlsx.writeBuffer()));
  if (!reading.ok) throw new Error(reading.problem.message.en);
  return reading;
}

describe('a seal made on one side', () => {
  it('made in the add-in verifies as unchanged in the command line', async () => {
    const { live, adapter, file } = await bothSides();
    await adapter.seal();
    const store = live.sheet(SEAL_SHEET_NAME)!;
    const copy = file.addWorksheet(SEAL_SHEET_NAME, { state: 'veryHidden' });
    for (const { row, column, cell } of store.entries()) copy.getCell(row, column).value = cell.value;

    const reading = await read(file);
    const [standard] = reading.sheets;
    const record = sealFor(readSeals(reading.workbook), template.id, standard.sheetName);
    const status = await verifySeal(record, template, standard.snapshot, nodeSha256);

    expect(status.status).toBe('unchanged');
  });

  it('made by the command line verifies as unchanged in the add-in', async () => {
    const { live, adapter, file } = await bothSides();
    const reading = await read(file);
    const [standard] = reading.sheets;
    const sealed = await sealFigures(
      template,
      standard.snapshot,
      checkFigures(template, standard.snapshot),
      standard.sheetName,
      new Date('2026-11-29T22:50:00Z'),
      nodeSha256,
    );
    if (!sealed.ok) throw new Error('refused');
    const store = live.addSheet(SEAL_SHEET_NAME);
    store.visibility = 'VeryHidden';
    encodeSealRows([sealed.record]).forEach((row, r) =>
      row.forEach((text, c) => live.enter(SEAL_SHEET_NAME, `${String.fromCharCode(65 + c)}${r + 1}`, text)),
    );

    expect((await adapter.checkAndMark()).seal).toMatchObject({
      status: 'unchanged',
      sealedAt: '2026-11-29T22:50:00.000Z',
    });
  });
});
