import type { CellStyle, PlannedCell } from '../sheet-plan/types';

/** One bar of the chart: an indicator with a % of target. */
export interface ChartPoint {
  label: string;
  percent: number;
}

/**
 * The "Báo cáo" sheet as pure data, like the sheet plan: both adapters only apply it. Portrait A4;
 * the chart's numbers sit in `chart.dataRange` beside the print area so the chart refers to cells.
 */
export interface ReportPlan {
  sheetName: string;
  cells: PlannedCell[];
  merges: string[];
  columnWidths: number[];
  /** Columns (1-based) kept out of print: the chart's numbers, which the chart still plots. */
  hiddenColumns: number[];
  /** Rows after which a new printed page starts. */
  pageBreaks: number[];
  rowHeights: { row: number; height: number }[];
  printArea: string;
  chart: {
    title: string;
    /** Rows of the sheet the chart covers, in the print area, from column A to the last. */
    anchor: { fromRow: number; toRow: number; toColumn: number };
    /** Category labels, the % values and the 100% line, each a column range of this sheet. */
    labels: string;
    values: string;
    line: string;
    seriesNames: { values: string; line: string };
    points: ChartPoint[];
  } | null;
}

export type { CellStyle, PlannedCell };
