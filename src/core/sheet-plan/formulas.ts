import type { Status } from '../check/types';
import { isLowerBetter, judge } from '../check/verdict';
import { clean, roundHalfAway } from '../numbers/round';
import { LARGEST } from '../numbers/number-text';
import { fold, isMoney, magnitudeOf } from '../numbers/units';
import { effectiveBounds } from '../template/bounds';
import { PERIOD_SHARE, type Indicator, type Period } from '../template/types';
import { any, ifThen, num, quote } from './formula-text';

/**
 * The `Đánh giá` and `% so với chỉ tiêu` formulas of one indicator's row.
 *
 * They embed the template's targets, baselines and bounds as constants rather than pointing at
 * the row's `Chỉ tiêu` cell: a target someone overwrote in the sheet must not quietly change the
 * verdicts of a workbook that travels without the add-in. The checker flags the overwritten
 * target, and the sheet keeps judging against the resolution.
 */

export interface FormulaContext {
  /** The input cell of the row, e.g. `G12`. */
  value: string;
  /** The period drop-down, absolute, e.g. `$G$7`. */
  period: string;
  periodLabels: Record<Period, string>;
  words: Record<Status, string>;
  needsCheck: string;
}

/** The rounded figure as the core compares it: percent in percent units. */
function compared(indicator: Indicator, value: string): string {
  return `ROUND(${inUnits(indicator, value)},${indicator.decimals})`;
}

/** Conditions under which a number in the input cell is not a valid figure at all. */
function invalidConditions(indicator: Indicator, value: string): string[] {
  const { min, max } = effectiveBounds(indicator);
  // Percent cells hold fractions, so the bounds are too (the same numbers as the data validation).
  const toCell = (bound: number) => (indicator.type === 'percent' ? clean(bound / 100) : bound);
  const conditions: string[] = [];
  if (min !== undefined) conditions.push(`${value}<${num(toCell(min))}`);
  if (max !== undefined) conditions.push(`${value}>${num(toCell(max))}`);
  if (indicator.type === 'integer') conditions.push(`${value}<>INT(${value})`);
  // The core refuses figures this large as unreadable, whatever the bounds.
  const largest = largestAllowed(indicator);
  if (largest === undefined || largest >= LARGEST) conditions.push(`ABS(${value})>=${num(LARGEST)}`);
  return [...conditions, ...slipConditions(indicator, value)];
}

/** The largest magnitude the hard bounds allow, in the core's units; undefined when unbounded. */
function largestAllowed(indicator: Indicator): number | undefined {
  const { min, max } = effectiveBounds(indicator);
  return min === undefined || max === undefined ? undefined : Math.max(Math.abs(min), Math.abs(max));
}

/**
 * The core refuses a money figure that looks entered in a smaller unit (57.000.000 đồng for
 * `triệu đồng/người`, see check/plausibility.ts) even inside the hard bounds, so the sheet does
 * not judge it either. Same arithmetic as the core: |v| ÷ factor within a tenth to ten times the
 * reference (the baseline, else the target).
 */
function slipConditions(indicator: Indicator, value: string): string[] {
  if (!isMoney(indicator.unit)) return [];
  const magnitude = magnitudeOf(fold(indicator.unit));
  const reference = Math.abs(slipReference(indicator) ?? 0);
  // Within bounds that exclude every slip, the check would be dead weight in each cell.
  const largest = largestAllowed(indicator) ?? Infinity;
  const conditions: string[] = [];
  for (let factor = magnitude; factor >= 1e3; factor /= 1e3) {
    const candidate = `ABS(${inUnits(indicator, value)})/${num(factor)}`;
    if (largest / factor < (reference > 0 ? reference / 10 : 1)) continue;
    if (reference > 0) {
      conditions.push(`AND(${candidate}>=${num(reference / 10)},${candidate}<=${num(reference * 10)})`);
    } else if (factor === magnitude) {
      conditions.push(`${candidate}>=1`);
    }
  }
  return conditions;
}

function slipReference(indicator: Indicator): number | null {
  const { baseline, target } = indicator;
  if (typeof baseline === 'number' && baseline !== 0) return baseline;
  if (target.op === 'between') return target.min || target.max;
  return typeof target.value === 'number' && target.value !== 0 ? target.value : null;
}

function yearJudgement(indicator: Indicator, x: string, w: Record<Status, string>): string {
  const { target, decimals } = indicator;
  const r = (n: number) => num(roundHalfAway(n, decimals));
  const ex = quote(w.exceeded);
  const met = quote(w.met);
  const missed = quote(w.missed);
  if (target.op === 'between') {
    return target.better === 'higher'
      ? ifThen(`${x}>${r(target.max)}`, ex, ifThen(`${x}<${r(target.min)}`, missed, met))
      : ifThen(`${x}<${r(target.min)}`, ex, ifThen(`${x}>${r(target.max)}`, missed, met));
  }
  const t = r(target.value as number);
  switch (target.op) {
    case '>=':
      return ifThen(`${x}>${t}`, ex, ifThen(`${x}=${t}`, met, missed));
    case '<=':
      return ifThen(`${x}<${t}`, ex, ifThen(`${x}=${t}`, met, missed));
    case '>':
      return ifThen(`${x}>${t}`, met, missed);
    case '<':
      return ifThen(`${x}<${t}`, met, missed);
    case '=':
      return ifThen(`${x}=${t}`, met, missed);
  }
}

/**
 * The one number a target stands for when the figure is measured against it (progress at 6 and 9
 * months, % of target): a range's lower end to reach, or its upper end to stay under.
 */
export function progressTarget(indicator: Indicator): number {
  const { target } = indicator;
  if (target.op !== 'between') return target.value as number;
  return target.better === 'lower' ? target.max : target.min;
}

function progressJudgement(
  indicator: Indicator,
  x: string,
  share: number,
  w: Record<Status, string>,
): string {
  const due = num(roundHalfAway(progressTarget(indicator) * share, indicator.decimals));
  const onTrack = isLowerBetter(indicator) ? `${x}<=${due}` : `${x}>=${due}`;
  return ifThen(onTrack, quote(w['on-track']), quote(w.behind));
}

function numericJudgement(indicator: Indicator, ctx: FormulaContext): string {
  const x = compared(indicator, ctx.value);
  const year = yearJudgement(indicator, x, ctx.words);
  if (!indicator.accumulates) return year;
  const atPeriod = (period: Period) => `${ctx.period}=${quote(ctx.periodLabels[period])}`;
  return ifThen(
    atPeriod('6-thang'),
    progressJudgement(indicator, x, PERIOD_SHARE['6-thang'], ctx.words),
    ifThen(atPeriod('9-thang'), progressJudgement(indicator, x, PERIOD_SHARE['9-thang'], ctx.words), year),
  );
}

/** The verdict of each choice (rating level, Có/Không), decided by the core once rather than in the cell. */
export function choiceVerdicts(indicator: Indicator): { choice: string; status: Status }[] {
  const choices = indicator.type === 'yesno' ? ['Có', 'Không'] : (indicator.scale ?? []);
  return choices.map((choice) => ({ choice, status: judge(indicator, choice) }));
}

function choiceFormula(indicator: Indicator, ctx: FormulaContext): string {
  const v = ctx.value;
  const w = ctx.words;
  const needsCheck = quote(ctx.needsCheck);
  const verdicts = choiceVerdicts(indicator);
  // Excel compares text without regard to case, as the core does. Other spellings the core
  // accepts (no diacritics, `x` for yes) cannot be matched by a formula: the add-in reads them.
  const matched = verdicts.reduceRight(
    (otherwise, { choice, status }) => ifThen(`${v}=${quote(choice)}`, quote(w[status]), otherwise),
    needsCheck,
  );
  const wordOf = (choice: string) => quote(w[verdicts.find((c) => c.choice === choice)!.status]);
  // The core reads TRUE/FALSE in a yes/no cell as Có/Không.
  const notText =
    indicator.type === 'yesno'
      ? ifThen(`ISLOGICAL(${v})`, ifThen(v, wordOf('Có'), wordOf('Không')), needsCheck)
      : needsCheck;
  return `=${ifThen(
    `ISTEXT(${v})`,
    ifThen(`TRIM(${v})=""`, quote(w['no-data']), matched),
    ifThen(`ISBLANK(${v})`, quote(w['no-data']), notText),
  )}`;
}

/**
 * `Đánh giá`: the core's verdict word for every figure stored as a number (or, for ratings and
 * yes/no, as one of the choices); "Cần kiểm tra" for what a formula cannot read safely: a number
 * typed as text (the add-in reads those), another spelling of a choice, an error, TRUE/FALSE.
 */
export function verdictFormula(indicator: Indicator, ctx: FormulaContext): string {
  if (indicator.type === 'rating' || indicator.type === 'yesno') return choiceFormula(indicator, ctx);
  const v = ctx.value;
  const w = ctx.words;
  const invalid = invalidConditions(indicator, v);
  const judged = numericJudgement(indicator, ctx);
  const ifNumber = invalid.length > 0 ? ifThen(any(invalid), quote(w.invalid), judged) : judged;
  // TRIM of an error cell is itself an error, so errors are caught first. Spaces count as empty, as in the core.
  const otherwise = ifThen(
    `ISERROR(${v})`,
    quote(ctx.needsCheck),
    ifThen(`TRIM(${v})=""`, quote(w['no-data']), quote(ctx.needsCheck)),
  );
  return `=${ifThen(`ISNUMBER(${v})`, ifNumber, otherwise)}`;
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

/** The figure in the core's units, unrounded: percent in percent units. */
function inUnits(indicator: Indicator, value: string): string {
  return indicator.type === 'percent' ? `${value}*100` : value;
}

// The same arithmetic, in the same order, as the core's percentOfTarget, so both round alike.
function percentExpression(indicator: Indicator, value: string): string | null {
  const { baseline } = indicator;
  const t = progressTarget(indicator);
  const v = `(${inUnits(indicator, value)})`;
  if (!isLowerBetter(indicator)) return t === 0 ? null : `ROUND(${v}/${num(t)}*100,2)`;
  if (typeof baseline !== 'number' || baseline === t) return null;
  return `ROUND((${num(baseline)}-${v})/(${num(baseline)}-${num(t)})*100,2)`;
}
