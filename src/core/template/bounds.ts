import type { IndicatorType } from './indicator-types';

export interface Bounds {
  min?: number;
  max?: number;
}

/**
 * The hard plausibility bounds of an indicator's figure: a value outside them is an error, not a
 * miss. A percent lies within 0–100 unless the template widens or narrows that range (a growth
 * rate may be negative); other numbers are bounded only where the template says so.
 */
export function effectiveBounds(indicator: { type: IndicatorType; min?: number; max?: number }): Bounds {
  switch (indicator.type) {
    case 'percent':
      return { min: indicator.min ?? 0, max: indicator.max ?? 100 };
    case 'number':
    case 'integer':
      return definedOnly(indicator.min, indicator.max);
    default:
      return {};
  }
}

function definedOnly(min: number | undefined, max: number | undefined): Bounds {
  const bounds: Bounds = {};
  if (min !== undefined) bounds.min = min;
  if (max !== undefined) bounds.max = max;
  return bounds;
}
