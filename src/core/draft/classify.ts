import type { Assess, IndicatorType } from '../template/types';
import { foldInPlace } from './fold';
import type { FigureMatch } from './numbers';
import { CUMULATIVE_WORDS, FALLING_WORDS, GROUP_GUESSES, LEVEL_WORDS, YEAR_END_WORDS } from './vocabulary';

const has = (folded: string, words: readonly string[]) => words.some((word) => folded.includes(word));

export function isFalling(name: string): boolean {
  return has(foldInPlace(name), FALLING_WORDS);
}

/** A percent within 0–100, a count, or another number. */
export function typeOf(figure: FigureMatch): IndicatorType {
  const whole = Number.isInteger(figure.value) && (figure.to === undefined || Number.isInteger(figure.to));
  if (figure.unit === '%') {
    const inRange = [figure.value, figure.to ?? figure.value].every((v) => v >= 0 && v <= 100);
    return inRange && !figure.reduction ? 'percent' : 'number';
  }
  if (figure.of !== undefined || (figure.counted && whole)) return 'integer';
  return 'number';
}

/**
 * How an indicator is followed through the year, by what it is (docs/design.md, "The template
 * file"): sums are cumulative, rates and averages a level, recognitions decided at the year's end.
 */
export function assessOf(name: string, type: IndicatorType, unit: string): Assess {
  if (type === 'rating' || type === 'yesno') return 'year-end';
  const folded = foldInPlace(`${name} ${unit}`);
  if (has(folded, YEAR_END_WORDS)) return 'year-end';
  if (type === 'percent' || has(folded, LEVEL_WORDS)) return 'level';
  if (/dong$/.test(foldInPlace(unit)) || has(folded, CUMULATIVE_WORDS)) return 'cumulative';
  return 'level';
}

/** The group a target belongs to, from its words, when the resolution has no group headings. */
export function guessGroup(text: string): string {
  const folded = foldInPlace(text);
  return GROUP_GUESSES.find(([, words]) => has(folded, words))?.[0] ?? 'Chỉ tiêu khác';
}
