import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook } from '../../src/adapters/xlsx';
import { standardSheetBytes } from '../../src/app/files';
import { buildSheetPlan } from '../../src/core/sheet-plan';
import { statusWord } from '../../src/core/i18n/status-words';
import { getBuiltInTemplate } from '../../src/templates';
import { readFormulaResults } from '../../scripts/libreoffice/xlsx-results';
import { recalculate } from '../../scripts/libreoffice/soffice';

/**
 * The sheet the web page app.html downloads (made by its own file module, src/app/files.ts) opens
 * in LibreOffice: recalculated there, it still judges its figures and the check still finds it.
 */

const template = getBuiltInTemplate('hung-tan-2023')!;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lo-app-'));
  mkdirSync(join(dir, 'in'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the web page’s standard sheet opens, recalculates and reads back in LibreOffice', async () => {
  const { layout } = buildSheetPlan(template, { lang: 'vi' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(await standardSheetBytes(template, 'nam', 'vi')) as unknown as ExcelJS.Buffer,
  );
  const sheet = workbook.worksheets.find((each) => each.state === 'visible')!;
  const rowOf = (id: string) => layout.rows.find((row) => row.indicatorId === id)!.row;
  // A figure above the target (230,5 ≥ 217,67) and one below it (7 new party members of 8).
  sheet.getCell(`${layout.columns.value}${rowOf('gia-tri-san-xuat')}`).value = 230.5;
  sheet.getCell(`${layout.columns.value}${rowOf('dang-vien-moi')}`).value = 7;
  const input = join(dir, 'in', 'chi-tieu-2023.xlsx');
  writeFileSync(input, Buffer.from(await workbook.xlsx.writeBuffer()));

  const [output] = recalculate([input], join(dir, 'out')).outputs;

  const results = await readFormulaResults(output, sheet.name);
  const verdict = (id: string) => results.get(`${layout.columns.verdict}${rowOf(id)}`);
  expect(verdict('gia-tri-san-xuat')).toBe(statusWord('exceeded', 'vi'));
  expect(verdict('dang-vien-moi')).toBe(statusWord('missed', 'vi'));
  expect(verdict('thu-ngan-sach')).toBe(statusWord('no-data', 'vi'));
  const reading = await readWorkbook(output);
  if (!reading.ok) throw new Error(reading.problem.message.en);
  expect(reading.sheets[0].template.id).toBe(template.id);
});
