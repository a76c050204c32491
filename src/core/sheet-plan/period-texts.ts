import type { Period } from '../template/types';
import { quote } from './formula-text';
import type { PlannedContent } from './types';

/**
 * Excel refuses a string constant longer than 255 characters in a formula: a longer text is
 * written as pieces joined with `&`.
 */
const MAX_LITERAL = 255;

export function longLiteral(text: string): string {
  if (text.length <= MAX_LITERAL) return quote(text);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += MAX_LITERAL) pieces.push(quote(text.slice(i, i + MAX_LITERAL)));
  return `(${pieces.join('&')})`;
}

/**
 * A text that follows the period cell (docs/design.md, "Through the year"): the title, the figure
 * and percent headers, the estimate's header, the note. A formula on the period cell, in the
 * order the verdicts use (6 months, 9 months, else the year: a cell holding none of the labels is
 * judged as the year, PERIOD_FALLBACK), with the text of the period the sheet is made for as its
 * cached result, so that a file read without recalculation shows the right words. The same text
 * for every period stays a plain text.
 */
export function periodText(
  texts: Record<Period, string>,
  current: Period,
  period: { ref: string; labels: Record<Period, string> },
): PlannedContent {
  if (texts['6-thang'] === texts.nam && texts['9-thang'] === texts.nam)
    return { kind: 'text', text: texts.nam };
  const at = (p: Period) => `${period.ref}=${quote(period.labels[p])}`;
  const formula = `=IF(${at('6-thang')},${longLiteral(texts['6-thang'])},IF(${at('9-thang')},${longLiteral(texts['9-thang'])},${longLiteral(texts.nam)}))`;
  return { kind: 'formula', formula, result: texts[current] };
}

/** The condition, on the period cell, under which the formulas judge the whole year. */
export function atYearEnd(period: { ref: string; labels: Record<Period, string> }): string {
  return `AND(${period.ref}<>${quote(period.labels['6-thang'])},${period.ref}<>${quote(period.labels['9-thang'])})`;
}
