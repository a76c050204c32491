/** A1-style address arithmetic for the xlsx adapter. */
import { columnLetters } from '../../core/read';

export { columnLetters };

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseAddress(address: string): { column: number; row: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`Not an A1 address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

/** Every cell address of `A1` or `A1:C3`, row by row. */
export function* cellsOf(range: string): Generator<string> {
  const [from, to = from] = range.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let column = Math.min(a.column, b.column); column <= Math.max(a.column, b.column); column++) {
      yield `${columnLetters(column)}${row}`;
    }
  }
}
