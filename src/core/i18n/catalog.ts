import { en } from './en';
import type { Localized, Lang } from './localized';
import { vi, type Catalog } from './vi';

export type { Catalog };

const CATALOGS: Record<Lang, Catalog> = { vi, en };

/** The one catalog of `lang`: every face (CLI, task pane, ribbon command, preview) picks its words here. */
export function catalogFor(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** One text in both languages, taken from the same place of each catalog. */
export function inBothLanguages(text: (catalog: Catalog) => string): Localized {
  return { vi: text(vi), en: text(en) };
}
