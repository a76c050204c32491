import type { RawValue } from '../check/types';
import type { Indicator } from '../template/types';
import { readLevel, readYesNo } from './choices';
import { isDateFormat, isPercentFormat } from './number-format';
import { LARGEST, expectedOf, quote, readNumberText } from './number-text';
import { clean } from './round';
import type { FigureReading } from './types';

export type FigureIndicator = Pick<Indicator, 'type' | 'unit' | 'min' | 'max' | 'scale'>;

function accept(value: number | string | null): FigureReading {
  return { ok: true, value, storedAsText: false, warnings: [] };
}

/**
 * Reads one cell as a figure of the indicator: the value the verdict is computed from, or a
 * problem that says what was expected. Never throws; never yields NaN or an infinity.
 * `numberFormat` decides how a number is read: with a `%` it holds a fraction (0.961 is 96,1%).
 */
export function parseFigure(raw: unknown, indicator: FigureIndicator, numberFormat?: string): FigureReading {
  const cell = classify(raw);
  const expected = expectedOf(indicator);
  const refuse = (problem: Extract<FigureReading, { ok: false }>['problem']): FigureReading => ({
    ok: false,
    problem,
    storedAsText: false,
  });
  const unreadable = (reason: 'not-a-number' | 'date' | 'boolean' | 'too-large', text: string) =>
    refuse({ code: 'unreadable', reason, text, expected });

  if (cell.kind === 'empty') return accept(null);
  if (cell.kind === 'error') return refuse({ code: 'cell-error', error: cell.error });

  if (indicator.type === 'yesno') {
    if (cell.kind === 'boolean') return accept(cell.value ? 'Có' : 'Không');
    const answer = cell.kind === 'text' ? readYesNo(cell.text) : null;
    return answer ? accept(answer) : refuse({ code: 'not-yes-no', text: display(cell) });
  }
  if (indicator.type === 'rating') {
    const scale = indicator.scale ?? [];
    const reading = cell.kind === 'text' ? readLevel(cell.text, scale) : null;
    if (!reading) return refuse({ code: 'not-on-scale', text: display(cell), scale });
    if (!reading.respelled) return accept(reading.level);
    const warning = { code: 'level-respelled', text: display(cell), level: reading.level } as const;
    return { ok: true, value: reading.level, storedAsText: false, warnings: [warning] };
  }

  switch (cell.kind) {
    case 'text':
      return readNumberText(cell.text, indicator);
    case 'number':
      if (Math.abs(cell.value) >= LARGEST) return unreadable('too-large', display(cell));
      if (isDateFormat(numberFormat)) return unreadable('date', serialDate(cell.value));
      if (indicator.type !== 'percent') return accept(cell.value);
      if (!isPercentFormat(numberFormat))
        return refuse({ code: 'percent-not-formatted', number: cell.value });
      return accept(clean(cell.value * 100));
    case 'boolean':
      return unreadable('boolean', display(cell));
    case 'date':
      return unreadable('date', display(cell));
    case 'other':
      return unreadable('not-a-number', display(cell));
  }
}

type Cell =
  | { kind: 'empty' }
  | { kind: 'error'; error: string }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'other' };

/** Sorts what an adapter handed over, trusting nothing about its shape. */
function classify(raw: unknown): Cell {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'other' };
  if (typeof raw === 'string') return raw.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: raw };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (raw instanceof Date) return { kind: 'date', value: raw };
  if (typeof raw === 'object' && typeof (raw as RawValue & { error?: unknown }).error === 'string') {
    return { kind: 'error', error: quote((raw as { error: string }).error) };
  }
  return { kind: 'other' };
}

/** The date an Excel serial number stands for (1900 date system), as the clerk saw it typed. */
function serialDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function display(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return quote(cell.text);
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return Number.isNaN(cell.value.getTime()) ? '?' : cell.value.toISOString().slice(0, 10);
    default:
      return '?';
  }
}
