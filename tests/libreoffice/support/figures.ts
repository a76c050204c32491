import { effectiveBounds } from '../../../src/core/template/bounds';
import { assessOf } from '../../../src/core/template/defaults';
import { targetNumber } from '../../../src/core/verdict';
import { PERIOD_SHARE, type Indicator, type Period } from '../../../src/core/template/types';

/**
 * The figures tried in one indicator's input cell, as the cell stores them: around every
 * threshold that decides its verdict (the target, a range's ends, the pro-rated target at 6 and
 * 9 months) by one unit of the last decimal, by far less (8,999999 against 9) and by half a unit;
 * the hard bounds and just past them; empty; and the same figure typed as text.
 */
export function figuresToTry(indicator: Indicator, period: Period): (number | string | null)[] {
  if (indicator.type === 'yesno') return ['Có', 'Không', 'x', 'chua dat', null];
  if (indicator.type === 'rating') {
    const scale = indicator.scale ?? [];
    const target = String(indicator.target.op === 'between' ? scale[0] : indicator.target.value);
    // Excel and LibreOffice compare text without regard to case, as the core does.
    return [...scale, target.toLocaleLowerCase('vi'), null];
  }

  const unit = 10 ** -indicator.decimals;
  const { target } = indicator;
  const thresholds = target.op === 'between' ? [target.min, target.max] : [target.value as number];
  if (assessOf(indicator) === 'cumulative' && period !== 'nam')
    thresholds.push((targetNumber(indicator) ?? 0) * PERIOD_SHARE[period]);

  const numbers = thresholds.flatMap((t) => [
    t,
    t + unit,
    t - unit,
    t - unit / 10_000,
    t + unit / 10_000,
    t + unit / 2,
    t - unit / 2,
    t * 1.5,
    t / 2,
  ]);
  const { min, max } = effectiveBounds(indicator);
  if (min !== undefined) numbers.push(min, min - unit);
  if (max !== undefined) numbers.push(max, max + unit);
  numbers.push(0);
  if (indicator.type === 'integer') numbers.push(thresholds[0] + 0.5);

  const percent = indicator.type === 'percent';
  const inCell = (n: number) => Number((percent ? n / 100 : n).toPrecision(15));
  const typed = (n: number) =>
    `${n.toLocaleString('vi-VN', { maximumFractionDigits: indicator.decimals })}${percent ? '%' : ''}`;
  const integers = indicator.type === 'integer' ? [`0${thresholds[0]}`] : [];
  return [...unique(numbers.map(clean)).map(inCell), typed(thresholds[0]), ...integers, null];
}

function clean(n: number): number {
  return Number(n.toPrecision(12));
}

function unique(numbers: number[]): number[] {
  return [...new Set(numbers)];
}

/**
 * The estimate for the year tried beside the k-th figure at 6 and 9 months: none in every other
 * workbook (the figure alone decides), else the year's figures to try in turn, text included.
 */
export function estimateToTry(indicator: Indicator, period: Period, k: number): number | string | null {
  if (period === 'nam' || k % 2 === 0) return null;
  const list = figuresToTry(indicator, 'nam');
  return list[Math.floor(k / 2) % list.length];
}
