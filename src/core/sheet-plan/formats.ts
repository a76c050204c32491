import type { Indicator } from '../template/types';

const zeros = (decimals: number) => (decimals > 0 ? `.${'0'.repeat(decimals)}` : '');

/**
 * The number format of an indicator's figures. Percent figures are stored as fractions (96,1%
 * is 0.961), so a clerk typing `96,1` into the cell gets 96,1% in Excel and LibreOffice alike.
 */
export function figureFormat(indicator: Indicator): string {
  if (indicator.type === 'percent') return `0${zeros(indicator.decimals)}%`;
  if (indicator.type === 'integer') return '#,##0';
  return `#,##0${zeros(indicator.decimals)}`;
}

const OP_PREFIX: Record<string, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '=': '' };

/** A numeric target shows its comparison (`≥ 9,00%`) while the cell keeps a plain number. */
export function targetFormat(indicator: Indicator): string {
  const prefix = indicator.target.op === 'between' ? '' : OP_PREFIX[indicator.target.op];
  return prefix ? `"${prefix}"${figureFormat(indicator)}` : figureFormat(indicator);
}

export const PERCENT_OF_TARGET_FORMAT = '0.00';
export const TEXT_FORMAT = '@';
