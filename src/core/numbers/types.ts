/** What a figure of this indicator should look like, so a refusal can say what was expected. */
export type Expected = 'number' | 'integer' | 'percent' | 'yes-no' | 'rating';

/** Why a text or cell could not be read as a figure. */
export type UnreadableReason =
  'not-a-number' | 'date' | 'boolean' | 'too-long' | 'too-large' | 'hidden-characters';

export type FigureProblem =
  | { code: 'unreadable'; reason: UnreadableReason; text: string; expected: Expected }
  | { code: 'cell-error'; error: string }
  | { code: 'not-yes-no'; text: string }
  | { code: 'not-on-scale'; text: string; scale: string[] }
  /** A percent indicator's cell holds a plain number: the sheet's formulas would read 96,1 as 9610%. */
  | { code: 'percent-not-formatted'; number: number }
  /** A `%` or a word such as `tỷ` that does not fit the indicator's unit. */
  | { code: 'unit-mismatch'; text: string; unit: string };

export type FigureWarning =
  /** `1.234` read one way though the other way was possible too. */
  | { code: 'ambiguous-number'; text: string; chosen: number; other: number }
  /** `2 tỷ` for a `triệu đồng` indicator, converted to 2000. */
  | { code: 'unit-converted'; text: string; value: number; unit: string }
  /** `HTXSNV` or a level without diacritics or commas, read as the scale's written-out level. */
  | { code: 'level-respelled'; text: string; level: string };

export type FigureReading =
  | {
      ok: true;
      /** A number for numeric indicators (percent in percent units), the exact scale word for ratings and yes/no, null for an empty cell. */
      value: number | string | null;
      /** A number typed as text; the sheet's formulas cannot judge it safely. */
      storedAsText: boolean;
      warnings: FigureWarning[];
    }
  | { ok: false; problem: FigureProblem; storedAsText: boolean };
