import { roundHalfAway } from '../numbers/round';
import { slipReference } from '../verdict/target';
import { fold, isMoney, magnitudeOf } from '../numbers/units';
import type { Indicator, Period } from '../template/types';
import { PERIOD_SHARE } from '../template/types';

type Plausible = Pick<Indicator, 'unit' | 'target' | 'baseline' | 'decimals' | 'accumulates'>;

/** Figures this many times last year's (or a third of it) are more likely slips than results. */
const FAR = 3;

/**
 * The figure the clerk probably meant when a money figure was entered in a smaller unit:
 * 57.000.000 (đồng) for `triệu đồng/người` is 57; 217.670 (triệu) for `tỷ đồng` is 217,67.
 * A candidate must land within a tenth to ten times the baseline or target; without either,
 * any figure of at least one whole unit in đồng is taken for a slip.
 */
export function unitSlip(indicator: Plausible, value: number): number | null {
  if (!isMoney(indicator.unit)) return null;
  const magnitude = magnitudeOf(fold(indicator.unit));
  if (magnitude === 1) return null;
  const reference = Math.abs(slipReference(indicator) ?? 0);
  for (let factor = magnitude; factor >= 1e3; factor /= 1e3) {
    const candidate = Math.abs(value / factor);
    const plausible =
      reference > 0
        ? candidate >= reference / 10 && candidate <= reference * 10
        : factor === magnitude && candidate >= 1;
    if (plausible) return roundHalfAway(value / factor, indicator.decimals);
  }
  return null;
}

/**
 * Last year's figure, pro-rated for a cumulative indicator at 6 or 9 months, when the value is
 * more than 3 times it or less than a third of it; null when the value is in that range or
 * there is no positive baseline to compare with.
 */
export function farFromBaseline(indicator: Plausible, value: number, period: Period): number | null {
  const { baseline } = indicator;
  if (typeof baseline !== 'number' || baseline <= 0) return null;
  const reference = indicator.accumulates ? baseline * PERIOD_SHARE[period] : baseline;
  return value > reference * FAR || value < reference / FAR
    ? roundHalfAway(reference, indicator.decimals)
    : null;
}
