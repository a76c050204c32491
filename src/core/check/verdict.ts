import { roundHalfAway } from '../numbers/round';
import { foldLevel } from '../template/schema';
import type { Indicator, Period } from '../template/types';
import { PERIOD_SHARE } from '../template/types';
import type { Status } from './types';

export type JudgedIndicator = Pick<
  Indicator,
  'type' | 'target' | 'decimals' | 'accumulates' | 'scale' | 'baseline'
>;

/**
 * The verdict of design.md's table for a figure that passed validation: numbers compared after
 * rounding both sides to the indicator's decimals; a cumulative figure at 6 or 9 months against
 * the pro-rated target. `null` is an empty cell. A value of the wrong kind (text for a number,
 * a word off the scale) cannot be judged and is `invalid`.
 */
export function judge(
  indicator: JudgedIndicator,
  value: number | string | null,
  period: Period = 'nam',
): Status {
  if (value === null) return 'no-data';
  const { target, decimals } = indicator;
  if (indicator.type === 'yesno' || indicator.type === 'rating') {
    if (target.op === 'between') return 'invalid';
    if (indicator.type === 'yesno') {
      if (value !== 'Có' && value !== 'Không') return 'invalid';
      return value === target.value ? 'met' : 'missed';
    }
    const score = ratingScore(indicator, value);
    const wanted = ratingScore(indicator, target.value);
    if (score === null || wanted === null) return 'invalid';
    return singleOp(target.op, compare(score, wanted, 0));
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid';
  if (indicator.accumulates && period !== 'nam') return progress(indicator, value, PERIOD_SHARE[period]);
  if (target.op === 'between') {
    const belowMin = compare(value, target.min, decimals) < 0;
    const aboveMax = compare(value, target.max, decimals) > 0;
    if (!belowMin && !aboveMax) return 'met';
    return aboveMax === (target.better === 'higher') ? 'exceeded' : 'missed';
  }
  if (typeof target.value !== 'number') return 'invalid';
  return singleOp(target.op, compare(value, target.value, decimals));
}

/**
 * Percent of the full-year target ("% so với chỉ tiêu"), 2 decimals: v ÷ T × 100 where higher is better;
 * the achieved over the planned reduction from the baseline where lower is better. Null where
 * such a ratio means nothing (ratings, yes/no, no baseline, a zero divisor).
 */
export function percentOfTarget(indicator: JudgedIndicator, value: number | string | null): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (indicator.type === 'yesno' || indicator.type === 'rating') return null;
  const { target, baseline } = indicator;
  const lower = isLowerBetter(indicator);
  const t = target.op === 'between' ? (lower ? target.max : target.min) : target.value;
  if (typeof t !== 'number') return null;
  if (!lower) return t === 0 ? null : roundHalfAway((value / t) * 100, 2);
  if (typeof baseline !== 'number' || baseline === t) return null;
  return roundHalfAway(((baseline - value) / (baseline - t)) * 100, 2);
}

/** Whether a smaller figure is the better one: `<=`, `<`, and `between` with `better: lower`. */
export function isLowerBetter(indicator: Pick<Indicator, 'target'>): boolean {
  const { target } = indicator;
  return target.op === 'between' ? target.better === 'lower' : target.op === '<=' || target.op === '<';
}

function compare(value: number, target: number, decimals: number): number {
  return Math.sign(roundHalfAway(value, decimals) - roundHalfAway(target, decimals));
}

function singleOp(op: '>=' | '>' | '<=' | '<' | '=', c: number): Status {
  switch (op) {
    case '>=':
      return c > 0 ? 'exceeded' : c === 0 ? 'met' : 'missed';
    case '<=':
      return c < 0 ? 'exceeded' : c === 0 ? 'met' : 'missed';
    case '>':
      return c > 0 ? 'met' : 'missed';
    case '<':
      return c < 0 ? 'met' : 'missed';
    case '=':
      return c === 0 ? 'met' : 'missed';
  }
}

function progress(indicator: JudgedIndicator, value: number, share: number): Status {
  const { target, decimals } = indicator;
  const lower = isLowerBetter(indicator);
  const full = target.op === 'between' ? (lower ? target.max : target.min) : target.value;
  if (typeof full !== 'number') return 'invalid';
  const c = compare(value, full * share, decimals);
  return (lower ? c <= 0 : c >= 0) ? 'on-track' : 'behind';
}

/** Higher for better levels: the scale lists the best first. */
function ratingScore(indicator: JudgedIndicator, level: number | string): number | null {
  if (typeof level !== 'string') return null;
  const scale = indicator.scale ?? [];
  const index = scale.findIndex((l) => foldLevel(l) === foldLevel(level));
  return index < 0 ? null : scale.length - index;
}
