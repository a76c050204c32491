import type { Lang } from '../../core/i18n/localized';
import { en } from './en';
import type { Strings } from './strings';
import { vi } from './vi';

export type { Strings } from './strings';

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}

/** Vietnamese unless Office's display language is English (`en-US`, `en-GB`, ...). */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** Numbers the way each language writes them: `8,67` in Vietnamese, `8.67` in English. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 6): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', {
    maximumFractionDigits: maxDecimals,
  }).format(value);
}
