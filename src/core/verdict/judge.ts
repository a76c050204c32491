import { assessOf } from '../template/defaults';
import type { Indicator, Period } from '../template/types';
import { PERIOD_SHARE } from '../template/types';
import { judgeChoice } from './choice';
import { judgeComparison, type Outcome } from './comparison';
import { judgeProgress } from './progress';
import type { Status } from './status';

export type JudgedIndicator = Pick<
  Indicator,
  'type' | 'target' | 'decimals' | 'accumulates' | 'assess' | 'scale' | 'baseline'
>;

/** Figures as the core reads them: a number, the scale's own word, or null for an empty cell. */
export type Figure = number | string | null;

/**
 * The verdict of a figure that passed validation (docs/design.md, "Verdicts" and "Through the
 * year"). At the year's end, design.md's table; at 6 and 9 months, in this order: a valid
 * estimate for the year judged as a forecast; a cumulative figure against the pro-rated target;
 * a level already reached, else "not yet"; a year-end yes/no already done, else "not assessed";
 * nothing entered, "no data". A value of the wrong kind cannot be judged and is `invalid`.
 */
export function judge(
  indicator: JudgedIndicator,
  value: Figure,
  period: Period = 'nam',
  estimate: Figure = null,
): Status {
  if (period === 'nam') return value === null ? 'no-data' : judgeYear(indicator, value);
  if (estimate !== null) return FORECAST[judgeYear(indicator, estimate)];
  const assess = assessOf(indicator);
  if (assess === 'year-end') return isDone(indicator, value) ? 'met' : 'not-assessed';
  if (value === null) return 'no-data';
  if (assess === 'cumulative' && typeof value === 'number') {
    return judgeProgress(indicator, value, PERIOD_SHARE[period]);
  }
  const now = judgeYear(indicator, value);
  return now === 'missed' ? 'not-yet' : now;
}

/** A figure against the year's target: design.md's table. */
export function judgeYear(indicator: JudgedIndicator, value: number | string): Outcome | 'invalid' {
  if (indicator.type === 'yesno' || indicator.type === 'rating') {
    return typeof value === 'string' ? judgeChoice(indicator, value) : 'invalid';
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid';
  return judgeComparison(indicator, value);
}

const FORECAST: Record<Outcome | 'invalid', Status> = {
  exceeded: 'forecast-exceeded',
  met: 'forecast-met',
  missed: 'forecast-missed',
  invalid: 'invalid',
};

/** A year-end yes/no already answered as the target asks for `Có` (a congress held): done. */
function isDone(indicator: JudgedIndicator, value: Figure): boolean {
  return indicator.type === 'yesno' && value === 'Có' && judgeYear(indicator, value) === 'met';
}
