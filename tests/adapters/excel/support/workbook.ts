import { createExcelAdapter } from '../../../../src/adapters/excel';
import { buildSheetPlan } from '../../../../src/core/sheet-plan';
import { ESTIMATE_HEADERS } from '../../../../src/core/sheet-plan/columns';
import { baselineEntered } from '../../../../src/core/template/entered-baseline';
import { PERIODS, type Template } from '../../../../src/core/template/types';
import { FakeWorkbook, fakeRun, type FakeSheet } from '../../../../src/testing/fake-excel';

/**
 * A workbook as Excel opens a new one (one empty sheet), and the adapter bound to it; the
 * Excel has the given ExcelApi level (the newest the fake models unless given).
 */
export function newWorkbook(apiLevel?: string) {
  const workbook = new FakeWorkbook({ apiLevel });
  workbook.addSheet('Sheet1');
  const adapter = createExcelAdapter({ run: fakeRun(workbook), isSetSupported: workbook.isSetSupported });
  return { workbook, adapter };
}

/** The syncs one action takes. */
export async function syncsOf(workbook: FakeWorkbook, action: () => Promise<unknown>): Promise<number> {
  const before = workbook.syncCount;
  await action();
  return workbook.syncCount - before;
}

/** What a clerk entered in a cell: its value or formula, as the workbook holds it. */
export type Entered = string | number | boolean | { formula: string } | null;

function entered(sheet: FakeSheet, row: number, column: number): Entered {
  const cell = sheet.cell(row, column);
  if (!cell) return null;
  if (cell.formula !== undefined) return { formula: cell.formula };
  return cell.value === '' ? null : cell.value;
}

const letters = (column: number) => String.fromCharCode(64 + column);

/**
 * Reads a standard sheet straight from the fake's state, without the adapter: the header row by
 * its texts, then each indicator's input, explanation and (where the clerk enters it) last year's
 * cells, and the period cell.
 */
export function table(workbook: FakeWorkbook, sheetName: string, template: Template) {
  const sheet = workbook.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const { headers, periodCell, headerRow: plannedHeader } = buildSheetPlan(template).layout;
  // A sheet laid out for 6 or 9 months heads its figure column `Thực hiện 6 tháng`.
  const valueHeaders = PERIODS.map((period) => buildSheetPlan(template, { period }).layout.headers.value);
  const columnOf: Record<string, number> = {};
  let headerRow = 0;
  for (const { row, column, cell } of sheet.entries()) {
    if (cell.value === headers.code) headerRow = row;
    for (const key of ['code', 'explanation', 'baseline'] as const)
      if (cell.value === headers[key]) columnOf[key] = column;
    // The estimate's header follows the period cell: `Ước cả năm`, at the year's end with a note.
    if (ESTIMATE_HEADERS.includes(String(cell.value))) columnOf.estimate = column;
    if (valueHeaders.includes(String(cell.value))) columnOf.value = column;
  }
  const rows = new Map<string, number>();
  for (const { row, column, cell } of sheet.entries()) {
    if (column === columnOf.code && row > headerRow && typeof cell.value === 'string' && cell.value)
      rows.set(cell.value, row);
  }
  const periodRow = headerRow + Number(periodCell.replace(/[A-Z]+/, '')) - plannedHeader;
  const periodColumn = periodCell.charCodeAt(0) - 64;
  return {
    sheet,
    rows,
    input: (id: string) => `${letters(columnOf.value)}${rows.get(id)}`,
    explanationCell: (id: string) => `${letters(columnOf.explanation)}${rows.get(id)}`,
    estimateCell: (id: string) => `${letters(columnOf.estimate)}${rows.get(id)}`,
    /** `Thực hiện <năm trước>`: the clerk's where the template gives no baseline. */
    baselineCell: (id: string) => `${letters(columnOf.baseline)}${rows.get(id)}`,
    periodAddress: `${letters(periodColumn)}${periodRow}`,
    /** Everything the clerk entered: figure and explanation by indicator id, and the period. */
    entries(): Record<string, Entered> {
      const all: Record<string, Entered> = { period: entered(sheet, periodRow, periodColumn) };
      for (const [id, row] of rows) {
        all[`${id}/value`] = entered(sheet, row, columnOf.value);
        all[`${id}/estimate`] = entered(sheet, row, columnOf.estimate);
        all[`${id}/explanation`] = entered(sheet, row, columnOf.explanation);
        const indicator = template.indicators.find((each) => each.id === id);
        if (indicator && baselineEntered(indicator))
          all[`${id}/baseline`] = entered(sheet, row, columnOf.baseline);
      }
      return all;
    },
  };
}
