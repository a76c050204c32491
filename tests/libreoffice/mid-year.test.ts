import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook } from '../../src/adapters/xlsx';
import { checkFigures } from '../../src/core/check';
import { needsCheckWord, statusWord } from '../../src/core/i18n/status-words';
import { loadTemplate } from '../../src/core/template/load';
import { PERIODS, type Period, type Template } from '../../src/core/template/types';
import { STATUSES } from '../../src/core/verdict';
import { recalculate } from '../../scripts/libreoffice/soffice';
import { throughTheYear } from '../core/sheet-plan/support/templates';
import { estimateToTry, figuresToTry } from './support/figures';
import { readComputedRows, writeFilledWorkbook, type Entry } from './support/workbooks';

/**
 * docs/design.md, "Through the year", recalculated by LibreOffice: every way of following an
 * indicator (cumulative, level, year-end) for every kind of figure, in every period, each figure
 * to try alone and beside an estimate for the year. Each try is its own row (the indicator
 * repeated under a numbered id), so one workbook per period holds them all.
 */

const base = throughTheYear();
const ROUNDS = 24;

function repeated(): Template {
  const { format, id, title, issuer, year } = base;
  const indicators = Array.from({ length: ROUNDS }, (_, k) =>
    base.indicators.map((indicator) => ({ ...indicator, id: `${indicator.id}-${k}` })),
  ).flat();
  const loaded = loadTemplate({ format, id, title, issuer, year, indicators });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.template;
}

const template = repeated();
let dir: string;
const files = new Map<Period, { file: string; entries: Map<string, Entry> }>();
let outputs: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lo-mid-year-'));
  mkdirSync(join(dir, 'in'));
  for (const period of PERIODS) {
    const entries = new Map<string, Entry>();
    for (const indicator of base.indicators) {
      const tries = figuresToTry(indicator, period);
      // Every figure alone (even rounds) and beside an estimate (odd rounds, at 6 and 9 months).
      for (let k = 0; k < ROUNDS; k++) {
        const value = tries[Math.floor(k / 2) % tries.length];
        entries.set(`${indicator.id}-${k}`, { value, estimate: estimateToTry(indicator, period, k) });
      }
    }
    const file = join(dir, 'in', `${period}.xlsx`);
    await writeFilledWorkbook(template, period, entries, file);
    files.set(period, { file, entries });
  }
  outputs = recalculate(
    PERIODS.map((period) => files.get(period)!.file),
    join(dir, 'out'),
  ).outputs;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every verdict, the mid-year ones included, is the add-in’s word in the recalculated sheet', async () => {
  const disagreements: string[] = [];
  const seen = new Set<string>();
  for (const [index, period] of PERIODS.entries()) {
    const { file, entries } = files.get(period)!;
    const reading = await readWorkbook(file);
    if (!reading.ok) throw new Error(reading.problem.message.en);
    const [sheet] = reading.sheets;
    expect(sheet.snapshot.period).toBe(period);
    const report = checkFigures(sheet.template, sheet.snapshot);
    const plan = (await import('../../src/core/sheet-plan')).buildSheetPlan(template, { period });
    const computed = await readComputedRows(outputs[index], plan);
    for (const result of report.results) {
      const entry = entries.get(result.indicator.id)!;
      const choice = result.indicator.type === 'rating' || result.indicator.type === 'yesno';
      const text = (x: Entry['value'] | undefined) => typeof x === 'string' && !choice;
      const unreadable = text(entry.value) || (period !== 'nam' && text(entry.estimate));
      const expected = unreadable ? needsCheckWord('vi') : statusWord(result.status, 'vi');
      if (!unreadable) seen.add(result.status);
      const shown = computed.get(result.indicator.id)!;
      if (shown.verdict !== expected) {
        disagreements.push(
          `${period} ${result.indicator.id} figure ${JSON.stringify(entry.value)} estimate ` +
            `${JSON.stringify(entry.estimate)}: sheet "${String(shown.verdict)}", add-in "${expected}"`,
        );
      }
    }
  }
  expect(disagreements).toEqual([]);
  expect([...seen].sort()).toEqual([...STATUSES].sort());
});
