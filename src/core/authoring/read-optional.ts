import type { IndicatorType } from '../template/types';
import { error, type AuthoringFinding } from './findings';
import { address, type GridIndex } from './grid';
import {
  BETTER_WORDS,
  HEADERS,
  OPTIONAL_COLUMN_KEYS,
  REQUIRED_COLUMN_KEYS,
  type OptionalColumnKey,
} from './layout';
import { readValue } from './values';
import { readBetter } from './words';

/** Where each optional column stands in this sheet's header row; absent when the sheet has none. */
export type OptionalColumns = Partial<Record<OptionalColumnKey, string>>;

const fold = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** `A` … `Z`, `AA` …: the letter of the n-th column (1-based). */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The columns this reader looks at after `Ghi chú`, found by their headers wherever they stand. */
const SEARCHED_COLUMNS = 40;

/**
 * The optional columns after `Ghi chú` (docs/design.md, "The authoring sheet"), found by their
 * header in the header row; a sheet made before them has none and reads as it did.
 */
export function findOptionalColumns(grid: GridIndex, headerRow: number): OptionalColumns {
  const found: OptionalColumns = {};
  const first = REQUIRED_COLUMN_KEYS.length + 1;
  for (let n = first; n < first + SEARCHED_COLUMNS; n++) {
    const letter = columnLetter(n);
    const header = fold(grid.text(address(letter, headerRow)));
    const key = OPTIONAL_COLUMN_KEYS.find((k) => fold(HEADERS[k]) === header);
    if (key && found[key] === undefined) found[key] = letter;
  }
  return found;
}

export interface OptionalFields {
  code?: string;
  decimals: number;
  min?: number;
  max?: number;
  better: 'higher' | 'lower';
}

const isNumeric = (type: IndicatorType) => type === 'number' || type === 'integer' || type === 'percent';

/** The default decimals when the column is absent or empty: counts are whole, the rest two places. */
export function decimalsOf(type: IndicatorType): number {
  return type === 'integer' ? 0 : 2;
}

/**
 * Reads a row's optional cells: `Mã thống kê`, `Số chữ số thập phân` (0–6), `Giá trị tối thiểu`
 * and `Giá trị tối đa` (numbers as clerks write them, in the indicator's units), `Hướng tốt` (only
 * for a range). Every problem is a finding on its cell; the order of the bounds and the target
 * inside them are the template schema's to tell (read.ts puts them on these cells).
 */
export function readOptional(
  grid: GridIndex,
  row: number,
  columns: OptionalColumns,
  indicator: { type: IndicatorType; unit: string; range: boolean },
  findings: AuthoringFinding[],
): OptionalFields {
  const cell = (key: OptionalColumnKey) => (columns[key] ? address(columns[key], row) : undefined);
  const text = (key: OptionalColumnKey) => {
    const at = cell(key);
    return at ? grid.text(at) : '';
  };
  const fields: OptionalFields = { decimals: decimalsOf(indicator.type), better: 'higher' };
  const code = text('code');
  if (code) fields.code = code;

  const decimalsText = text('decimals');
  if (decimalsText) {
    const n = Number(decimalsText.replace(',', '.'));
    if (Number.isInteger(n) && n >= 0 && n <= 6) fields.decimals = n;
    else findings.push(error('badDecimals', { cell: cell('decimals')!, text: decimalsText }));
  }

  for (const key of ['min', 'max'] as const) {
    const at = cell(key);
    if (!at || grid.isEmpty(at)) continue;
    if (!isNumeric(indicator.type)) {
      findings.push(error('boundsOnlyForNumbers', { cell: at, header: HEADERS[key] }));
      continue;
    }
    const reading = readValue(grid.get(at), indicator.type, indicator.unit, []);
    if (reading.ok && typeof reading.value === 'number') fields[key] = reading.value;
    else findings.push(error('badNumber', { cell: at, text: grid.text(at), header: HEADERS[key] }));
  }

  const betterText = text('better');
  if (betterText) {
    const better = readBetter(betterText);
    if (!indicator.range) findings.push(error('betterOnlyForRange', { cell: cell('better')! }));
    else if (better) fields.better = better;
    else
      findings.push(
        error('badWord', {
          cell: cell('better')!,
          text: betterText,
          header: HEADERS.better,
          choices: Object.values(BETTER_WORDS).join(', '),
        }),
      );
  }
  return fields;
}

/** A figure of the row (target, `Đến`, last year's) with its cell and the header of its column. */
export interface BoundedFigure {
  cell: string;
  header: string;
  value: unknown;
}

/**
 * The bounds against each other and against the row's figures: `Giá trị tối thiểu` above `Giá trị
 * tối đa` is an error on the former; a target or last year's figure outside them, on its own cell
 * (it could never be entered in the standard sheet).
 */
export function checkBounds(
  fields: OptionalFields,
  minCell: string | undefined,
  figures: BoundedFigure[],
  findings: AuthoringFinding[],
): void {
  const { min, max } = fields;
  if (min !== undefined && max !== undefined && min > max) {
    findings.push(error('boundsReversed', { cell: minCell!, min, max }));
    return;
  }
  for (const { cell, header, value } of figures) {
    if (typeof value !== 'number') continue;
    if ((min !== undefined && value < min) || (max !== undefined && value > max))
      findings.push(error('outsideBounds', { cell, header, value, min, max }));
  }
}
