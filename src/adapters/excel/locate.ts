import type { RawValue } from '../../core/check/types';
import { buildSheetPlan, periodFromLabel } from '../../core/sheet-plan';
import { CODE_HEADER, valueHeader } from '../../core/sheet-plan/columns';
import type { SheetLayout } from '../../core/sheet-plan/types';
import { PERIODS, type Period, type Template } from '../../core/template/types';
import { parseRange } from './a1';
import { cellText, type SheetGrid } from './sheet-grid';

/** The columns the adapter needs, and the header words (any language) that name each. */
export type TableColumn = 'code' | 'value' | 'target' | 'explanation' | 'estimate';
export type HeaderWords = Partial<Record<TableColumn, string[]>> & Record<'code' | 'value', string[]>;

export interface LocatedTable {
  sheet: SheetGrid;
  headerRow: number;
  columns: Partial<Record<TableColumn, number>> & Record<'code' | 'value', number>;
  /** Indicator id → row of its first occurrence. */
  rows: Map<string, number>;
  /** Later rows repeating an id. */
  duplicates: { id: string; row: number }[];
}

// Headers are matched as a person reads them: case, spacing and line breaks do not matter.
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The header words of a template's sheet in both languages, and its layouts. */
export function templateWords(template: Template): { words: HeaderWords; layouts: SheetLayout[] } {
  const layouts = (['vi', 'en'] as const).map((lang) => buildSheetPlan(template, { lang }).layout);
  const words = (key: TableColumn) => [...new Set(layouts.map((layout) => layout.headers[key]))];
  return {
    words: {
      code: words('code'),
      // A sheet made for 6 or 9 months heads its figure column `Thực hiện 6 tháng`.
      value: PERIODS.map((period) => valueHeader(template.year, period)),
      target: words('target'),
      explanation: words('explanation'),
      estimate: words('estimate'),
    },
    layouts,
  };
}

/** Enough to find the input cells of a year's table without the whole template. */
export function minimalWords(year: number): HeaderWords {
  return { code: [CODE_HEADER], value: PERIODS.map((period) => valueHeader(year, period)) };
}

/**
 * Finds the indicator table by its header row (a `Mã` cell and a `Thực hiện <year>` cell) with
 * some of the given ids below it, wherever it now stands: never by sheet name or position.
 */
export function locateTable(
  sheet: SheetGrid,
  words: HeaderWords,
  ids: ReadonlySet<string>,
): LocatedTable | null {
  const wanted = Object.entries(words).map(
    ([key, list]) => [key as TableColumn, new Set(list.map(normalise))] as const,
  );
  for (let i = 0; i < sheet.values.length; i++) {
    const row = sheet.top + i;
    const columns: Partial<Record<TableColumn, number>> = {};
    sheet.values[i].forEach((_, j) => {
      const column = sheet.left + j;
      const text = normalise(cellText(sheet, row, column));
      if (!text) return;
      for (const [key, set] of wanted) if (columns[key] === undefined && set.has(text)) columns[key] = column;
    });
    const { code, value } = columns;
    if (code === undefined || value === undefined) continue;
    const rows = new Map<string, number>();
    const duplicates: LocatedTable['duplicates'] = [];
    for (let below = row + 1; below < sheet.top + sheet.values.length; below++) {
      const id = cellText(sheet, below, code);
      if (!ids.has(id)) continue;
      if (rows.has(id)) duplicates.push({ id, row: below });
      else rows.set(id, below);
    }
    if (rows.size > 0)
      return { sheet, headerRow: row, columns: { ...columns, code, value }, rows, duplicates };
  }
  return null;
}

/** Where the period cell stands: its planned place relative to the header row. */
export function periodCellOf(
  table: LocatedTable,
  layout: SheetLayout,
): { row: number; column: number } | undefined {
  const planned = parseRange(layout.periodCell);
  if (!planned) return undefined;
  const row = table.headerRow + (planned.top - layout.headerRow);
  return row >= 1 ? { row, column: planned.left } : undefined;
}

/** The period the sheet's formulas see in the period cell's content (see `periodFromLabel`). */
export function periodOf(value: RawValue, layouts: SheetLayout[]): Period | undefined {
  return layouts.map((layout) => periodFromLabel(value, layout.periodLabels)).find(Boolean);
}
