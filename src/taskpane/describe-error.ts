import type { Lang, Localized } from '../core/i18n/localized';
import { catalogFor } from '../core/i18n/catalog';

function isLocalized(value: unknown): value is Localized {
  const v = value as Partial<Localized> | null;
  return typeof v === 'object' && v !== null && typeof v.vi === 'string' && typeof v.en === 'string';
}

/**
 * The words a clerk sees for a failure: the adapter's own when it worded one (its errors carry a
 * `userMessage` in both languages), a generic sentence otherwise, never a stack trace.
 */
export function describeError(error: unknown, lang: Lang): string {
  const worded = (error as { userMessage?: unknown } | null)?.userMessage;
  return isLocalized(worded) ? worded[lang] : catalogFor(lang).pane.genericError;
}
