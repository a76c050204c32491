import type { Lang } from '../i18n/localized';
import { formatNumber } from '../numbers/format';
import { foldLevel } from '../template/schema';
import type { Indicator } from '../template/types';

export type TargetTextIndicator = Pick<Indicator, 'type' | 'target' | 'decimals' | 'scale'>;

const YES_NO: Record<Lang, Record<string, string>> = {
  vi: { Có: 'Có', Không: 'Không' },
  en: { Có: 'Yes', Không: 'No' },
};

const SYMBOLS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;

/**
 * The target as the sheet shows it: `6,6 – 6,8` for a range, the scale's own level for a rating,
 * `Có` for yes/no, and `≥ 9` for a single number (which the sheet itself stores as a number).
 */
export function targetText(indicator: TargetTextIndicator, lang: Lang): string {
  const { target, decimals } = indicator;
  const n = (x: number) => formatNumber(x, lang, decimals);
  if (target.op === 'between') return `${n(target.min)} – ${n(target.max)}`;
  if (indicator.type === 'yesno') return YES_NO[lang][String(target.value)] ?? String(target.value);
  if (indicator.type === 'rating') {
    const wanted = foldLevel(String(target.value));
    return indicator.scale?.find((level) => foldLevel(level) === wanted) ?? String(target.value);
  }
  return typeof target.value === 'number' ? `${SYMBOLS[target.op]} ${n(target.value)}` : target.value;
}
