import { foldLevel } from '../template/schema';

/**
 * The yes/no words a clerk writes, including `x` ticked in a box and English. The sheet's
 * formulas compare a cell with each written form (case-insensitive, as Excel's `=` is), so these
 * forms, with and without diacritics, are read alike by the checker and the sheet; other
 * spellings the checker reads (mixed diacritics) make the sheet say "Cần kiểm tra".
 */
export const YES_FORMS = ['Có', 'Co', 'x', 'Yes', 'y', 'Đạt', 'Dat', 'Đã đạt', 'Da dat', 'true'] as const;
export const NO_FORMS = [
  'Không',
  'Khong',
  'Chưa đạt',
  'Chua dat',
  'Không đạt',
  'Khong dat',
  'Chưa',
  'Chua',
  'No',
  'n',
  'false',
] as const;

const YES = new Set(YES_FORMS.map((form) => foldLevel(form)));
const NO = new Set(NO_FORMS.map((form) => foldLevel(form)));

/** `Có`/`Không` for a yes/no word written any way, or null when it is neither. */
export function readYesNo(text: string): 'Có' | 'Không' | null {
  const folded = foldLevel(text.normalize('NFKC'));
  if (YES.has(folded)) return 'Có';
  if (NO.has(folded)) return 'Không';
  return null;
}

/**
 * Short forms of the levels of Quy định 124-QĐ/TW (2023) and the recognition above them, as
 * clerks write them in reports (docs/design.md, "Ratings"); keys and values folded.
 */
const ABBREVIATIONS: Record<string, string> = {
  htxsnv: 'hoan thanh xuat sac nhiem vu',
  httnv: 'hoan thanh tot nhiem vu',
  htnv: 'hoan thanh nhiem vu',
  khtnv: 'khong hoan thanh nhiem vu',
  'tsvm tieu bieu': 'trong sach vung manh tieu bieu',
  tsvm: 'trong sach vung manh',
};

// Folded, without commas and the like: "Trong sạch, vững mạnh" and "trong sach vung manh" agree.
function key(text: string): string {
  return foldLevel(text.replace(/[,;.]/g, ' '));
}

export interface LevelReading {
  level: string;
  /** True when the text is not the level as written in the scale (other than by case or spaces). */
  respelled: boolean;
}

/**
 * The scale's own word for a level written with other capitals, spacing, commas or diacritics,
 * or abbreviated (HTXSNV, TSVM tiêu biểu); null when it is none of the scale's levels.
 */
export function readLevel(text: string, scale: readonly string[]): LevelReading | null {
  const exact = scale.find((level) => sameWords(level, text));
  if (exact) return { level: exact, respelled: false };
  const wanted = key(text.normalize('NFKC'));
  const expanded = ABBREVIATIONS[wanted] ?? wanted;
  const level = scale.find((each) => key(each) === expanded);
  return level ? { level, respelled: true } : null;
}

/** Equal as the sheet's `TRIM(cell)="level"` sees it: spaces (only spaces) collapsed, case ignored. */
export function sameWords(a: string, b: string): boolean {
  const squeeze = (s: string) => s.replace(/ +/g, ' ').replace(/^ | $/g, '').toLowerCase();
  return squeeze(a) === squeeze(b);
}
