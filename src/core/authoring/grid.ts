import type { RawValue } from '../check/types';

/**
 * A sheet as the adapters hand it over: the cells that hold something, each with its value as
 * read (number, text, boolean, date, error) and its number format, which decides how a number is
 * read (a `%` cell holding 0.09 is 9%).
 */
export interface GridCell {
  address: string;
  value: RawValue;
  numberFormat?: string;
}

export interface Grid {
  cells: GridCell[];
}

export const address = (column: string, row: number): string => `${column}${row}`;

/** Looks cells up by address; an absent cell is empty. */
export class GridIndex {
  private readonly byAddress = new Map<string, GridCell>();
  readonly lastRow: number;

  constructor(grid: Grid) {
    let last = 0;
    for (const cell of grid.cells) {
      const match = /^([A-Z]+)(\d+)$/.exec(cell.address.toUpperCase());
      if (!match) continue;
      this.byAddress.set(match[0], cell);
      last = Math.max(last, Number(match[2]));
    }
    this.lastRow = last;
  }

  get(at: string): GridCell | undefined {
    return this.byAddress.get(at);
  }

  /** The cell's value as trimmed text ('' when empty, an error or not text-like). */
  text(at: string): string {
    const value = this.get(at)?.value;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    return '';
  }

  isEmpty(at: string): boolean {
    const value = this.get(at)?.value;
    return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  }
}
