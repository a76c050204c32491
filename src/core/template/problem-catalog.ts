/**
 * What a template problem can say, one builder per message; ./problems.vi.ts and ./problems.en.ts
 * implement it. Values arrive already shown for the language (quoted, truncated, decimal comma).
 */

/** The kinds of JSON value a field can expect or hold. */
export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'list' | 'object' | 'null';

/** Where a JSON text stops being JSON, in terms a person can act on. */
export type JsonSyntaxKind =
  | 'unexpected-end'
  | 'unexpected-character'
  | 'trailing-comma'
  | 'missing-comma-or-brace'
  | 'missing-comma-or-bracket'
  | 'missing-colon'
  | 'key-not-quoted'
  | 'single-quotes'
  | 'bad-escape'
  | 'control-in-string'
  | 'unterminated-string'
  | 'bad-number'
  | 'decimal-comma'
  | 'trailing-text';

export interface ProblemCatalog {
  /** A kind of value with an article, e.g. "a whole number". */
  kind: Record<ValueKind, string>;
  /** How a value that is present is shown: `the number 2023.5`, `the text "abc"`. */
  shownValue: Record<'text' | 'number' | 'boolean', (value: string) => string>;
  notFinite: string;
  unknownValue: string;
  /** "a number or a text". */
  alternatives: (kinds: string[]) => string;
  andMore: (count: number) => string;

  missing: (p: { expected: string; example?: string }) => string;
  wrongType: (p: { expected: string; received: string; example?: string }) => string;
  numberAsText: (p: { received: string; suggestion: string }) => string;
  emptyText: () => string;
  textTooShort: (p: { min: number }) => string;
  textTooLong: (p: { max: number; length: number }) => string;
  numberTooSmall: (p: { limit: string; inclusive: boolean; received: string }) => string;
  numberTooBig: (p: { limit: string; inclusive: boolean; received: string }) => string;
  listTooShort: (p: { min: number }) => string;
  listTooLong: (p: { max: number; length: number }) => string;
  badId: (p: { received: string; suggestion?: string }) => string;
  badPattern: (p: { received: string; pattern: string }) => string;
  badDate: (p: { received: string }) => string;
  badFormat: (p: { received: string; format: string }) => string;
  wrongLiteral: (p: { expected: string; received: string }) => string;
  notAnOption: (p: { received: string; options: string }) => string;
  missingOption: (p: { options: string }) => string;
  unknownKey: (p: { key: string; suggestion?: string; allowed: string }) => string;
  noAlternative: (p: { expected: string; received: string }) => string;
  invalid: () => string;

  rules: {
    'hidden-characters': () => string;
    'rating-needs-scale': () => string;
    'scale-only-for-rating': () => string;
    'scale-duplicates': (p: { level: string }) => string;
    'bounds-only-for-numbers': () => string;
    'min-above-max': (p: { min: string; max: string }) => string;
    'accumulates-only-for-numbers': () => string;
    'cumulative-only-for-numbers': () => string;
    'assess-contradicts-accumulates': () => string;
    'between-only-for-numbers': () => string;
    'target-must-be-number': (p: { received: string; suggestion?: string }) => string;
    'baseline-must-be-number': (p: { received: string; suggestion?: string }) => string;
    'target-must-be-integer': (p: { received: string }) => string;
    'target-outside-bounds': (p: { received: string; range: string }) => string;
    'baseline-outside-bounds': (p: { received: string; range: string }) => string;
    'yesno-target': () => string;
    'yesno-baseline': (p: { received: string }) => string;
    'rating-op': () => string;
    'target-not-on-scale': (p: { received: string; scale: string }) => string;
    'baseline-not-on-scale': (p: { received: string; scale: string }) => string;
    'duplicate-id': (p: { id: string; first: string }) => string;
    'baseline-year': (p: { baselineYear: string; year: string }) => string;
  };

  /** A range of bounds, either end possibly open. */
  range: (p: { min?: string; max?: string }) => string;
  /** How a number is written in this language (decimal comma in Vietnamese). */
  number: (n: number) => string;

  notAnObject: (p: { received: string }) => string;
  unreadable: () => string;
  tooLarge: (p: { size: string; limit: string }) => string;
  tooDeep: (p: { limit: number; line: number; column: number }) => string;
  emptyFile: () => string;
  duplicateKey: (p: { key: string; line: number; column: number; firstLine: number }) => string;
  jsonSyntax: (p: { kind: JsonSyntaxKind; line: number; column: number; found: string }) => string;
  endOfText: string;
}
