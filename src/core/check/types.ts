import type { Localized } from '../i18n/localized';
import type { Indicator, Period } from '../template/types';

/** An Excel error value as it stands in a cell, e.g. `#DIV/0!`. */
export interface CellError {
  error: string;
}

/** A cell's content as either adapter reads it, before any interpretation. */
export type RawValue = number | string | boolean | Date | CellError | null;

/** One indicator's row as it stands in the workbook (docs/design.md, "The reading rules"). */
export interface EnteredFigure {
  indicatorId: string;
  /** Address of the input cell, `H12` or `'Chỉ tiêu 2023'!H12`. */
  address?: string;
  raw: RawValue;
  /** The cell's number format; a format with `%` means the cell holds a fraction (0.961 shows 96,1%). */
  numberFormat?: string;
  /** Present when the input cell holds a formula; `raw` is then its result. */
  formula?: string;
  /** The target cell as it stands, to detect a target someone overwrote. */
  targetInSheet?: RawValue;
  targetNumberFormat?: string;
  targetAddress?: string;
  explanation?: string;
}

/** Everything a check needs from a workbook: the same shape from Office.js and from ExcelJS. */
export interface FiguresSnapshot {
  period: Period;
  figures: EnteredFigure[];
  /** Indicator ids of the template whose row was not found in the sheet. */
  missingRows?: string[];
}

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Stable code, e.g. `unreadable`, `unit-slip`; tools and tests refer to it. */
  code: string;
  severity: Severity;
  indicatorId?: string;
  cell?: string;
  message: Localized;
}

export const STATUSES = ['exceeded', 'met', 'missed', 'on-track', 'behind', 'no-data', 'invalid'] as const;
export type Status = (typeof STATUSES)[number];

export interface IndicatorResult {
  indicator: Indicator;
  cell?: string;
  raw: RawValue;
  /** Percent indicators in percent units (96.1); ratings and yes/no as the scale's own words; null when empty or unreadable. */
  value: number | string | null;
  status: Status;
  /** % of the full-year target, 2 decimals; null where it means nothing. */
  percentOfTarget: number | null;
  storedAsText: boolean;
  explanation?: string;
}

export interface Summary {
  exceeded: number;
  met: number;
  missed: number;
  onTrack: number;
  behind: number;
  noData: number;
  invalid: number;
  errors: number;
  warnings: number;
  missingExplanations: number;
}

export interface CheckReport {
  templateId: string;
  year: number;
  period: Period;
  results: IndicatorResult[];
  findings: Finding[];
  summary: Summary;
}
