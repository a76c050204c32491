import { cellText, headerColumns, periodCellOf, sheetShapeOf, type GridSheet } from '../../core/read';
import { SEAL_SHEET_NAME } from '../../core/seal';
import { STORE_SHEET_NAME } from '../../core/sheet-plan';
import type { Template } from '../../core/template/types';
import { cellAddress, parseRange, splitSheet } from './a1';
import type { NarrowContext, NarrowRange, NarrowWorksheet } from './excel-api';
import {
  byPreference,
  standardSheets,
  storeOf,
  templatesToFind,
  type WorkbookReading,
} from './read-snapshot';
import { gridSheetOf, queueBlock, queueGrid, settleBlock, settleGrid } from './sheet-grid';

/**
 * Where a standard sheet's header row is looked for first: the plan puts it on row 9 in columns
 * A–J (K at mid-year), and this leaves room for a few rows or columns a clerk inserts above or before.
 */
const HEADER_WINDOW = 'A1:L16';

interface Probe {
  sheet: NarrowWorksheet;
  used: NarrowRange;
  window: NarrowRange;
  protection: { protected: boolean };
}

interface Header {
  row: number;
  columns: number[];
  periodCell?: { row: number; column: number };
}

/**
 * Reads what a check needs and no more, in three syncs whatever the workbook holds: (1) the
 * sheets' names; (2) each sheet's used extent and the cells of its header window, and the
 * add-in's own sheets (template store, seals) whole; (3) below each header row found, only the
 * code, value, target and explanation columns, and the period cell. A data sheet beside the
 * table costs its header window only. When no window holds any table's header (rows inserted
 * far above it), a fourth sync reads the other sheets whole, as `readWorkbook` does.
 */
export async function readTables(
  context: NarrowContext,
  given: readonly Template[] = [],
): Promise<WorkbookReading> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();

  const own = new Set([STORE_SHEET_NAME, SEAL_SHEET_NAME]);
  const whole = worksheets.items.filter((sheet) => own.has(sheet.name)).map(queueGrid);
  const probes = worksheets.items.filter((sheet) => !own.has(sheet.name)).map(queueProbe);
  await context.sync();

  const activeName = active.name;
  const sheets = whole.map(settleGrid);
  const { stored, storeProblem } = storeOf(sheets);
  const templates = templatesToFind(stored, given);
  const found = byPreference(
    probes.map((probe) => ({
      probe,
      name: probe.sheet.name,
      position: probe.sheet.position,
      window: settleBlock(probe.window, { texts: true }),
    })),
    activeName,
  );
  const loads = found.map(({ probe, name, window }) => {
    const headers = headersIn(gridSheetOf(name, [window]), templates);
    const bottom = probe.used.isNullObject
      ? 0
      : (parseRange(splitSheet(probe.used.address).local)?.bottom ?? 0);
    return { name, window, blocks: headers.flatMap((header) => queueTable(probe.sheet, header, bottom)) };
  });
  if (loads.some((load) => load.blocks.length > 0)) await context.sync();

  const grids = loads.map(({ name, window, blocks }, i) => ({
    grid: gridSheetOf(name, [...blocks.map((range) => settleBlock(range, { nullable: false })), window]),
    state: { protected: found[i].probe.protection.protected, position: found[i].position },
  }));
  let standard = standardSheets(grids, templates);
  if (standard.length === 0 && templates.length > 0 && !storeProblem) {
    const rest = found.map(({ probe }) => queueGrid(probe.sheet));
    await context.sync();
    standard = standardSheets(
      rest.map(settleGrid).map((grid) => ({ grid: gridSheetOf(grid.name, [grid]), state: grid })),
      templates,
    );
  }
  return { sheets, activeName, stored, standard, storeProblem };
}

function queueProbe(sheet: NarrowWorksheet): Probe {
  sheet.load(['name', 'visibility', 'position']);
  const protection = sheet.protection;
  protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  // Only the used part of the window: an empty sheet or a narrow one costs what it holds.
  const window = queueBlock(sheet.getRange(HEADER_WINDOW).getUsedRangeOrNullObject(true), true);
  return { sheet, used, window, protection };
}

/**
 * The first header row of each template in the window with one of its ids below it there, and
 * the columns the reader needs. A look-alike header (a clerk's own sheet with `Mã` and
 * `Thực hiện <year>`) costs nothing more; a table whose first rows are outside the window is
 * left to the full read.
 */
function headersIn(window: GridSheet, templates: readonly Template[]): Header[] {
  const headers = new Map<number, Header>();
  for (const template of templates) {
    const shape = sheetShapeOf(template);
    const ids = new Set(template.indicators.map((indicator) => indicator.id));
    const header = headerColumns(shape.words);
    for (const row of window.rows()) {
      const columns = header(window, row);
      if (!columns || !hasIdBelow(window, row, columns.code, ids)) continue;
      if (!headers.has(row))
        headers.set(row, {
          row,
          columns: Object.values(columns),
          periodCell: periodCellOf(row, shape.layouts[0]),
        });
      break;
    }
  }
  return [...headers.values()];
}

function hasIdBelow(window: GridSheet, row: number, column: number, ids: ReadonlySet<string>): boolean {
  return [...window.rows()].some((below) => below > row && ids.has(cellText(window, below, column)));
}

/** Queues, below one header row, the columns the reader needs down to the sheet's last used row, and the period cell. */
function queueTable(sheet: NarrowWorksheet, header: Header, bottom: number): NarrowRange[] {
  const last = Math.max(bottom, header.row);
  const ranges = header.columns.map((column) =>
    queueBlock(sheet.getRange(`${cellAddress(header.row, column)}:${cellAddress(last, column)}`)),
  );
  const { periodCell } = header;
  if (periodCell) ranges.push(queueBlock(sheet.getRange(cellAddress(periodCell.row, periodCell.column))));
  return ranges;
}
