import { foldLevel } from '../template/schema';

/**
 * Folds text for matching while keeping every character in place: lower case, no diacritics,
 * `đ` as `d`. The result has the same length as the input, so an index found in the folded text
 * is the same index in the original (the exact wording is kept as `source`).
 */
export function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = foldLevel(ch);
    out += folded.length === 1 ? folded : ch.length === 1 ? ch.toLowerCase() : ch;
  }
  return out;
}
