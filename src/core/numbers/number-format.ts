/**
 * Whether an Excel number format shows its number as a percentage: a `%` outside quoted text
 * and not escaped with a backslash (`0.0%` yes, `0.0"%"` and `0.0\%` no). Such a cell holds a
 * fraction: `96,1%` is 0.961.
 */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const literalsRemoved = numberFormat
    .slice(0, 1000)
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return literalsRemoved.includes('%');
}

/**
 * Whether an Excel number format shows its number as a date or a time (`dd/mm/yyyy`, `h:mm`).
 * Office.js hands such a cell over as its serial number (31/12/2023 is 45291), which must not be
 * read as a figure. Letters inside quotes, escapes and `[...]` sections are not date codes.
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const codes = numberFormat
    .slice(0, 1000)
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(codes.replace(/General/gi, ''));
}
