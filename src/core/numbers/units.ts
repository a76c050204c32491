import { foldLevel } from '../template/schema';

/** Folded magnitude words (`tỷ`/`tỉ`, `triệu`, `nghìn`/`ngàn`) and the factor each stands for. */
const MAGNITUDES: [RegExp, number][] = [
  [/(?:^|[^a-z])(?:ty|ti)(?![a-z])/, 1e9],
  [/(?:^|[^a-z])trieu(?![a-z])/, 1e6],
  [/(?:^|[^a-z])(?:nghin|ngan)(?![a-z])/, 1e3],
];

export const MAGNITUDE_WORD = /^(ty|ti|trieu|nghin|ngan)(?![a-z])\s*/;

/** Folds text for comparison: no case, no diacritics, `đ` as `d`, single spaces. */
export function fold(text: string): string {
  return foldLevel(text.normalize('NFKC'));
}

/** The factor a folded unit or magnitude word carries: 1e9 for `tỷ đồng`, 1e6 for `triệu đồng/người`, 1 for `người`. */
export function magnitudeOf(folded: string): number {
  for (const [pattern, factor] of MAGNITUDES) if (pattern.test(folded)) return factor;
  return 1;
}

/** Whether an indicator's unit is money, where a slip between đồng, triệu and tỷ is likely. */
export function isMoney(unit: string): boolean {
  return /(?:^|[^a-z])dong(?![a-z])/.test(fold(unit));
}

const compact = (s: string) => s.replace(/\s+/g, '');

/**
 * Whether the words a clerk wrote after the number (`đồng`, `tỷ đồng`, `đảng viên`) only repeat
 * the indicator's unit, so they can be ignored. `folded` has its magnitude word already removed.
 */
export function repeatsUnit(folded: string, unit: string): boolean {
  if (folded === '') return true;
  const u = fold(unit);
  const withoutMagnitude = u.replace(/(?:^|\s)(?:ty|ti|trieu|nghin|ngan)(?![a-z])\s*/, ' ').trim();
  const accepted = new Set(
    [u, withoutMagnitude, u.split('/')[0], withoutMagnitude.split('/')[0]].map(compact).filter(Boolean),
  );
  if (isMoney(unit)) accepted.add('d');
  return accepted.has(compact(folded));
}
