/**
 * Rounds half away from zero, as Excel's ROUND does, so the add-in and the sheet's formulas agree.
 * Scaling goes through 15 significant digits first: 1.005 × 100 is 100.49999999999999 in binary,
 * yet a clerk who typed 1,005 means the half.
 */
export function roundHalfAway(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  // Adding 0 turns a negative zero into zero, so -0,001 rounded never shows as "-0".
  return (Math.sign(x) * Math.round(scaled)) / factor + 0;
}

/** Removes binary noise from a product such as 0.961 × 100 (96.10000000000001). */
export function clean(x: number): number {
  return Number(x.toPrecision(15));
}
