import { readLevel, readYesNo } from '../numbers/choices';
import { isDateFormat, isPercentFormat } from '../numbers/number-format';
import { quote, readNumberText } from '../numbers/number-text';
import { clean } from '../numbers/round';
import type { IndicatorType } from '../template/types';
import type { GridCell } from './grid';

/** Why a target or last year's figure could not be read, with what the clerk wrote. */
export type ValueProblem =
  { kind: 'number'; text: string } | { kind: 'yesno'; text: string } | { kind: 'level'; text: string };

export type ValueReading =
  | { ok: true; value: number | string; ambiguous?: { text: string; chosen: number } }
  | { ok: false; problem: ValueProblem }
  | { ok: true; value: null };

function shown(cell: GridCell): string {
  const { value } = cell;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '?' : value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object') return value.error;
  return quote(String(value));
}

/**
 * Reads a target or last year's figure as clerks write it (docs/design.md, "Numbers as clerks
 * write them"): `39,2`, `6.109`, `9%`, a number cell (a `%` cell holds a fraction); the word of a
 * yes/no or of a rating level. Never throws.
 */
export function readValue(
  cell: GridCell | undefined,
  type: IndicatorType,
  unit: string,
  scale: readonly string[],
): ValueReading {
  const raw = cell?.value ?? null;
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, value: null };
  const text = cell ? shown(cell) : '';
  if (type === 'yesno') {
    const answer =
      typeof raw === 'string' ? readYesNo(raw) : typeof raw === 'boolean' ? (raw ? 'Có' : 'Không') : null;
    return answer ? { ok: true, value: answer } : { ok: false, problem: { kind: 'yesno', text } };
  }
  if (type === 'rating') {
    const level = typeof raw === 'string' ? readLevel(raw, scale) : null;
    return level ? { ok: true, value: level } : { ok: false, problem: { kind: 'level', text } };
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || isDateFormat(cell?.numberFormat))
      return { ok: false, problem: { kind: 'number', text } };
    // Unlike the standard sheet's input cells, a plain 9 here means 9%: the column is not formatted.
    const percentCell = type === 'percent' && isPercentFormat(cell?.numberFormat);
    return { ok: true, value: percentCell ? clean(raw * 100) : raw };
  }
  if (typeof raw !== 'string') return { ok: false, problem: { kind: 'number', text } };
  const reading = readNumberText(raw, { type, unit, min: undefined, max: undefined });
  if (!reading.ok || typeof reading.value !== 'number')
    return { ok: false, problem: { kind: 'number', text } };
  const ambiguity = reading.warnings.find((w) => w.code === 'ambiguous-number');
  return ambiguity
    ? { ok: true, value: reading.value, ambiguous: { text, chosen: reading.value } }
    : { ok: true, value: reading.value };
}

/** A date cell, an Excel serial number in a date format, or `26/12/2022` / `2022-12-26`: ISO text. */
export function readDate(cell: GridCell | undefined): string | null | undefined {
  const raw = cell?.value ?? null;
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
  if (typeof raw === 'number' && isDateFormat(cell?.numberFormat)) {
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(raw) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** A year written as a number or as text; undefined when it is not one. */
export function readYear(cell: GridCell | undefined): number | null | undefined {
  const raw = cell?.value ?? null;
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
  const n =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d{4}\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : undefined;
}
