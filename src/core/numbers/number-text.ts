import { effectiveBounds } from '../template/bounds';
import type { Indicator } from '../template/types';
import { readToken } from './decimal-token';
import { clean } from './round';
import type { Expected, FigureProblem, FigureReading, FigureWarning } from './types';
import { MAGNITUDE_WORD, fold, isMoney, magnitudeOf, repeatsUnit } from './units';

export type NumericIndicator = Pick<Indicator, 'type' | 'unit' | 'min' | 'max'>;

/** Longer than any figure a clerk types; refusing early keeps a pasted essay cheap. */
const MAX_LENGTH = 200;
/** Beyond this a double no longer holds every digit a clerk typed. */
export const LARGEST = 1e15;

// Control characters other than tab and line breaks, which only surround pasted figures.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function expectedOf(indicator: Pick<Indicator, 'type'>): Expected {
  switch (indicator.type) {
    case 'yesno':
      return 'yes-no';
    default:
      return indicator.type;
  }
}

/** A shortened copy of what the clerk typed, fit to quote in a message. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/**
 * Reads a figure typed or pasted as text: `217,67`, `8,67%`, `1.234,5`, `04`, `57 triệu`,
 * `giảm 0,2%`, `1,234.5`. Magnitude words and `%` are accepted only where they fit the unit.
 */
export function readNumberText(text: string, indicator: NumericIndicator): FigureReading {
  const refuse = (problem: FigureProblem): FigureReading => ({ ok: false, problem, storedAsText: true });
  const unreadable = (reason: 'not-a-number' | 'too-long' | 'too-large' | 'hidden-characters') =>
    refuse({ code: 'unreadable', reason, text: quote(text), expected: expectedOf(indicator) });

  if (text.length > MAX_LENGTH) return unreadable('too-long');
  if (HIDDEN.test(text)) return unreadable('hidden-characters');
  const folded = fold(text.replace(INVISIBLE, '')).replace(/\s+/g, ' ').trim();
  if (folded === '') return { ok: true, value: null, storedAsText: false, warnings: [] };

  const signMatch = /^(?:(giam|tang) |([-+\u2212\u2012\u2013]) ?)/.exec(folded);
  const negative = signMatch?.[1] === 'giam' || (signMatch?.[2] !== undefined && signMatch[2] !== '+');
  const unsigned = folded.slice(signMatch?.[0].length ?? 0).replace(/(\d) (?=\d{3}(?!\d))/g, '$1');
  const parts = /^([\d.,]+) ?(.*)$/.exec(unsigned);
  const readings = parts ? readToken(parts[1]) : [];
  if (!parts || readings.length === 0) return unreadable('not-a-number');

  const unitFolded = fold(indicator.unit);
  const percentAllowed = indicator.type === 'percent' || unitFolded.includes('%');
  const warnings: FigureWarning[] = [];
  let suffix = parts[2];
  let factor = 1;
  if (suffix.startsWith('%')) {
    if (!percentAllowed) return refuse({ code: 'unit-mismatch', text: quote(text), unit: indicator.unit });
    suffix = suffix.slice(1).trim();
  } else {
    const word = MAGNITUDE_WORD.exec(suffix);
    if (word) {
      // `2 tỷ` means something for amounts only, not for a percent or a count of people.
      const scalable =
        indicator.type !== 'percent' && (isMoney(indicator.unit) || magnitudeOf(unitFolded) > 1);
      if (!scalable) return refuse({ code: 'unit-mismatch', text: quote(text), unit: indicator.unit });
      factor = magnitudeOf(word[1]) / magnitudeOf(unitFolded);
      suffix = suffix.slice(word[0].length);
    }
  }
  if (suffix !== '' && !repeatsUnit(suffix, indicator.unit)) {
    return /\d/.test(suffix)
      ? unreadable('not-a-number')
      : refuse({ code: 'unit-mismatch', text: quote(text), unit: indicator.unit });
  }

  const values = readings.map((r) => clean((negative ? -1 : 1) * r.value * factor));
  if (values.some((v) => !Number.isFinite(v) || Math.abs(v) >= LARGEST)) return unreadable('too-large');
  let value = values[0];
  if (values.length === 2) {
    // The Vietnamese reading wins unless only the English one is a plausible figure.
    const chosen = !fits(values[0], indicator) && fits(values[1], indicator) ? 1 : 0;
    value = values[chosen];
    warnings.push({ code: 'ambiguous-number', text: quote(text), chosen: value, other: values[1 - chosen] });
  }
  if (factor !== 1) warnings.push({ code: 'unit-converted', text: quote(text), value, unit: indicator.unit });
  return { ok: true, value, storedAsText: true, warnings };
}

function fits(value: number, indicator: NumericIndicator): boolean {
  const { min, max } = effectiveBounds(indicator);
  if (min !== undefined && value < min) return false;
  if (max !== undefined && value > max) return false;
  return indicator.type !== 'integer' || Number.isInteger(value);
}
