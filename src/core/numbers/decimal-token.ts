/** One way of reading a run of digits, dots and commas. */
export interface TokenReading {
  value: number;
  /** `vi`: dot for thousands, comma for decimals; `en`: the reverse. */
  style: 'vi' | 'en';
}

const THOUSANDS_GROUPS = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const DIGITS = /^\d+$/;

function read(token: string, thousands: string, decimal: string): number | null {
  const parts = token.split(decimal);
  if (parts.length > 2) return null;
  const [whole, fraction] = parts;
  if (fraction !== undefined && !DIGITS.test(fraction)) return null;
  let digits: string;
  if (whole.includes(thousands)) {
    const groups = whole.split(thousands);
    if (!THOUSANDS_GROUPS.test(groups[0]) || !groups.slice(1).every((g) => GROUP.test(g))) return null;
    digits = groups.join('');
  } else {
    if (whole !== '' && !DIGITS.test(whole)) return null;
    if (whole === '' && fraction === undefined) return null;
    digits = whole || '0';
  }
  return Number(`${digits}.${fraction ?? '0'}`);
}

/**
 * All the readings of a token such as `1.234,5`, `217.67` or `1.234`: none when it is not a
 * number either way, one when only one convention fits, two when both do (`1.234`, `1,234`).
 */
export function readToken(token: string): TokenReading[] {
  if (!/^[\d.,]+$/.test(token) || !/\d/.test(token)) return [];
  const readings: TokenReading[] = [];
  const vi = read(token, '.', ',');
  if (vi !== null) readings.push({ value: vi, style: 'vi' });
  const en = read(token, ',', '.');
  if (en !== null && en !== vi) readings.push({ value: en, style: 'en' });
  return readings;
}
