import type { Lang } from '../core/i18n/localized';
import { ActionError } from './actions';
import { strings } from './i18n';

/** The words a clerk sees for a failure: the adapter's own when it gave some, never a stack trace. */
export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof ActionError) return error.userMessage[lang];
  return strings(lang).genericError;
}
