import type { Lang } from '../core/i18n/localized';
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
  return formatNumber(value, cell.numberFormat, lang);
}

function formatNumber(value: number, format: string, lang: Lang): string {
  const locale = lang === 'en' ? 'en-US' : 'vi-VN';
  if (format === 'General' || format === '@' || format === '') {
    return new Intl.NumberFormat(locale, { maximumSignificantDigits: 11, useGrouping: false }).format(value);
  }
  // The number part; quoted literals around it (`"≥ "`) are shown as they are, as Excel does.
  const code = /[#0][#0,.]*%?/.exec(format);
  if (!code) return String(value);
  const literal = (part: string) => part.replace(/"([^"]*)"/g, '$1');
  const percent = code[0].endsWith('%');
  const decimals = /\.(0+)/.exec(code[0])?.[1].length ?? 0;
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: code[0].includes(','),
  }).format(percent ? value * 100 : value);
  const before = literal(format.slice(0, code.index));
  const after = literal(format.slice(code.index + code[0].length));
  return `${before}${number}${percent ? '%' : ''}${after}`;
}
