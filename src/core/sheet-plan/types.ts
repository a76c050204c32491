import type { Lang } from '../i18n/localized';
import type { Period } from '../template/types';

/**
 * A complete, I/O-free description of the standard sheet (design.md, "The standard sheet").
 * Both workbook adapters (Office.js and ExcelJS) only apply it; neither decides layout.
 * Addresses are A1 style without a sheet name; colours are `#RRGGBB`.
 */

export interface SheetPlanOptions {
  period?: Period;
  lang?: Lang;
  /** Sheet name; default `Chỉ tiêu <year>`. */
  sheetName?: string;
}

export interface CellStyle {
  font?: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    color?: string;
  };
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: 'thin';
  numberFormat?: string;
}

/**
 * Text is always written as a literal string, never interpreted: a name beginning with `=`
 * stays text. Formulas use en-US function names and commas, with the leading `=`.
 */
export type PlannedContent =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /**
   * `result`, when present, is the value the formula gives in the sheet as planned: the ExcelJS
   * adapter writes it as the cached result, so a file read without recalculation shows it
   * (Office.js writes the formula only and Excel calculates).
   */
  | { kind: 'formula'; formula: string; result?: string }
  | { kind: 'empty' };

export interface PlannedCell {
  address: string;
  content: PlannedContent;
  style?: CellStyle;
}

export interface PlannedConditionalFormat {
  /** e.g. `A12:J40` */
  range: string;
  /** An expression relative to the range's top-left cell, e.g. `=$I12="Không đạt"`. */
  formula: string;
  fill: string;
  fontColor?: string;
}

export type ValidationRule =
  /**
   * `source`, when present, is an absolute range of the same sheet holding the items (e.g.
   * `$C$45:$C$49`); adapters must use it instead of an inline list. The plan sets it when the items
   * do not fit Excel's inline form (over 255 characters, or an item with a comma or a quote).
   */
  | { kind: 'list'; items: string[]; source?: string }
  | { kind: 'decimal'; min?: number; max?: number }
  | { kind: 'whole'; min?: number; max?: number }
  /** A text of at most `max` characters (the authoring sheet's `Mã thống kê`). */
  | { kind: 'textLength'; max: number };

export interface PlannedValidation {
  address: string;
  rule: ValidationRule;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** Keys of the table's columns, so adapters and readers never hard-code letters. */
export type ColumnKey =
  | 'index'
  | 'code'
  | 'name'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'value'
  | 'percent'
  | 'estimate'
  | 'verdict'
  | 'explanation';

export interface SheetLayout {
  /** Row (1-based) holding the column headers `STT`, `Mã`, ..., `Thực hiện <year>`. */
  headerRow: number;
  columns: Record<ColumnKey, string>;
  headers: Record<ColumnKey, string>;
  rows: { indicatorId: string; row: number }[];
  /** The drop-down cell holding the report period. */
  periodCell: string;
  /** The words shown in the period drop-down, in PERIODS order. */
  periodLabels: Record<Period, string>;
  /**
   * The "Kiểm tra chéo" block, when the template has rules: each rule's row, whose columns
   * `baseline`, `percent` and `verdict` hold the left side, the right side and Khớp / Không khớp.
   */
  ruleRows?: { ruleId: string; row: number }[];
}

/** The template stored in the workbook so a file that travels carries its own rules. */
export interface TemplateStorePlan {
  /** A very hidden sheet. */
  sheetName: string;
  cells: PlannedCell[];
}

export interface SheetPlan {
  sheetName: string;
  cells: PlannedCell[];
  merges: string[];
  /** Widths in characters, one per column from A. */
  columnWidths: number[];
  rowHeights: { row: number; height: number }[];
  frozenRows: number;
  conditionalFormats: PlannedConditionalFormat[];
  validations: PlannedValidation[];
  /** Cells a clerk may change on the protected sheet: inputs, explanations, the period. */
  unlockedRanges: string[];
  protection: { password?: string };
  print: {
    orientation: 'landscape';
    paper: 'A4';
    fitToWidth: 1;
    fitToHeight: 0;
    /** Rows repeated on every page, e.g. `{ first: 10, last: 10 }`. */
    titleRows: { first: number; last: number };
  };
  store: TemplateStorePlan;
  layout: SheetLayout;
}
