import type { CheckReport, Finding } from '../../../src/core/check/types';
import type { Localized } from '../../../src/core/i18n/localized';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import type { ColumnKey } from '../../../src/core/sheet-plan/types';
import { getBuiltInTemplate } from '../../../src/templates';
import type { CellSpec, FigureOutcome } from '../cases/types';

/** Every case runs on the standard sheet of the built-in template, as a clerk gets it. */
export const template = getBuiltInTemplate('hung-tan-2023')!;
export const plan = buildSheetPlan(template);
export const SHEET = plan.sheetName;

export function rowOf(id: string): number {
  const found = plan.layout.rows.find((row) => row.indicatorId === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found.row;
}

export function addressOf(column: ColumnKey, id: string): string {
  return `${plan.layout.columns[column]}${rowOf(id)}`;
}

/** The number format the plan gives a cell (percent indicators' inputs hold fractions). */
export function plannedFormat(address: string): string | undefined {
  return plan.cells.find((cell) => cell.address === address)?.style?.numberFormat;
}

/** Excel's serial number of a date (days since 1899-12-30), as Office.js hands it over. */
export function serialOf(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export const DATE_FORMAT = 'dd/mm/yyyy';

/** The number format the cell ends up with once the clerk's entry is in. */
export function formatAfter(cell: CellSpec, planned: string | undefined): string | undefined {
  if ('number' in cell && cell.format !== undefined) return cell.format;
  if ('date' in cell) return DATE_FORMAT;
  return planned;
}

const LEAKS = /NaN|undefined|\[object |Error:|\n\s+at\s/;
const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵẹẻẽèéêệềếểễịỉĩìíọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữỵỷỹỳýđ]/i;

/** A message a clerk can act on: present in both languages, Vietnamese with its diacritics, no program text. */
export function expectClearMessage(message: Localized | undefined): void {
  expect(message).toBeDefined();
  for (const text of [message!.vi, message!.en]) {
    expect(typeof text).toBe('string');
    expect(text.trim().length).toBeGreaterThan(0);
    // What the clerk typed is quoted back (a text "NaN" stays "NaN"); the words around it must not leak.
    expect(text.replace(/“[^”]*”|"[^"]*"/g, '“…”')).not.toMatch(LEAKS);
  }
  expect(message!.vi).toMatch(VIETNAMESE);
  expect(message!.vi).not.toBe(message!.en);
}

/**
 * The indicator's result and findings end as the case says. Whatever the case, every finding of
 * the report speaks clearly, and an indicator with an error is never judged.
 */
export function expectOutcome(
  report: CheckReport,
  indicatorId: string,
  outcome: FigureOutcome,
  extra: Finding[] = [],
): void {
  const result = report.results.find((each) => each.indicator.id === indicatorId)!;
  const own = [...extra, ...report.findings].filter((each) => each.indicatorId === indicatorId);
  [...extra, ...report.findings].forEach((each) => expectClearMessage(each.message));
  if ('finding' in outcome) {
    expect(own.map((each) => [each.code, each.severity])).toContainEqual([outcome.finding, outcome.severity]);
    if (outcome.status) expect(result.status).toBe(outcome.status);
  } else {
    expect(result.status).toBe(outcome.status);
    expect(own.filter((each) => each.severity === 'error')).toEqual([]);
    if (outcome.warning) expect(own.map((each) => each.code)).toContain(outcome.warning);
  }
  if (own.some((each) => each.severity === 'error')) expect(result.status).toBe('invalid');
  expect(result.percentOfTarget === null || Number.isFinite(result.percentOfTarget)).toBe(true);
}
