import type { Indicator, Period } from '../template/types';
import { examineFigure } from './examine';
import type { EnteredFigure, Finding, IndicatorResult } from './types';

export interface ExaminedEstimate {
  /** What the result reports, when the clerk entered an estimate. */
  entered?: NonNullable<IndicatorResult['estimate']>;
  /** The estimate the verdict uses: only at 6 and 9 months (never judged at the year's end). */
  judged: number | string | null;
  findings: Finding[];
}

/**
 * The clerk's estimate for the whole year (Ước cả năm), read and validated as a figure of the
 * indicator for the whole year, its findings on its own cell. At the year's end it plays no part
 * (docs/design.md, "Through the year"): reported as entered, never examined or judged.
 */
export function examineEstimate(
  indicator: Indicator,
  figure: EnteredFigure,
  period: Period,
): ExaminedEstimate | undefined {
  const cell = figure.estimate;
  if (!cell) return undefined;
  const examined = examineFigure(
    indicator,
    { indicatorId: indicator.id, address: cell.address, raw: cell.raw, numberFormat: cell.numberFormat },
    'nam',
  );
  const failed = examined.findings.some((f) => f.severity === 'error');
  const value = failed ? null : examined.value;
  const entered =
    cell.raw === null || (typeof cell.raw === 'string' && cell.raw.trim() === '')
      ? undefined
      : { raw: cell.raw, value, ...(cell.address === undefined ? {} : { cell: cell.address }) };
  if (period === 'nam') return { entered, judged: null, findings: [] };
  return { entered, judged: value, findings: examined.findings };
}
