import { catalogFor } from '../../core/i18n/catalog';
import { localize, type Localized } from '../../core/i18n/localized';
import type { AddinText } from '../../core/i18n/vi/addin';

export type MessageKey = keyof AddinText;

/** The adapter's message `key` in both languages. */
export function message<K extends MessageKey>(key: K, ...params: Parameters<AddinText[K]>): Localized {
  const args = (params[0] ?? {}) as never;
  const text = (lang: 'vi' | 'en') => catalogFor(lang).addin[key] as (p: never) => string;
  return localize({ vi: text('vi'), en: text('en') }, args);
}

type WithReason = {
  [K in MessageKey]: Parameters<AddinText[K]>[0] extends { reason: string } ? K : never;
}[MessageKey];

/** A message that includes Excel's own reason (itself a Localized text), each in its language. */
export function messageWithReason<K extends WithReason>(
  key: K,
  params: Omit<Parameters<AddinText[K]>[0], 'reason'>,
  reason: Localized,
): Localized {
  const build = (lang: 'vi' | 'en') =>
    (catalogFor(lang).addin[key] as (p: never) => string)({ ...params, reason: reason[lang] } as never);
  return { vi: build('vi'), en: build('en') };
}
