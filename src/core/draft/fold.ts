import { foldLevel } from '../template/schema';

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const plain = foldLevel(ch);
    folded = plain.length === 1 ? plain : ch.length === 1 ? ch.toLowerCase() : ch;
    cache.set(ch, folded);
  }
  return folded;
}

/**
 * Folds text for matching while keeping every character in place: lower case, no diacritics,
 * `đ` as `d`. The result has the same length as the input, so an index found in the folded text
 * is the same index in the original (the exact wording is kept as `source`).
 */
export function foldInPlace(text: string): string {
  let out = '';
  // Characters are folded one by one, and a resolution has few distinct ones: cached.
  for (const ch of text) out += foldChar(ch);
  return out;
}
