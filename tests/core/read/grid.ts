import type { RawValue } from '../../../src/core/check/types';
import { parseCell, type GridCell, type GridSheet } from '../../../src/core/read';

/** A neutral grid from `{ A1: value }` (a bare value, or a cell with its format and formula). */
export function gridOf(name: string, cells: Record<string, RawValue | GridCell>): GridSheet {
  const byRow = new Map<number, Map<number, GridCell>>();
  for (const [address, content] of Object.entries(cells)) {
    const { row, column } = parseCell(address)!;
    const cell: GridCell =
      content !== null && typeof content === 'object' && 'raw' in content ? content : { raw: content };
    byRow.set(row, (byRow.get(row) ?? new Map<number, GridCell>()).set(column, cell));
  }
  return {
    name,
    rows: () => [...byRow.keys()].sort((a, b) => a - b),
    cellsOf: (row) => [...(byRow.get(row) ?? new Map<number, GridCell>())].sort(([a], [b]) => a - b),
    cell: (row, column) => byRow.get(row)?.get(column),
  };
}
