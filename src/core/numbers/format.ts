import type { Lang } from '../i18n/localized';
import { roundHalfAway } from './round';

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/**
 * Writes a number the way readers of each language expect: `1.234,5` in Vietnamese, `1,234.5` in
 * English: the one number formatter of every face. Without grouping (`1234,5`) it can be typed
 * back without being taken for another number. `minDecimals` keeps trailing zeros as a number
 * format such as `0.00` shows them (`1234,50`).
 */
export function formatNumber(
  n: number,
  lang: Lang,
  maxDecimals = 6,
  grouping = true,
  minDecimals = 0,
): string {
  const { thousands, decimal } = SEPARATORS[lang];
  const rounded = roundHalfAway(n, maxDecimals);
  const [whole, fraction = ''] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const grouped = !grouping ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const kept = fraction.slice(0, minDecimals);
  const trimmed = kept + fraction.slice(minDecimals).replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${grouped}${trimmed ? decimal + trimmed : ''}`;
}
