import type { Lang } from '../core/i18n/localized';
import type { FakeCell } from './fake-excel';

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
  // Quoted literals are kept around the number part, as Excel does.
  const literals: string[] = [];
  const body = format.replace(/"([^"]*)"/g, (_m, text: string) => {
    literals.push(text);
    return '\u0000';
  });
  const percent = body.includes('%');
  const decimals = /0\.(0+)/.exec(body)?.[1].length ?? 0;
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: body.includes('#,##'),
  }).format(percent ? value * 100 : value);
  const shown = body.replace(/[#0,.]+%?/, number + (percent ? '%' : ''));
  return shown.replace(/\u0000/g, () => literals.shift() ?? '');
}
