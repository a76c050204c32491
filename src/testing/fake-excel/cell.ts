/** A cell as the fake holds it, and Excel's reading of what a clerk types into one. */

export interface Border {
  style: string;
  weight: string;
  color: string;
}

export type Edge = 'top' | 'bottom' | 'left' | 'right';

export interface FakeCell {
  /** `''` is an empty cell; an error result is its text (`#DIV/0!`) with `isError`. */
  value: string | number | boolean;
  isError?: boolean;
  /** With the leading `=`, en-US function names. */
  formula?: string;
  numberFormat: string;
  fill?: string;
  font: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: string;
    color?: string;
  };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Partial<Record<Edge, Border>>;
  locked: boolean;
}

export function emptyCell(): FakeCell {
  return { value: '', numberFormat: 'General', font: {}, borders: {}, locked: true };
}

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** Excel's rule for reading typed text: a number, a formula, TRUE/FALSE, an error value, or text (`'` forces text). */
export function interpretEntry(text: string): {
  value: string | number | boolean;
  formula?: string;
  isError?: boolean;
} {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (ERROR_VALUES.has(text.toUpperCase())) return { value: text.toUpperCase(), isError: true };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  const number = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(text);
  if (number) return { value: Number(number[1]) / (number[2] ? 100 : 1) };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  return { value: text };
}

export function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === '' && cell.formula === undefined)) return 'Empty';
  if (cell.isError) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

/** `null` leaves a cell as it is, as in Excel; strings are read as if typed (`=` starts a formula). */
export function enterItem(cell: FakeCell, item: unknown): void {
  if (item === null || item === undefined) return;
  delete cell.isError;
  delete cell.formula;
  if (typeof item === 'number' || typeof item === 'boolean') {
    cell.value = item;
    return;
  }
  const entry = interpretEntry(String(item));
  cell.value = entry.value;
  if (entry.formula !== undefined) cell.formula = entry.formula;
  if (entry.isError) cell.isError = true;
}
