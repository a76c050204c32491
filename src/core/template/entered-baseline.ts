import type { Indicator } from './types';

const NUMERIC = new Set(['number', 'integer', 'percent']);

/**
 * Whether the clerk enters last year's figure (`Thực hiện <năm trước>`) in the standard sheet: a
 * numeric indicator whose template gives no baseline. Its cell is then an input like the figure's,
 * read into the snapshot, and `#{id.baseline}` in a rule reads it (docs/design.md, "Cross-indicator rules").
 */
export function baselineEntered(indicator: Pick<Indicator, 'type' | 'baseline'>): boolean {
  return NUMERIC.has(indicator.type) && indicator.baseline === undefined;
}
