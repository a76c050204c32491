import { catalogFor } from '../../core/i18n/catalog';
import { localize, type Localized } from '../../core/i18n/localized';
import type { XlsxFileText } from '../../core/i18n/vi/xlsx-file';

export type MessageKey = keyof XlsxFileText;

/** The adapter's message `key` in both languages. */
export function message<K extends MessageKey>(key: K, ...params: Parameters<XlsxFileText[K]>): Localized {
  const args = (params[0] ?? {}) as never;
  const text = (lang: 'vi' | 'en') => catalogFor(lang).xlsxFile[key] as (p: never) => string;
  return localize({ vi: text('vi'), en: text('en') }, args);
}
