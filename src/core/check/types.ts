import type { Localized } from '../i18n/localized';
import type { Indicator, Period } from '../template/types';
import type { Status } from '../verdict/status';

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
  /** The clerk's estimate for the whole year (Ước cả năm), on mid-year sheets. */
  estimate?: EnteredEstimate;
  /**
   * Last year's figure as the clerk entered it (`Thực hiện <năm trước>`), read only for a numeric
   * indicator whose template gives no baseline (template/entered-baseline.ts).
   */
  baseline?: EnteredEstimate;
}

/** The estimate (or entered baseline) cell of a row as it stands. */
export interface EnteredEstimate {
  raw: RawValue;
  address?: string;
  numberFormat?: string;
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
  /** A cross-indicator rule's findings: the rule's id, every input cell it reads, both sides' values. */
  rule?: string;
  cells?: string[];
  left?: number;
  right?: number;
  message: Localized;
}

export { STATUSES } from '../verdict/status';
export type { Status } from '../verdict/status';

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
  /** The estimate for the year where one is entered: as it stands, and as read (null when unreadable). */
  estimate?: { raw: RawValue; value: number | string | null; cell?: string };
  /** Last year's figure where the clerk entered one (no baseline in the template): as it stands, and as read (null when unreadable). */
  baseline?: { raw: RawValue; value: number | null; cell?: string };
}

export interface Summary {
  exceeded: number;
  met: number;
  missed: number;
  onTrack: number;
  behind: number;
  forecastExceeded: number;
  forecastMet: number;
  forecastMissed: number;
  notYet: number;
  notAssessed: number;
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
