import type { Lang } from '../../core/i18n/localized';
import { en } from './en';
import type { PreviewStrings } from './strings';
import { vi } from './vi';

export type { PreviewStrings } from './strings';

export function previewStrings(lang: Lang): PreviewStrings {
  return lang === 'en' ? en : vi;
}
