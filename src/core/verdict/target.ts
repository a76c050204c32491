import { roundHalfAway } from '../numbers/round';
import type { Indicator } from '../template/types';

type Targeted = Pick<Indicator, 'target'>;

/** Whether a smaller figure is the better one: `<=`, `<`, and `between` with `better: lower`. */
export function isLowerBetter(indicator: Targeted): boolean {
  const { target } = indicator;
  return target.op === 'between' ? target.better === 'lower' : target.op === '<=' || target.op === '<';
}

/**
 * The one number a target stands for when a figure is measured against it (progress at 6 and 9
 * months, % of target, the example in an input prompt): a range's lower end to reach, or its
 * upper end to stay under. Null for a rating or yes/no target.
 */
export function targetNumber(indicator: Targeted): number | null {
  const { target } = indicator;
  if (target.op === 'between') return target.better === 'lower' ? target.max : target.min;
  return typeof target.value === 'number' ? target.value : null;
}

/**
 * The size a money figure should have, to tell a unit slip (57.000.000 đồng for `triệu đồng`)
 * from a result: the baseline, else the target; null without either.
 */
export function slipReference(indicator: Pick<Indicator, 'target' | 'baseline'>): number | null {
  const { baseline, target } = indicator;
  if (typeof baseline === 'number' && baseline !== 0) return baseline;
  if (target.op === 'between') return target.min || target.max;
  return typeof target.value === 'number' && target.value !== 0 ? target.value : null;
}

/** Sign of value − target after rounding both to the indicator's decimals, as the sheet's ROUND does. */
export function compareRounded(value: number, target: number, decimals: number): number {
  return Math.sign(roundHalfAway(value, decimals) - roundHalfAway(target, decimals));
}
