/**
 * The kinds of figure an indicator holds. They live apart from the schema so that helpers the
 * schema calls (./bounds.ts) can name them without importing the types derived from the schema.
 */
export const INDICATOR_TYPES = ['number', 'integer', 'percent', 'yesno', 'rating'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];
