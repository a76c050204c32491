import type { Lang, Localized } from '../i18n/localized';
import { RULE_MESSAGES_EN } from './messages.en';
import { RULE_MESSAGES_VI, type RuleMessages } from './messages.vi';

export const RULE_MESSAGES: Record<Lang, RuleMessages> = { vi: RULE_MESSAGES_VI, en: RULE_MESSAGES_EN };

/** The same message in every language of the product. */
export function sayRule(build: (m: RuleMessages, lang: Lang) => string): Localized {
  return { vi: build(RULE_MESSAGES_VI, 'vi'), en: build(RULE_MESSAGES_EN, 'en') };
}
