import type { Lang } from '../../core/i18n/localized';
import { en } from './en';
import { vi, type CliText } from './vi';

export type { CliText };

export function cliText(lang: Lang): CliText {
  return lang === 'en' ? en : vi;
}
