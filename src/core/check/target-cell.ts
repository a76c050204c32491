import { inBothLanguages } from '../i18n/catalog';
import type { Localized } from '../i18n/localized';
import { formatNumber } from '../numbers/format';
import { isPercentFormat } from '../numbers/number-format';
import { parseFigure } from '../numbers/parse-figure';
import { quote } from '../numbers/number-text';
import { roundHalfAway } from '../numbers/round';
import { foldLevel } from '../template/schema';
import type { Indicator } from '../template/types';
import { targetText } from './target-text';
import type { RawValue } from './types';

/**
 * What the target cell shows when it no longer says what the template says, or null when it
 * agrees. A single-number target is stored as a number (a percent one as a fraction with a %
 * format) and compared after rounding; a range, rating or yes/no target is compared as text.
 * A target cell the adapter did not read (`undefined`) is not checked.
 */
export function overwrittenTarget(
  indicator: Indicator,
  raw: RawValue | undefined,
  numberFormat: string | undefined,
): Localized | null {
  if (raw === undefined) return null;
  const { target } = indicator;
  const numeric = indicator.type !== 'yesno' && indicator.type !== 'rating';
  if (numeric && target.op !== 'between' && typeof target.value === 'number') {
    const reading = parseFigure(raw, indicator, numberFormat);
    const agrees =
      reading.ok &&
      typeof reading.value === 'number' &&
      roundHalfAway(reading.value, indicator.decimals) === roundHalfAway(target.value, indicator.decimals);
    return agrees ? null : shown(raw, indicator.type === 'percent' && isPercentFormat(numberFormat));
  }
  const found = typeof raw === 'string' ? comparable(raw) : null;
  const agrees =
    found !== null &&
    [targetText(indicator, 'vi'), targetText(indicator, 'en')].some((t) => comparable(t) === found);
  return agrees ? null : shown(raw, false);
}

/** Text as Excel compares it: no case; and dashes and spacing as clerks vary them. */
function comparable(text: string): string {
  return foldLevel(text.normalize('NFKC'))
    .replace(/[-\u2012-\u2015\u2212]/g, '–')
    .replace(/\s+/g, '');
}

function shown(raw: RawValue, percent: boolean): Localized {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const value = percent ? raw * 100 : raw;
    const suffix = percent ? '%' : '';
    return { vi: formatNumber(value, 'vi') + suffix, en: formatNumber(value, 'en') + suffix };
  }
  if (raw === null) return inBothLanguages((c) => c.cellValues.empty);
  if (typeof raw === 'string') return { vi: quote(raw), en: quote(raw) };
  if (typeof raw === 'boolean') return { vi: raw ? 'TRUE' : 'FALSE', en: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) return inBothLanguages((c) => c.cellValues.date);
  if (typeof raw === 'object' && typeof raw.error === 'string')
    return { vi: quote(raw.error), en: quote(raw.error) };
  return { vi: '?', en: '?' };
}
