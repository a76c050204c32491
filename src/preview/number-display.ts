import type { Lang } from '../core/i18n/localized';
import { formatNumber } from '../core/numbers/format';
import type { FakeCell } from '../testing/fake-excel';

/**
 * What a cell shows, from its value and number format, for the formats the standard sheet uses
 * (`0.00%`, `#,##0.00`, `"≥ "#,##0`, `@`, General), in the display language's number style, as
 * Excel shows them with the computer's regional settings.
 */
export function displayText(cell: FakeCell | undefined, lang: Lang): string {
  if (!cell) return '';
  const { value } = cell;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return numberAsFormatted(value, cell.numberFormat, lang);
}

/** Excel's General format shows about 11 significant digits, ungrouped. */
const GENERAL_DIGITS = 11;

function numberAsFormatted(value: number, format: string, lang: Lang): string {
  if (format === 'General' || format === '@' || format === '') {
    const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
    const decimals = Math.min(15, Math.max(0, GENERAL_DIGITS - 1 - magnitude));
    return formatNumber(value, lang, decimals, false);
  }
  // The number part; quoted literals around it (`"≥ "`) are shown as they are, as Excel does.
  const code = /[#0][#0,.]*%?/.exec(format);
  if (!code) return String(value);
  const literal = (part: string) => part.replace(/"([^"]*)"/g, '$1');
  const percent = code[0].endsWith('%');
  const decimals = /\.(0+)/.exec(code[0])?.[1].length ?? 0;
  const number = formatNumber(percent ? value * 100 : value, lang, decimals, code[0].includes(','), decimals);
  const before = literal(format.slice(0, code.index));
  const after = literal(format.slice(code.index + code[0].length));
  return `${before}${number}${percent ? '%' : ''}${after}`;
}
