/** A1-style addresses, as Excel writes them (`'Chỉ tiêu 2023'!$H$12:$H$14`). Rows and columns are 1-based. */
import { columnLetters } from '../../core/read';

export { columnLetters };

export interface CellRef {
  row: number;
  column: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid: a whole column (`H:H`) or row (`5:5`) spans to these limits. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeAddress(range: RangeRef): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** Splits `'Sheet name'!A1` into the sheet (quotes undone) and the local address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  const sheetPart = address.slice(0, bang);
  const sheet = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheet, local: address.slice(bang + 1) };
}

/** `'Chỉ tiêu 2023'!H12`: quoted the way Excel quotes sheet names in formulas. */
export function qualify(sheet: string, local: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${local}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parsePart(part: string): { row?: number; column?: number } | undefined {
  const cell = CELL.exec(part);
  if (cell) return { column: columnNumber(cell[1]), row: Number(cell[2]) };
  const column = COLUMN.exec(part);
  if (column) return { column: columnNumber(column[1]) };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]) };
  return undefined;
}

/** Parses a local address (`H12`, `A1:J40`, `H:H`, `5:5`); undefined when it is not one. */
export function parseRange(local: string): RangeRef | undefined {
  const [first, second = first, extra] = local.split(':');
  if (extra !== undefined) return undefined;
  const a = parsePart(first);
  const b = parsePart(second);
  if (
    !a ||
    !b ||
    (a.row === undefined) !== (b.row === undefined) ||
    (a.column === undefined) !== (b.column === undefined)
  ) {
    return undefined;
  }
  const range: RangeRef = {
    top: Math.min(a.row ?? 1, b.row ?? 1),
    bottom: Math.max(a.row ?? MAX_ROWS, b.row ?? MAX_ROWS),
    left: Math.min(a.column ?? 1, b.column ?? 1),
    right: Math.max(a.column ?? MAX_COLUMNS, b.column ?? MAX_COLUMNS),
  };
  const valid = range.top >= 1 && range.bottom <= MAX_ROWS && range.left >= 1 && range.right <= MAX_COLUMNS;
  return valid ? range : undefined;
}
