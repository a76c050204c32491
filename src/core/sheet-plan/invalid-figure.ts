import { clean } from '../numbers/round';
import { LARGEST } from '../numbers/number-text';
import { fold, isMoney, magnitudeOf } from '../numbers/units';
import { effectiveBounds } from '../template/bounds';
import type { Indicator } from '../template/types';
import { slipReference } from '../verdict';
import { inUnits } from '../verdict/comparison';
import { num } from './formula-text';

/** Conditions under which a number in a figure or estimate cell is not a valid figure at all. */
export function invalidConditions(indicator: Indicator, value: string): string[] {
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
