import type { RawValue } from '../check/types';
import { PERIODS, type Period } from '../template/types';

/**
 * The period the sheet's own formulas see in the period cell, so that the checker and the sheet
 * never judge one figure against two periods. The formulas compare the cell with `=` to each
 * planned label: Excel's (and LibreOffice's, HyperFormula's) text `=` ignores case but not
 * diacritics or spaces, so `6 THÁNG` is the 6-month period while `6 thang` and ` 6 tháng` are not.
 * Anything else (no label, a number, another word) is undefined: the formulas then judge the
 * whole year, `PERIOD_FALLBACK`, and the reader should ask the clerk to choose from the list.
 */
export function periodFromLabel(value: RawValue, labels: Record<Period, string>): Period | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.toLowerCase();
  return PERIODS.find((period) => labels[period].toLowerCase() === wanted);
}

/** The period the formulas judge by when the cell holds none of the labels: their last branch. */
export const PERIOD_FALLBACK: Period = 'nam';
