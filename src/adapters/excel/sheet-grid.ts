import type { RawValue } from '../../core/check/types';
import type { GridCell as CoreCell, GridSheet } from '../../core/read';
import { parseRange, splitSheet } from './a1';
import type { NarrowContext, NarrowRange, NarrowWorksheet, NarrowWorksheetProtection } from './excel-api';

/**
 * A block of cells as loaded in one batch, whose top-left cell is (`top`, `left`), 1-based.
 * A grid left empty was not loaded: its cells read as Excel's defaults.
 */
export interface Block {
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** One sheet's used cells as read in one batch. */
export interface SheetGrid extends Block {
  name: string;
  visibility: string;
  position: number;
  protected: boolean;
}

/** A cell's content as the adapter reasons about it: Excel always gives a number format. */
export interface GridCell extends CoreCell {
  numberFormat: string;
}

const EMPTY_BLOCK: Block = { top: 1, left: 1, values: [], formulas: [], numberFormat: [], valueTypes: [] };

export function cellOf(grid: Block, row: number, column: number): GridCell {
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

const holds = (block: Block, row: number, column: number) =>
  row >= block.top &&
  row < block.top + block.values.length &&
  column >= block.left &&
  column < block.left + (block.values[row - block.top]?.length ?? 0);

/** The blocks loaded of one sheet as the core reader's grid; the first block holding a cell wins. */
export function gridSheetOf(name: string, blocks: readonly Block[]): GridSheet {
  return {
    name,
    *rows() {
      const rows = new Set<number>();
      for (const block of blocks) block.values.forEach((_, i) => rows.add(block.top + i));
      yield* [...rows].sort((a, b) => a - b);
    },
    *cellsOf(row) {
      const columns = new Set<number>();
      for (const block of blocks)
        block.values[row - block.top]?.forEach((_, j) => columns.add(block.left + j));
      for (const column of [...columns].sort((a, b) => a - b)) {
        const cell = this.cell(row, column);
        if (cell && cell.raw !== null) yield [column, cell] as const;
      }
    },
    cell(row, column) {
      const block = blocks.find((each) => holds(each, row, column));
      return block && cellOf(block, row, column);
    },
  };
}

/**
 * Queues the load of a range's cells (with their formulas and formats unless `texts` only);
 * read them with `settleBlock` after the sync.
 */
export function queueBlock(range: NarrowRange, texts = false): NarrowRange {
  range.load(['address', 'values', 'valueTypes', ...(texts ? [] : ['formulas', 'numberFormat'])]);
  return range;
}

/** The cells `queueBlock` loaded: an empty block when the range was a null object. */
export function settleBlock(range: NarrowRange, { texts = false, nullable = true } = {}): Block {
  if (nullable && range.isNullObject) return EMPTY_BLOCK;
  const place = parseRange(splitSheet(range.address).local);
  return {
    top: place?.top ?? 1,
    left: place?.left ?? 1,
    values: range.values,
    formulas: texts ? [] : range.formulas,
    numberFormat: texts ? [] : range.numberFormat,
    valueTypes: range.valueTypes,
  };
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
  const used = queueBlock(sheet.getUsedRangeOrNullObject(true));
  return { sheet, used, protection };
}

export function settleGrid({ sheet, used, protection }: PendingGrid): SheetGrid {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    position: sheet.position,
    protected: protection.protected,
    ...settleBlock(used),
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
