import type { RawValue } from '../../core/check/types';
import { parseRange, splitSheet } from './a1';
import type { NarrowContext, NarrowRange, NarrowWorksheet, NarrowWorksheetProtection } from './excel-api';

/**
 * One sheet's used cells as read in one batch: values, formulas, number formats and value types
 * of the used range, whose top-left cell is (`top`, `left`), 1-based.
 */
export interface SheetGrid {
  name: string;
  visibility: string;
  position: number;
  protected: boolean;
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** A cell's content as the adapter reasons about it. */
export interface GridCell {
  raw: RawValue;
  /** With the leading `=`, when the cell holds a formula. */
  formula?: string;
  numberFormat: string;
}

export function cellOf(grid: SheetGrid, row: number, column: number): GridCell {
  const i = row - grid.top;
  const j = column - grid.left;
  const type = grid.valueTypes[i]?.[j] ?? 'Empty';
  const value = grid.values[i]?.[j];
  const formula = grid.formulas[i]?.[j];
  const numberFormat = String(grid.numberFormat[i]?.[j] ?? 'General');
  const raw: RawValue =
    type === 'Empty'
      ? null
      : type === 'Error'
        ? { error: String(value) }
        : typeof value === 'number' || typeof value === 'boolean'
          ? value
          : String(value ?? '');
  const cell: GridCell = { raw, numberFormat };
  // `formulas` gives a text constant back as it is, so a text `=abc` reads like a formula there;
  // a real formula's text differs from its result.
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) cell.formula = formula;
  return cell;
}

/** The text a cell shows, trimmed; numbers as JavaScript writes them. */
export function cellText(grid: SheetGrid, row: number, column: number): string {
  const { raw } = cellOf(grid, row, column);
  if (raw === null) return '';
  if (typeof raw === 'object' && !(raw instanceof Date)) return raw.error;
  return String(raw).trim();
}

interface PendingGrid {
  sheet: NarrowWorksheet;
  used: NarrowRange;
  protection: NarrowWorksheetProtection;
}

/** Queues the load of one sheet's used range; read it with `settleGrid` after the sync. */
export function queueGrid(sheet: NarrowWorksheet): PendingGrid {
  sheet.load(['name', 'visibility', 'position']);
  const protection = sheet.protection;
  protection.load('protected');
  // Formats alone do not make a cell used here: the table is found by its texts and figures.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['address', 'values', 'formulas', 'numberFormat', 'valueTypes']);
  return { sheet, used, protection };
}

export function settleGrid({ sheet, used, protection }: PendingGrid): SheetGrid {
  const base = {
    name: sheet.name,
    visibility: sheet.visibility,
    position: sheet.position,
    protected: protection.protected,
  };
  if (used.isNullObject)
    return { ...base, top: 1, left: 1, values: [], formulas: [], numberFormat: [], valueTypes: [] };
  const range = parseRange(splitSheet(used.address).local);
  return {
    ...base,
    top: range?.top ?? 1,
    left: range?.left ?? 1,
    values: used.values,
    formulas: used.formulas,
    numberFormat: used.numberFormat,
    valueTypes: used.valueTypes,
  };
}

/** Every sheet of the workbook with its used cells, and the active sheet's name: two syncs. */
export async function readAllSheets(
  context: NarrowContext,
): Promise<{ sheets: SheetGrid[]; activeName: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const pending = worksheets.items.map((sheet) => queueGrid(sheet));
  await context.sync();
  return { sheets: pending.map(settleGrid), activeName: active.name };
}

/** One named sheet with its used cells: one sync. Throws Excel's ItemNotFound when it is gone. */
export async function readSheet(context: NarrowContext, name: string): Promise<SheetGrid> {
  const pending = queueGrid(context.workbook.worksheets.getItem(name));
  await context.sync();
  return settleGrid(pending);
}
