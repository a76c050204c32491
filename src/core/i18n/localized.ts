/** A user-facing text in both languages of the product: Vietnamese first, English second. */
export interface Localized {
  vi: string;
  en: string;
}

export type Lang = keyof Localized;

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Builds a Localized text from one message builder per language, called with the same parameters. */
export function localize<P>(
  builders: { vi: (params: P) => string; en: (params: P) => string },
  params: P,
): Localized {
  return { vi: builders.vi(params), en: builders.en(params) };
}
