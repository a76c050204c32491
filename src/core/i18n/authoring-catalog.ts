import { authoring as enAuthoring } from './en/authoring';
import { draft as enDraft } from './en/draft';
import type { Lang, Localized } from './localized';
import { authoring, type AuthoringTexts } from './vi/authoring';
import { draft, type DraftTexts } from './vi/draft';

/** The words of the authoring sheet and of drafting, in one language. */
export interface AuthoringCatalog {
  authoring: AuthoringTexts;
  draft: DraftTexts;
}

const CATALOGS: Record<Lang, AuthoringCatalog> = {
  vi: { authoring, draft },
  en: { authoring: enAuthoring, draft: enDraft },
};

/**
 * The words of the authoring sheet (Khai báo chỉ tiêu) and of drafting from a resolution's text, in
 * `lang`. Apart from `catalogFor`, with the code that uses them: the task pane loads that code on
 * demand (docs/design.md, "Older Excel"), and its words with it, in both languages.
 */
export function authoringCatalogFor(lang: Lang): AuthoringCatalog {
  return CATALOGS[lang];
}

/** One authoring text in both languages, taken from the same place of each catalog. */
export function authoringInBothLanguages(text: (catalog: AuthoringCatalog) => string): Localized {
  return { vi: text(CATALOGS.vi), en: text(CATALOGS.en) };
}
