import { roundHalfAway } from '../numbers/round';
import type { Indicator } from '../template/types';
import { num } from '../sheet-plan/formula-text';
import { roundedFigure } from './comparison';
import { isLowerBetter, targetNumber } from './target';

type Measured = Pick<Indicator, 'type' | 'target' | 'baseline' | 'decimals'>;

/**
 * Percent of the year's target ("% so với chỉ tiêu", "% so với KH năm"), 2 decimals, from the
 * same rounded figure and target as the verdict (95,995% rounds to 96,00%: "Đạt" and 100%):
 * v ÷ T × 100 where higher is better; the achieved over the planned reduction from the baseline
 * where lower is better. Null where such a ratio means nothing (ratings, yes/no, no baseline,
 * a zero divisor).
 */
export function percentOfTarget(indicator: Measured, value: number | string | null): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const t = percentBase(indicator);
  if (t === null) return null;
  const v = roundHalfAway(value, indicator.decimals);
  const { baseline } = indicator;
  if (!isLowerBetter(indicator)) return roundHalfAway((v / t) * 100, 2);
  return roundHalfAway((((baseline as number) - v) / ((baseline as number) - t)) * 100, 2);
}

/** The twin of percentOfTarget, in the same order of operations so both round alike; null where it means nothing. */
export function percentExpression(indicator: Measured, cell: string): string | null {
  const t = percentBase(indicator);
  if (t === null) return null;
  const v = roundedFigure(indicator, cell);
  if (!isLowerBetter(indicator)) return `ROUND(${v}/${num(t)}*100,2)`;
  const b = num(indicator.baseline as number);
  return `ROUND((${b}-${v})/(${b}-${num(t)})*100,2)`;
}

/** The rounded target a percentage is taken of, or null where a percentage means nothing. */
function percentBase(indicator: Measured): number | null {
  if (indicator.type === 'yesno' || indicator.type === 'rating') return null;
  const raw = targetNumber(indicator);
  if (raw === null) return null;
  const t = roundHalfAway(raw, indicator.decimals);
  if (!isLowerBetter(indicator)) return t === 0 ? null : t;
  const { baseline } = indicator;
  return typeof baseline === 'number' && baseline !== t ? t : null;
}
