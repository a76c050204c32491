/** A user-facing text in both languages of the product: Vietnamese first, English second. */
export interface Localized {
  vi: string;
  en: string;
}

export type Lang = keyof Localized;

export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * The product's language for a language tag (`vi-VN`, `en-US`, `en-GB`, `en`: Office's display
 * language, the browser's, the CLI's `--lang`): English for any English tag, Vietnamese otherwise,
 * the clerks' own language being the safe default.
 */
export function languageFromTag(tag: string | undefined): Lang {
  return /^en(?:[-_]|$)/i.test(tag?.trim() ?? '') ? 'en' : 'vi';
}

/** Builds a Localized text from one message builder per language, called with the same parameters. */
export function localize<P>(
  builders: { vi: (params: P) => string; en: (params: P) => string },
  params: P,
): Localized {
  return { vi: builders.vi(params), en: builders.en(params) };
}
