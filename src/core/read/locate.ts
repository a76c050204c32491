import type { SheetLayout } from '../sheet-plan/types';
import { cellText, parseCell, rawText, type GridSheet } from './grid';
import type { HeaderWords, TableColumn } from './shape';

export interface LocatedTable {
  sheetName: string;
  headerRow: number;
  columns: Partial<Record<TableColumn, number>> & Record<'code' | 'value', number>;
  /** Indicator id → its rows, top to bottom; more than one is a repeated row the check reports. */
  rows: Map<string, number[]>;
}

// Headers are matched as a person reads them: case, spacing and line breaks do not matter.
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

type Words = Partial<HeaderWords> & Pick<HeaderWords, 'code' | 'value'>;

/**
 * A test of rows for a header: the columns a row names when it holds at least the code (`Mã`)
 * and value (`Thực hiện <year>`) headers; undefined for any other row.
 */
export function headerColumns(
  words: Words,
): (sheet: GridSheet, row: number) => LocatedTable['columns'] | undefined {
  const wanted = Object.entries(words).map(
    ([key, list]) => [key as TableColumn, new Set(list.map(normalise))] as const,
  );
  return (sheet, row) => {
    const columns: Partial<Record<TableColumn, number>> = {};
    for (const [column, cell] of sheet.cellsOf(row)) {
      const text = normalise(rawText(cell.raw));
      if (!text) continue;
      for (const [key, set] of wanted) if (columns[key] === undefined && set.has(text)) columns[key] = column;
    }
    const { code, value } = columns;
    return code === undefined || value === undefined ? undefined : { ...columns, code, value };
  };
}

/**
 * Finds the indicator table by its header row (a `Mã` cell and a `Thực hiện <year>` cell) with
 * some of the template's ids below it, wherever it now stands: never by sheet name or position,
 * and whatever the order of its rows.
 */
export function locateTable(sheet: GridSheet, words: Words, ids: ReadonlySet<string>): LocatedTable | null {
  const header = headerColumns(words);
  const rowNumbers = [...sheet.rows()];
  for (let i = 0; i < rowNumbers.length; i++) {
    const columns = header(sheet, rowNumbers[i]);
    if (!columns) continue;
    const rows = new Map<string, number[]>();
    for (const below of rowNumbers.slice(i + 1)) {
      const id = cellText(sheet, below, columns.code);
      if (ids.has(id)) rows.set(id, [...(rows.get(id) ?? []), below]);
    }
    if (rows.size > 0) return { sheetName: sheet.name, headerRow: rowNumbers[i], columns, rows };
  }
  return null;
}

/** The period cell keeps its planned place relative to the header row, wherever the block now starts. */
export function periodCellOf(
  headerRow: number,
  layout: SheetLayout,
): { row: number; column: number } | undefined {
  const planned = parseCell(layout.periodCell);
  if (!planned) return undefined;
  const row = headerRow + (planned.row - layout.headerRow);
  return row >= 1 ? { row, column: planned.column } : undefined;
}
