import type { RawValue } from '../../core/check/types';
import { canonicalJson } from '../../core/seal/canonical';
import type { Localized } from '../../core/i18n/localized';
import { cellText, periodCellOf, type GridCell } from '../../core/read';
import { buildSheetPlan, PERIOD_FALLBACK, periodFromLabel, STORE_SHEET_NAME } from '../../core/sheet-plan';
import type { SheetPlan, SheetPlanOptions } from '../../core/sheet-plan/types';
import { baselineEntered } from '../../core/template/entered-baseline';
import type { Template } from '../../core/template/types';
import { cellAddress } from './a1';
import { literalText, protectAsPlanned, queuePlan, queueStore, type Capabilities } from './apply-plan';
import { asActionError, explainExcelError, ExcelActionError } from './errors';
import type { NarrowContext, NarrowWorksheet } from './excel-api';
import { message, messageWithReason } from './messages';
import { afterFailedWrite } from './protection';
import { readWorkbook, type StandardSheet, type WorkbookReading } from './read-snapshot';
import type { SheetGrid } from './sheet-grid';

/** What to do when the workbook already holds a sheet made from the template. */
export type ExistingSheetChoice = 'open' | 'update' | 'copy';

export type InsertResult =
  /** The workbook already holds the sheet: ask the clerk, then call again with a choice. */
  | { kind: 'needs-choice'; sheetName: string }
  | { kind: 'created' | 'opened' | 'updated'; sheetName: string; notes: Localized[] };

const MAX_SHEET_NAME = 31;

/** `Chỉ tiêu 2023`, or `Chỉ tiêu 2023 (2)` and so on when taken (Excel compares names without case). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLocaleLowerCase()));
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLocaleLowerCase())) return name;
  }
}

function capabilityNotes(can: Capabilities): Localized[] {
  const notes: Localized[] = [];
  if (!can.dataValidation) notes.push(message('validation-unsupported'));
  if (!can.pageLayout) notes.push(message('page-layout-unsupported'));
  return notes;
}

/**
 * Puts the template's standard sheet into the open workbook, in one batch of a constant number
 * of syncs (read twice, write once). Never overwrites a clerk's figures: with a sheet of this
 * template already there and no choice, it only reports `needs-choice`.
 */
export async function insertSheetIn(
  context: NarrowContext,
  template: Template,
  options: SheetPlanOptions,
  choice: ExistingSheetChoice | undefined,
  can: Capabilities,
): Promise<InsertResult> {
  const reading = await readWorkbook(context, [template]);
  const existing = reading.standard.find((found) => found.template.id === template.id);
  if (existing && !choice) return { kind: 'needs-choice', sheetName: existing.sheet.name };
  if (existing && choice === 'open') {
    context.workbook.worksheets.getItem(existing.sheet.name).activate();
    await context.sync();
    return { kind: 'opened', sheetName: existing.sheet.name, notes: [] };
  }
  refuseStoreChange(reading, template, choice);
  if (existing && choice === 'update')
    return updateLayout(context, reading, existing, template, options, can);

  // A sheet of the clerk's own may already bear the name: the new one then takes `(2)`.
  const taken = reading.sheets.map((sheet) => sheet.name);
  const planned = buildSheetPlan(template, options);
  const free = freeSheetName(planned.sheetName, taken);
  const named =
    free === planned.sheetName ? planned : buildSheetPlan(template, { ...options, sheetName: free });
  const worksheets = context.workbook.worksheets;
  queueStoreUpdate(context, reading, template);
  const sheet = worksheets.add(named.sheetName);
  queuePlan(sheet, named, can);
  protectAsPlanned(sheet, named);
  sheet.activate();
  try {
    await context.sync();
  } catch (error) {
    await undoInsert(context, reading, [named.sheetName]);
    throw new ExcelActionError(
      'insert-failed',
      messageWithReason('insert-failed', {}, explainExcelError(error)),
      error,
    );
  }
  return { kind: 'created', sheetName: named.sheetName, notes: capabilityNotes(can) };
}

/**
 * The store is only ever rewritten whole, so a damaged one (its other templates unreadable) is
 * never rewritten; and a different template under a stored id would judge the sheets already
 * made from it by new rules, so only the layout update, which lays them out anew, may replace it.
 */
function refuseStoreChange(
  reading: WorkbookReading,
  template: Template,
  choice: ExistingSheetChoice | undefined,
): void {
  if (reading.storeProblem) {
    throw new ExcelActionError(
      'store-invalid',
      messageWithReason('store-not-rewritten', {}, reading.storeProblem),
    );
  }
  const stored = reading.stored.find((each) => each.id === template.id);
  if (choice !== 'update' && stored && canonicalJson(stored) !== canonicalJson(template)) {
    throw new ExcelActionError(
      'template-id-taken',
      message('template-id-taken', { id: template.id, year: stored.year }),
    );
  }
}

function queueStoreUpdate(context: NarrowContext, reading: WorkbookReading, template: Template): void {
  const worksheets = context.workbook.worksheets;
  const templates = [...reading.stored.filter((stored) => stored.id !== template.id), template];
  const previous = reading.sheets.find((sheet) => sheet.name === STORE_SHEET_NAME);
  if (previous) {
    queueStore(worksheets.getItem(STORE_SHEET_NAME), templates, usedAddress(previous));
    return;
  }
  const store = worksheets.add(STORE_SHEET_NAME);
  queueStore(store, templates);
  store.visibility = 'VeryHidden';
}

function usedAddress(grid: SheetGrid): string | undefined {
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return undefined;
  return `${cellAddress(grid.top, grid.left)}:${cellAddress(grid.top + rows - 1, grid.left + columns - 1)}`;
}

/**
 * After a failed insert: removes the sheets the batch added and puts the store back as it was,
 * so the workbook is as before. Its own failure is not hidden: the clerk is told what was done.
 */
async function undoInsert(context: NarrowContext, reading: WorkbookReading, added: string[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const hadStore = reading.sheets.some((sheet) => sheet.name === STORE_SHEET_NAME);
  const probes = [...added, ...(hadStore ? [] : [STORE_SHEET_NAME])].map((name) =>
    worksheets.getItemOrNullObject(name),
  );
  await context.sync();
  for (const probe of probes) if (!probe.isNullObject) probe.delete();
  if (hadStore) queueStore(worksheets.getItem(STORE_SHEET_NAME), reading.stored, STORE_RESTORE_RANGE);
  await context.sync();
}

/** The store never reaches past column C; clearing a generous block is enough to rewrite it whole. */
const STORE_RESTORE_RANGE = 'A1:C10000';

interface Carried {
  value?: GridCell;
  estimate?: GridCell;
  /** Last year's figure the clerk entered (no baseline in the old template). */
  baseline?: GridCell;
  explanation?: GridCell;
}

function hasContent(cell: GridCell): boolean {
  return cell.raw !== null || cell.formula !== undefined;
}

/**
 * The clerk's entries of a sheet: by indicator id, and the rows a new layout would have no place
 * for. Last year's figure counts where the old template gave none (the clerk entered it); the new
 * layout has a place for it only where the new template gives none either.
 */
function enteredIn(
  found: StandardSheet,
  next: Template,
): { carried: Map<string, Carried>; homeless: string[] } {
  const { sheet } = found;
  const { columns, headerRow } = found.table;
  const keep = new Map(next.indicators.map((indicator) => [indicator.id, indicator]));
  const old = new Map(found.template.indicators.map((indicator) => [indicator.id, indicator]));
  const carried = new Map<string, Carried>();
  const homeless: string[] = [];
  for (const row of sheet.rows()) {
    if (row <= headerRow) continue;
    const value = sheet.cell(row, columns.value);
    const explanation = columns.explanation === undefined ? undefined : sheet.cell(row, columns.explanation);
    const estimate = columns.estimate === undefined ? undefined : sheet.cell(row, columns.estimate);
    const id = cellText(sheet, row, columns.code);
    const was = old.get(id);
    const baseline =
      columns.baseline === undefined || !was || !baselineEntered(was)
        ? undefined
        : sheet.cell(row, columns.baseline);
    const entered: Carried = {};
    if (value && hasContent(value)) entered.value = value;
    if (estimate && hasContent(estimate)) entered.estimate = estimate;
    if (explanation && hasContent(explanation)) entered.explanation = explanation;
    if (baseline && hasContent(baseline)) entered.baseline = baseline;
    if (!entered.value && !entered.estimate && !entered.explanation && !entered.baseline) continue;
    const now = keep.get(id);
    // An entered baseline where the new template writes its own would be overwritten: refuse.
    const baselineLost = entered.baseline !== undefined && now !== undefined && !baselineEntered(now);
    if (now && !carried.has(id) && !baselineLost) carried.set(id, entered);
    else homeless.push(id ? `${id} (${row})` : String(row));
  }
  return { carried, homeless };
}

/** A cell's entry as Excel should receive it to hold the same thing again. */
function entryOf(cell: GridCell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  const raw: RawValue = cell.raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) return raw.error;
  return literalText(String(raw ?? ''));
}

function queueCarried(sheet: NarrowWorksheet, address: string, cell: GridCell, keepFormat: boolean): void {
  const range = sheet.getRange(address);
  range.formulas = [[entryOf(cell)]];
  // The format gives a number its meaning (0.0867 is 8,67% only in a % cell): it travels with it.
  if (keepFormat) range.numberFormat = [[cell.numberFormat ?? 'General']];
}

/**
 * Lays the sheet out anew with every entered value (figures, explanations, the period) in its
 * indicator's new row. The new layout is built on a fresh sheet and only then takes the old one's
 * place, so a failure half-way leaves the old sheet, and the figures in it, untouched.
 */
async function updateLayout(
  context: NarrowContext,
  reading: WorkbookReading,
  existing: StandardSheet,
  template: Template,
  options: SheetPlanOptions,
  can: Capabilities,
): Promise<InsertResult> {
  const old = { name: existing.sheet.name, protected: existing.protected, position: existing.position };
  // Without its header the explanation column cannot be told from any other: refuse rather than
  // lay the sheet out anew without the clerk's explanations.
  if (existing.table.columns.explanation === undefined) {
    const [vi, en] = existing.shape.layouts.map((layout) => layout.headers.explanation);
    throw new ExcelActionError(
      'update-column-unknown',
      message('update-column-unknown', { sheet: old.name, vi, en }),
    );
  }
  const { carried, homeless } = enteredIn(existing, template);
  if (homeless.length > 0) {
    throw new ExcelActionError(
      'update-would-lose',
      message('update-would-lose', { sheet: old.name, rows: homeless.join(', ') }),
    );
  }
  const [layout] = existing.shape.layouts;
  const periodPlace = periodCellOf(existing.table.headerRow, layout);
  const periodCell =
    periodPlace && (existing.sheet.cell(periodPlace.row, periodPlace.column) ?? { raw: null });
  const period = periodPlace
    ? periodFromLabel(cellText(existing.sheet, periodPlace.row, periodPlace.column), layout.periodLabels)
    : undefined;
  const temporary = freeSheetName(
    `~${old.name}`.slice(0, MAX_SHEET_NAME - 4),
    reading.sheets.map((sheet) => sheet.name),
  );
  const plan: SheetPlan = buildSheetPlan(template, {
    ...options,
    period: period ?? options.period,
    sheetName: temporary,
  });
  const lock = { sheetName: old.name, wasProtected: old.protected, password: plan.protection.password };

  const worksheets = context.workbook.worksheets;
  const oldSheet = worksheets.getItem(old.name);
  // First in the batch: an unknown password stops it before anything changes.
  if (old.protected) oldSheet.protection.unprotect(plan.protection.password);
  const sheet = worksheets.add(temporary);
  queuePlan(sheet, plan, can);
  for (const { indicatorId, row } of plan.layout.rows) {
    const entered = carried.get(indicatorId);
    if (entered?.value) queueCarried(sheet, `${plan.layout.columns.value}${row}`, entered.value, true);
    if (entered?.estimate)
      queueCarried(sheet, `${plan.layout.columns.estimate}${row}`, entered.estimate, true);
    if (entered?.baseline)
      queueCarried(sheet, `${plan.layout.columns.baseline}${row}`, entered.baseline, true);
    if (entered?.explanation)
      queueCarried(sheet, `${plan.layout.columns.explanation}${row}`, entered.explanation, false);
  }
  // The period as the clerk left it: a label the plan would write differently, or none at all.
  const plannedLabel = plan.layout.periodLabels[period ?? options.period ?? PERIOD_FALLBACK];
  if (periodCell && hasContent(periodCell) && periodCell.raw !== plannedLabel) {
    queueCarried(sheet, plan.layout.periodCell, periodCell, false);
  }
  if (periodCell && !hasContent(periodCell)) sheet.getRange(plan.layout.periodCell).formulas = [['']];
  protectAsPlanned(sheet, plan);
  queueStoreUpdate(context, reading, template);
  sheet.activate();
  oldSheet.delete();
  sheet.name = old.name;
  sheet.position = old.position;
  try {
    await context.sync();
  } catch (error) {
    throw await afterFailedUpdate(context, reading, lock, temporary, error);
  }
  return { kind: 'updated', sheetName: old.name, notes: capabilityNotes(can) };
}

async function afterFailedUpdate(
  context: NarrowContext,
  reading: WorkbookReading,
  lock: { sheetName: string; wasProtected: boolean; password?: string },
  temporary: string,
  error: unknown,
): Promise<ExcelActionError> {
  try {
    const oldSheet = context.workbook.worksheets.getItemOrNullObject(lock.sheetName);
    const newSheet = context.workbook.worksheets.getItemOrNullObject(temporary);
    await context.sync();
    if (oldSheet.isNullObject && !newSheet.isNullObject) {
      return new ExcelActionError(
        'update-failed-renamed',
        messageWithReason(
          'update-failed-renamed',
          { sheet: lock.sheetName, temporary },
          explainExcelError(error),
        ),
        error,
      );
    }
    await undoInsert(context, reading, [temporary]);
    const restored = await afterFailedWrite(context, [lock], error);
    if (restored.code === 'sheet-password') return restored;
  } catch (recoveryError) {
    return asActionError(recoveryError);
  }
  return new ExcelActionError(
    'update-failed-kept',
    messageWithReason('update-failed-kept', { sheet: lock.sheetName }, explainExcelError(error)),
    error,
  );
}
