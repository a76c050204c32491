import { roundHalfAway } from '../numbers/round';
import type { Indicator } from '../template/types';
import { ifThen, num, quote } from '../sheet-plan/formula-text';
import { compareRounded, isLowerBetter, targetNumber } from './target';

type Pro = Pick<Indicator, 'target' | 'decimals'>;

/**
 * A cumulative figure at 6 or 9 months against the year's target pro-rated to the period (½, ¾):
 * on track at or beyond it, behind otherwise (design.md, "Through the year", step 2).
 */
export function judgeProgress(
  indicator: Pro,
  value: number,
  share: number,
): 'on-track' | 'behind' | 'invalid' {
  const full = targetNumber(indicator);
  if (full === null) return 'invalid';
  const c = compareRounded(value, full * share, indicator.decimals);
  return (isLowerBetter(indicator) ? c <= 0 : c >= 0) ? 'on-track' : 'behind';
}

/** The twin of judgeProgress; `x` is the rounded figure. */
export function progressFormula(
  indicator: Pro,
  x: string,
  share: number,
  words: Record<'on-track' | 'behind', string>,
): string {
  const due = num(roundHalfAway((targetNumber(indicator) ?? 0) * share, indicator.decimals));
  const onTrack = isLowerBetter(indicator) ? `${x}<=${due}` : `${x}>=${due}`;
  return ifThen(onTrack, quote(words['on-track']), quote(words.behind));
}
