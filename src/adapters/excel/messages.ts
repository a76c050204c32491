import { localize, type Localized } from '../../core/i18n/localized';
import { en } from './messages.en';
import { vi } from './messages.vi';

type Catalog = typeof vi;
export type MessageKey = keyof Catalog;

/** The adapter's message `key` in both languages. */
export function message<K extends MessageKey>(key: K, ...params: Parameters<Catalog[K]>): Localized {
  const args = (params[0] ?? {}) as never;
  return localize({ vi: vi[key] as (p: never) => string, en: en[key] as (p: never) => string }, args);
}

type WithReason = {
  [K in MessageKey]: Parameters<Catalog[K]>[0] extends { reason: string } ? K : never;
}[MessageKey];

/** A message that includes Excel's own reason (itself a Localized text), each in its language. */
export function messageWithReason<K extends WithReason>(
  key: K,
  params: Omit<Parameters<Catalog[K]>[0], 'reason'>,
  reason: Localized,
): Localized {
  const build = (catalog: Catalog, text: string) =>
    (catalog[key] as (p: never) => string)({ ...params, reason: text } as never);
  return { vi: build(vi, reason.vi), en: build(en, reason.en) };
}
