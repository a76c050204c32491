import type { SheetTexts } from '../i18n/vi/sheet';
import type { Period } from '../template/types';
import type { ColumnKey } from './types';

/** The table's columns, left to right. */
export const COLUMN_KEYS: readonly ColumnKey[] = [
  'index',
  'code',
  'name',
  'unit',
  'baseline',
  'target',
  'value',
  'percent',
  'estimate',
  'verdict',
  'explanation',
];

export const COLUMNS = Object.fromEntries(
  COLUMN_KEYS.map((key, i) => [key, String.fromCharCode(65 + i)]),
) as Record<ColumnKey, string>;

export const LAST_COLUMN = COLUMNS[COLUMN_KEYS[COLUMN_KEYS.length - 1]];

/** Widths in characters, in COLUMN_KEYS order; the name and explanation columns wrap. */
export const COLUMN_WIDTHS: Record<ColumnKey, number> = {
  index: 5,
  code: 20,
  name: 42,
  unit: 11,
  baseline: 13,
  target: 16,
  value: 14,
  percent: 11,
  estimate: 14,
  verdict: 15,
  explanation: 30,
};

/**
 * Readers (the xlsx reader, the task pane) find the table by `Mã` and `Thực hiện <year>` (at 6
 * and 9 months `Thực hiện 6 tháng`, `9 tháng`), the estimate by `Ước cả năm` (at the year's end
 * `Ước cả năm (không dùng khi báo cáo năm)`: the column plays no part then), and read the period
 * by its label, so these stay Vietnamese whatever the sheet's language.
 */
export const CODE_HEADER = 'Mã';
export const ESTIMATE_HEADER = 'Ước cả năm';
export const ESTIMATE_HEADER_YEAR_END = 'Ước cả năm (không dùng khi báo cáo năm)';
/** Every header the estimate column has had: files made before the year-end wording say `Ước cả năm`. */
export const ESTIMATE_HEADERS: readonly string[] = [ESTIMATE_HEADER, ESTIMATE_HEADER_YEAR_END];
export const valueHeader = (year: number, period: Period = 'nam'): string =>
  `Thực hiện ${period === 'nam' ? year : PERIOD_LABELS[period]}`;
export const PERIOD_LABELS: Record<Period, string> = {
  '6-thang': '6 tháng',
  '9-thang': '9 tháng',
  nam: 'Năm',
};

export function headerTexts(
  texts: SheetTexts,
  year: number,
  baselineYear: number,
  period: Period = 'nam',
): Record<ColumnKey, string> {
  const { headers } = texts;
  return {
    index: headers.index,
    code: CODE_HEADER,
    name: headers.name,
    unit: headers.unit,
    baseline: headers.baseline(baselineYear),
    target: headers.target(year),
    value: valueHeader(year, period),
    percent: period === 'nam' ? headers.percent : headers.percentOfYearPlan,
    estimate: period === 'nam' ? ESTIMATE_HEADER_YEAR_END : ESTIMATE_HEADER,
    verdict: headers.verdict,
    explanation: headers.explanation,
  };
}
