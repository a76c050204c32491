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
