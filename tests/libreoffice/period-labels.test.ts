import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/adapters/xlsx';
import { checkFigures } from '../../src/core/check';
import { statusWord } from '../../src/core/i18n/status-words';
import type { SheetPlan } from '../../src/core/sheet-plan/types';
import type { Template } from '../../src/core/template/types';
import { getBuiltInTemplate } from '../../src/templates';
import { recalculate } from '../../scripts/libreoffice/soffice';
import { figuresToTry } from './support/figures';
import { readComputedRows, writeFilledWorkbook, type Entry } from './support/workbooks';

/**
 * A period cell that is not exactly one of the list's labels: LibreOffice's formulas and the
 * reader must take the same period (the label in any case, or else the year), so that no row
 * says "Đúng tiến độ" in the sheet and another word in the add-in.
 */

const template = getBuiltInTemplate('hung-tan-2023') as Template;
const TEXTS = ['6 THÁNG', '9 Tháng', '6 thang', ' 6 tháng', '6 tháng ', '6-thang', 'nam'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lo-periods-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the sheet and the reader judge every period text alike', async () => {
  const files: string[] = [];
  const plans: SheetPlan[] = [];
  const entries = new Map<string, Entry>();
  for (const k of [0, 1, 2]) {
    for (const indicator of template.indicators) {
      const list = figuresToTry(indicator, '6-thang').filter((value) => typeof value !== 'string');
      entries.set(indicator.id, { value: list[k % list.length] });
    }
    for (const [t, text] of TEXTS.entries()) {
      const file = join(dir, `period-${k}-${t}.xlsx`);
      const plan = await writeFilledWorkbook(template, 'nam', new Map(entries), file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      workbook.getWorksheet(plan.sheetName)!.getCell(plan.layout.periodCell).value = text;
      await workbook.xlsx.writeFile(file);
      files.push(file);
      plans.push(plan);
    }
  }
  const { outputs } = recalculate(files, join(dir, 'out'));

  const disagreements: string[] = [];
  let onTrack = 0;
  for (const [index, file] of files.entries()) {
    const reading = await readWorkbook(file);
    if (!reading.ok) throw new Error(reading.problem.message.en);
    const [sheet] = reading.sheets;
    const report = checkFigures(sheet.template, sheet.snapshot);
    const computed = await readComputedRows(outputs[index], plans[index]);
    for (const result of report.results) {
      const word = statusWord(result.status, 'vi');
      const shown = computed.get(result.indicator.id)?.verdict;
      if (result.status === 'on-track') onTrack++;
      if (shown !== word)
        disagreements.push(
          `"${TEXTS[index % TEXTS.length]}" ${result.indicator.id}: sheet "${String(shown)}", add-in "${word}"`,
        );
    }
  }
  expect(disagreements).toEqual([]);
  expect(onTrack).toBeGreaterThan(0);
});
