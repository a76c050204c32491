import { PERIOD_SHARE, type Indicator, type Period } from '../template/types';
import { percentExpression } from '../verdict/percent';
import { any, ifThen, quote } from './formula-text';
import { invalidConditions } from './invalid-figure';
import { choiceVerdictFormula, numericVerdictFormula, type FormulaContext } from './verdict-formula';

export type { FormulaContext } from './verdict-formula';

/**
 * The `Đánh giá` and `% so với chỉ tiêu` formulas of one indicator's row.
 *
 * They embed the template's targets, baselines and bounds as constants rather than pointing at
 * the row's `Chỉ tiêu` cell: a target someone overwrote in the sheet must not quietly change the
 * verdicts of a workbook that travels without the add-in. The checker flags the overwritten
 * target, and the sheet keeps judging against the resolution.
 */

/**
 * `Đánh giá`: the core's verdict word for every figure and estimate stored as a number (or, for
 * ratings and yes/no, as one of the written forms); "Cần kiểm tra" for what a formula cannot
 * read safely: a number typed as text (the add-in reads those), another spelling, an error.
 * The period cell decides between the year's table and the mid-year order, so a sheet whose
 * period a clerk changes judges anew without the add-in.
 */
export function verdictFormula(indicator: Indicator, ctx: FormulaContext): string {
  const choice = indicator.type === 'rating' || indicator.type === 'yesno';
  const judged = choice ? choiceVerdictFormula(indicator, ctx) : numericVerdictFormula(indicator, ctx);
  const at = (period: Period) => `${ctx.period}=${quote(ctx.periodLabels[period])}`;
  const { year, midYear } = judged;
  const [six, nine] = [midYear(PERIOD_SHARE['6-thang']), midYear(PERIOD_SHARE['9-thang'])];
  if (six === nine) return `=${ifThen(`OR(${at('6-thang')},${at('9-thang')})`, six, year)}`;
  return `=${ifThen(at('6-thang'), six, ifThen(at('9-thang'), nine, year))}`;
}

/**
 * `% so với chỉ tiêu`, against the full-year target, 2 decimals; "" where it means nothing
 * (no valid figure, a rating, a zero target, a lower-is-better target without a baseline).
 */
export function percentFormula(indicator: Indicator, ctx: FormulaContext): string | null {
  if (indicator.type === 'rating' || indicator.type === 'yesno') return null;
  const expression = percentExpression(indicator, ctx.value);
  if (expression === null) return null;
  const invalid = invalidConditions(indicator, ctx.value);
  const valid = invalid.length > 0 ? ifThen(any(invalid), '""', expression) : expression;
  return `=${ifThen(`ISNUMBER(${ctx.value})`, valid, '""')}`;
}
