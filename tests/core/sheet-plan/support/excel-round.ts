import { registerRound } from '../../../../src/preview/calc/excel-round';

/**
 * ROUND as Excel and LibreOffice compute it: half away from zero on the number's 15-significant-
 * digit decimal form, so ROUND(0.95995*100, 2) is 96 although the binary product is
 * 95.99499999999999. HyperFormula rounds the binary value instead (95.99), which no clerk's
 * spreadsheet does. Written independently of the core's rounding, digit by digit.
 */
export function excelRound(x: number, places: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split('e');
  const digits = mantissa.replace('.', '');
  const kept = Number(exponent) + 1 + places;
  if (kept >= digits.length) return Number(`${Math.sign(x) * Number(mantissa)}e${exponent}`);
  if (kept < 0) return 0;
  const rounded = BigInt(digits.slice(0, kept) || '0') + (digits[kept] >= '5' ? 1n : 0n);
  return Math.sign(x) * Number(`${rounded}e${Number(exponent) + 1 - kept}`) + 0;
}

/** Replaces HyperFormula's ROUND with `excelRound` for the instances built afterwards. */
export function useExcelRound(): void {
  registerRound(excelRound);
}
