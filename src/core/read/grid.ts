import type { RawValue } from '../check/types';

/**
 * The neutral grid both workbook adapters produce (docs/design.md, "The reading rules"): what a
 * cell holds as the sheet shows it, before any interpretation. Rows and columns are 1-based.
 */
export interface GridCell {
  raw: RawValue;
  /** The cell's number format; absent (or `General`) when it says nothing. */
  numberFormat?: string;
  /** With the leading `=`, when the cell holds a formula; `raw` is then its result. */
  formula?: string;
}

/**
 * One sheet, or the part of it an adapter loaded. Adapters implement it over their own storage
 * (ExcelJS rows, Office.js value arrays) so that nothing is copied.
 */
export interface GridSheet {
  readonly name: string;
  /** Row numbers that may hold cells, ascending. */
  rows(): Iterable<number>;
  /** The cells of one row that hold something, as [column, cell], left to right. */
  cellsOf(row: number): Iterable<readonly [number, GridCell]>;
  cell(row: number, column: number): GridCell | undefined;
}

/** The text a cell shows, trimmed, for codes, headers and the period: '' when empty or a date. */
export function cellText(sheet: GridSheet, row: number, column: number): string {
  return rawText(sheet.cell(row, column)?.raw ?? null);
}

export function rawText(raw: RawValue): string {
  if (raw === null || raw instanceof Date) return '';
  if (typeof raw === 'object') return raw.error;
  return String(raw).trim();
}

/** `'Chỉ tiêu 2023'!H12`: always quoted, with quotes in the name doubled, as Excel writes it. */
export function cellAddress(sheetName: string, row: number, column: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!${columnLetters(column)}${row}`;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `G7` → row 7, column 7; undefined for anything else. */
export function parseCell(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  const column = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}
