import type { Localized, Lang } from './localized';
import { vi, type Catalog } from './vi';

export type { Catalog };

/**
 * The English catalog once a face has loaded it (./english.ts). It is not imported here, so that
 * the task pane shown in Vietnamese never downloads it (docs/design.md, "Older Excel": the pane's
 * size budget); every other face (CLI, web page, ribbon command, preview, tests) imports
 * ./english.ts first, and the pane shown in English loads it before its first render.
 */
let english: Catalog | undefined;

/** Makes `catalog` the English catalog: called by ./english.ts, once. */
export function provideEnglish(catalog: Catalog): void {
  english = catalog;
}

/** Whether the English catalog has been loaded in this page or process. */
export function englishLoaded(): boolean {
  return english !== undefined;
}

/**
 * The one catalog of `lang`: every face (CLI, task pane, ribbon command, preview) picks its words
 * here. Until the English catalog is loaded — only in the task pane shown in Vietnamese, which
 * shows no English — the English half of a message built for both languages is the Vietnamese one.
 */
export function catalogFor(lang: Lang): Catalog {
  return lang === 'en' ? (english ?? vi) : vi;
}

/** One text in both languages, taken from the same place of each catalog. */
export function inBothLanguages(text: (catalog: Catalog) => string): Localized {
  return { vi: text(vi), en: text(catalogFor('en')) };
}
