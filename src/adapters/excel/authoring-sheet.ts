import {
  AUTHORING_SHEET_NAME,
  buildAuthoringPlan,
  nextYearFromReport,
  readAuthoringSheet,
  type AuthoringPlan,
  type AuthoringReading,
  type Grid,
} from '../../core/authoring';
import { foldLevel } from '../../core/template/schema';
import type { Finding } from '../../core/check/types';
import { checkFigures } from '../../core/check';
import { blockingFindings } from '../../core/check/blocking';
import type { Lang, Localized } from '../../core/i18n/localized';
import { readStandardSheet, withReaderFindings } from '../../core/read';
import type { Template } from '../../core/template/types';
import { cellAddress } from './a1';
import { queueLaidOutCells, validationRule, type Capabilities } from './apply-plan';
import { explainExcelError, ExcelActionError } from './errors';
import type { NarrowContext, NarrowWorksheet } from './excel-api';
import { freeSheetName } from './insert-sheet';
import { message, messageWithReason } from './messages';
import { chooseStandardSheet } from './read-snapshot';
import { readTables } from './read-tables';
import { cellOf, readSheet, type SheetGrid } from './sheet-grid';

/** The authoring sheet (docs/design.md, "The authoring sheet") in and out of the open workbook. */

export interface AuthoringInsertResult {
  sheetName: string;
  notes: Localized[];
}

export interface AuthoringSheetReading {
  sheetName: string;
  reading: AuthoringReading;
}

function queueAuthoringPlan(sheet: NarrowWorksheet, plan: AuthoringPlan, can: Capabilities): void {
  queueLaidOutCells(sheet, plan);
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
  if (!can.dataValidation) return;
  for (const validation of plan.validations) {
    const { dataValidation } = sheet.getRange(validation.address);
    dataValidation.rule = validationRule(validation);
    dataValidation.prompt = { ...validation.prompt, showPrompt: true };
    // A warning, not a stop: the reader also takes words outside the list (≥, "không quá").
    dataValidation.errorAlert = { ...validation.error, showAlert: true, style: 'Warning' };
  }
}

/**
 * Adds the authoring sheet as a new sheet: two syncs whatever its length. A sheet of the clerk's
 * own under the same name is never touched; the new one then takes `(2)`, as the standard sheet does.
 */
export async function insertAuthoringSheetIn(
  context: NarrowContext,
  plan: AuthoringPlan,
  can: Capabilities,
): Promise<AuthoringInsertResult> {
  return addAuthoringSheet(context, plan, can, await sheetNames(context));
}

/** The workbook's sheet names: one sync. */
async function sheetNames(context: NarrowContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}

/** Adds the plan's sheet under a name none of `taken` has: one sync. */
async function addAuthoringSheet(
  context: NarrowContext,
  plan: AuthoringPlan,
  can: Capabilities,
  taken: readonly string[],
): Promise<AuthoringInsertResult> {
  const worksheets = context.workbook.worksheets;
  const sheetName = freeSheetName(plan.sheetName, taken);
  const sheet = worksheets.add(sheetName);
  queueAuthoringPlan(sheet, plan, can);
  sheet.activate();
  try {
    await context.sync();
  } catch (error) {
    await removeSheet(context, sheetName);
    throw new ExcelActionError(
      'insert-failed',
      messageWithReason('insert-failed', {}, explainExcelError(error)),
      error,
    );
  }
  return { sheetName, notes: can.dataValidation ? [] : [message('validation-unsupported')] };
}

async function removeSheet(context: NarrowContext, name: string): Promise<void> {
  const probe = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (!probe.isNullObject) probe.delete();
  await context.sync();
}

const fold = (text: string) => foldLevel(text.normalize('NFKC'));

/** `Khai báo chỉ tiêu` or one of its copies, `Khai báo chỉ tiêu (2)` and so on. */
function isAuthoringName(name: string): boolean {
  const base = fold(AUTHORING_SHEET_NAME);
  const folded = fold(name);
  return folded === base || (folded.startsWith(base) && /^ \(\d+\)$/.test(folded.slice(base.length)));
}

/** The active sheet when it is an authoring sheet (the clerk may keep several), else the first one. */
function chooseAuthoringSheet(names: readonly string[], active: string): string | undefined {
  if (isAuthoringName(active)) return active;
  return names.find(isAuthoringName);
}

/** The used cells of a sheet as the core's neutral grid: only cells holding something. */
export function gridOfSheet(sheet: SheetGrid): Grid {
  const cells: Grid['cells'] = [];
  sheet.values.forEach((line, i) => {
    line.forEach((_, j) => {
      const row = sheet.top + i;
      const column = sheet.left + j;
      const cell = cellOf(sheet, row, column);
      if (cell.raw === null) return;
      cells.push({ address: cellAddress(row, column), value: cell.raw, numberFormat: cell.numberFormat });
    });
  });
  return { cells };
}

/**
 * Reads the authoring sheet into a template, or its findings with their cells: two syncs, and only
 * that sheet's used range is read. Changes nothing.
 */
export async function readAuthoringSheetIn(context: NarrowContext): Promise<AuthoringSheetReading> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const sheetName = chooseAuthoringSheet(
    worksheets.items.map((sheet) => sheet.name),
    active.name,
  );
  if (!sheetName) {
    throw new ExcelActionError(
      'no-authoring-sheet',
      message('no-authoring-sheet', { name: AUTHORING_SHEET_NAME }),
    );
  }
  const grid = await readSheet(context, sheetName);
  return { sheetName, reading: readAuthoringSheet(gridOfSheet(grid)) };
}

/** What to do when the workbook already holds a sheet named `Khai báo chỉ tiêu`. */
export type NextYearChoice = 'open' | 'copy';

export type NextYearResult =
  /** The standard sheet still has errors (or figures stored as text): nothing was written. */
  | { kind: 'refused'; sheetName: string; findings: Finding[] }
  /** A sheet of the authoring sheet's name is there: ask the clerk, then call again with a choice. */
  | { kind: 'needs-choice'; sheetName: string; year: number }
  | { kind: 'opened'; sheetName: string; year: number }
  | { kind: 'created'; sheetName: string; year: number; count: number; notes: Localized[] };

/**
 * "Chuẩn bị năm sau", as the command line's `next` (docs/design.md, "The authoring sheet"): next
 * year's authoring sheet from the standard sheet (the active one if it is one), refused while its
 * figures have errors; a sheet already named `Khai báo chỉ tiêu` is never written over. At most
 * five syncs (the check's read, the names, the new sheet) whatever the number of indicators.
 */
export async function insertNextYearSheetIn(
  context: NarrowContext,
  templates: readonly Template[],
  lang: Lang,
  choice: NextYearChoice | undefined,
  can: Capabilities,
): Promise<NextYearResult> {
  const found = chooseStandardSheet(await readTables(context, templates), templates);
  const reading = readStandardSheet(found);
  const report = withReaderFindings(checkFigures(reading.template, reading.snapshot), reading.findings);
  const blocking = blockingFindings(report.findings);
  if (blocking.length > 0) return { kind: 'refused', sheetName: found.sheet.name, findings: blocking };

  const year = reading.template.year + 1;
  const plan = buildAuthoringPlan(nextYearFromReport(reading.template, report), lang);
  const taken = await sheetNames(context);
  const existing = taken.find((name) => name.toLocaleLowerCase() === plan.sheetName.toLocaleLowerCase());
  if (existing && !choice) return { kind: 'needs-choice', sheetName: existing, year };
  if (existing && choice === 'open') {
    context.workbook.worksheets.getItem(existing).activate();
    await context.sync();
    return { kind: 'opened', sheetName: existing, year };
  }
  const { sheetName, notes } = await addAuthoringSheet(context, plan, can, taken);
  return { kind: 'created', sheetName, year, count: reading.template.indicators.length, notes };
}
