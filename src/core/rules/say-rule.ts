import { catalogFor } from '../i18n/catalog';
import type { Lang, Localized } from '../i18n/localized';
import type { RuleMessages } from './rule-catalog';

/** The same rule message in every language of the product, from each catalog's `rules` area. */
export function sayRule(build: (m: RuleMessages, lang: Lang) => string): Localized {
  return { vi: build(catalogFor('vi').rules, 'vi'), en: build(catalogFor('en').rules, 'en') };
}
