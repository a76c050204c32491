import type ExcelJS from 'exceljs';
import type { ColumnKey } from '../../core/sheet-plan/types';
import { cellText } from './cell-value';

/** Column keys the reader needs, and the header words (any language) that name each. */
export type HeaderWords = Record<'code' | 'value' | 'target' | 'explanation' | 'estimate', string[]>;

export interface LocatedTable {
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** Indicator id → its rows, top to bottom; more than one is a duplicate the core reports. */
  rows: Map<string, number[]>;
}

// Headers are matched as a person reads them: case, spacing and line breaks do not matter.
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Finds the indicator table by its header row (a `Mã` cell and a `Thực hiện <year>` cell) and
 * the template's ids below it, wherever the rows now stand: never by sheet name or position.
 */
export function locateTable(
  sheet: ExcelJS.Worksheet,
  words: HeaderWords,
  ids: ReadonlySet<string>,
): LocatedTable | null {
  const wanted = Object.fromEntries(
    Object.entries(words).map(([key, list]) => [key, new Set(list.map(normalise))]),
  ) as Record<keyof HeaderWords, Set<string>>;
  // Only rows that exist: a stray cell far down must not make us walk a million empty rows.
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));

  for (let i = 0; i < rows.length; i++) {
    const columns = headerColumns(rows[i], wanted);
    if (columns.code === undefined || columns.value === undefined) continue;
    const table = collectRows(rows.slice(i + 1), columns.code, ids);
    if (table.rows.size > 0) return { headerRow: rows[i].number, columns, ...table };
  }
  return null;
}

function headerColumns(row: ExcelJS.Row, wanted: Record<keyof HeaderWords, Set<string>>) {
  const columns: Partial<Record<ColumnKey, number>> = {};
  row.eachCell((cell, column) => {
    const text = normalise(cellText(cell));
    if (!text) return;
    for (const key of Object.keys(wanted) as (keyof HeaderWords)[]) {
      if (columns[key] === undefined && wanted[key].has(text)) columns[key] = column;
    }
  });
  return columns;
}

function collectRows(below: ExcelJS.Row[], codeColumn: number, ids: ReadonlySet<string>) {
  const rows = new Map<string, number[]>();
  for (const row of below) {
    const id = cellText(row.getCell(codeColumn));
    if (!ids.has(id)) continue;
    rows.set(id, [...(rows.get(id) ?? []), row.number]);
  }
  return { rows };
}
