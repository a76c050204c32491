import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook } from '../../src/adapters/xlsx';
import { checkFigures } from '../../src/core/check';
import type { IndicatorResult } from '../../src/core/check/types';
import { needsCheckWord, statusWord } from '../../src/core/i18n/status-words';
import type { SheetPlan } from '../../src/core/sheet-plan/types';
import { PERIODS, type Period, type Template } from '../../src/core/template/types';
import { getBuiltInTemplate } from '../../src/templates';
import { recalculate } from '../../scripts/libreoffice/soffice';
import { figuresToTry } from './support/figures';
import { mixedTemplate } from './support/mixed-template';
import { readComputedRows, writeFilledWorkbook, type Entry } from './support/workbooks';

/**
 * The sheet's own formulas, recalculated by a real spreadsheet program, must say what the
 * add-in says for every figure stored as a number that passes validation (docs/design.md,
 * "Verdicts"). Each workbook puts the k-th figure
 * to try into every row, so every figure of every indicator is tried in every period.
 */

interface Workbook {
  template: Template;
  period: Period;
  file: string;
  plan: SheetPlan;
  entries: Map<string, Entry>;
}

const builtIn = getBuiltInTemplate('hung-tan-2023');
const templates = [builtIn, mixedTemplate()].filter((t): t is Template => t !== undefined);

let dir: string;
const workbooks: Workbook[] = [];
let recalculatedFiles: string[] = [];
let recalculationMs = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lo-verdicts-'));
  mkdirSync(join(dir, 'in'));
  for (const template of templates) {
    for (const period of PERIODS) {
      const tries = new Map(template.indicators.map((i) => [i.id, figuresToTry(i, period)]));
      const count = Math.max(...[...tries.values()].map((list) => list.length));
      for (let k = 0; k < count; k++) {
        const entries = new Map(
          [...tries].map(([id, list]): [string, Entry] => [id, { value: list[k % list.length] }]),
        );
        const file = join(dir, 'in', `${template.id}-${period}-${k}.xlsx`);
        const plan = await writeFilledWorkbook(template, period, entries, file);
        workbooks.push({ template, period, file, plan, entries });
      }
    }
  }
  const recalculation = recalculate(
    workbooks.map((w) => w.file),
    join(dir, 'out'),
  );
  recalculatedFiles = recalculation.outputs;
  recalculationMs = recalculation.ms;
  process.stdout.write(`LibreOffice recalculated ${workbooks.length} workbooks in ${recalculationMs} ms\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The add-in's report on a workbook, read back from the file exactly as the CLI reads it. */
async function coreResults(workbook: Workbook): Promise<Map<string, IndicatorResult>> {
  const reading = await readWorkbook(workbook.file);
  if (!reading.ok) throw new Error(`${workbook.file}: ${reading.problem.message.en}`);
  const [sheet] = reading.sheets;
  expect(sheet.snapshot.period).toBe(workbook.period);
  const report = checkFigures(sheet.template, sheet.snapshot);
  return new Map(report.results.map((result) => [result.indicator.id, result]));
}

function describeFigure(value: Entry['value']): string {
  return value === null ? 'empty' : typeof value === 'string' ? `text "${value}"` : `number ${value}`;
}

test('the built-in template and the mixed one are both tried', () => {
  expect(templates.map((t) => t.id)).toEqual(['hung-tan-2023', 'xa-mau-2024']);
  // Recalculating every workbook in one LibreOffice process keeps the stage quick.
  expect(recalculationMs).toBeLessThan(240_000);
});

test.each(templates.map((t) => [t.id, t] as const))(
  '%s: Đánh giá and % so với chỉ tiêu, recalculated by LibreOffice, say what the add-in says',
  async (_id, template) => {
    const disagreements: string[] = [];
    let compared = 0;
    let judged = 0;
    for (const [index, workbook] of workbooks.entries()) {
      if (workbook.template !== template) continue;
      const core = await coreResults(workbook);
      const sheet = await readComputedRows(recalculatedFiles[index], workbook.plan);
      for (const [id, entry] of workbook.entries) {
        const result = core.get(id);
        const computed = sheet.get(id);
        if (!result || !computed) throw new Error(`${id}: no row`);
        const choice = result.indicator.type === 'rating' || result.indicator.type === 'yesno';
        let expectedVerdict: string;
        let expectedPercent: number | '' = '';
        if (typeof entry.value === 'string' && !choice) {
          // Formulas cannot read text safely in every locale: the add-in reads it.
          expectedVerdict = needsCheckWord('vi');
        } else if (result.status === 'invalid') {
          expectedVerdict = statusWord('invalid', 'vi');
        } else {
          expectedVerdict = statusWord(result.status, 'vi');
          expectedPercent = result.percentOfTarget ?? '';
          if (result.status !== 'no-data') judged++;
        }
        compared++;
        const actualPercent =
          typeof computed.percent === 'number' ? round2(computed.percent) : computed.percent;
        if (computed.verdict !== expectedVerdict || (!choice && actualPercent !== expectedPercent)) {
          disagreements.push(
            `${workbook.period} ${id} ${describeFigure(entry.value)}: sheet "${String(computed.verdict)}" ` +
              `${JSON.stringify(actualPercent)}, add-in "${expectedVerdict}" ${JSON.stringify(expectedPercent)} ` +
              `(${result.status})`,
          );
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(template.indicators.length * PERIODS.length * 5);
    expect(judged).toBeGreaterThan(compared / 3);
  },
);

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

test('a workbook saved again by LibreOffice still reads as the same figures and period', async () => {
  const differences: string[] = [];
  for (const [index, workbook] of workbooks.entries()) {
    const [before, after] = await Promise.all([
      readWorkbook(workbook.file),
      readWorkbook(recalculatedFiles[index]),
    ]);
    if (!before.ok || !after.ok) {
      differences.push(`${workbook.file}: ${!after.ok ? after.problem.message.en : 'unreadable before'}`);
      continue;
    }
    const shape = (reading: typeof before) =>
      reading.ok
        ? reading.sheets.map(({ template, snapshot }) => ({
            template: template.id,
            period: snapshot.period,
            figures: snapshot.figures.map(({ indicatorId, raw }) => ({ indicatorId, raw })),
          }))
        : [];
    const a = JSON.stringify(shape(before));
    const b = JSON.stringify(shape(after));
    if (a !== b) differences.push(`${workbook.file}:\n  written ${a}\n  resaved ${b}`);
  }
  expect(differences).toEqual([]);
});
