/** Pieces of en-US formula text: string and number literals as Excel, LibreOffice and HyperFormula read them. */

/**
 * A string literal. A double quote inside is written as CHAR(34) rather than doubled: Excel and
 * LibreOffice read `""` inside a literal, HyperFormula does not, and all read CHAR(34).
 */
export function quote(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  return `(${text
    .split('"')
    .map((part) => `"${part}"`)
    .join('&CHAR(34)&')})`;
}

/**
 * A number literal in plain decimal notation (`0.0000001`, never `1e-7`): HyperFormula and some
 * spreadsheet parsers do not read an exponent. Exact: the digits are JavaScript's shortest
 * round-trip form, with the decimal point moved.
 */
export function num(n: number): string {
  const shortest = String(n === 0 ? 0 : n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, first, rest = '', exponent] = match;
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, '0')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
}

/** `IF(condition, then, else)` */
export function ifThen(condition: string, then: string, otherwise: string): string {
  return `IF(${condition},${then},${otherwise})`;
}

/** `OR(...)`, or the single condition itself. */
export function any(conditions: string[]): string {
  return conditions.length === 1 ? conditions[0] : `OR(${conditions.join(',')})`;
}
