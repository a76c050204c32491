import { foldLevel } from '../template/schema';

// Folded words a clerk may use for yes/no, including `x` ticked in a box and English.
const YES = new Set(['co', 'x', 'yes', 'y', 'dat', 'da dat', 'true']);
const NO = new Set(['khong', 'chua dat', 'khong dat', 'chua', 'no', 'n', 'false']);

/** `Có`/`Không` for a yes/no word written any way, or null when it is neither. */
export function readYesNo(text: string): 'Có' | 'Không' | null {
  const folded = foldLevel(text.normalize('NFKC'));
  if (YES.has(folded)) return 'Có';
  if (NO.has(folded)) return 'Không';
  return null;
}

/** The scale's own word for a level written with other capitals, spacing or without diacritics. */
export function readLevel(text: string, scale: readonly string[]): string | null {
  const folded = foldLevel(text.normalize('NFKC'));
  return scale.find((level) => foldLevel(level) === folded) ?? null;
}
