import { createExcelAdapter, ExcelActionError, type CheckOutcome } from '../../../src/adapters/excel';
import { columnNumber, parseRange } from '../../../src/adapters/excel/a1';
import { FakeWorkbook, fakeRun, type FakeSheet } from '../../../src/testing/fake-excel';
import type { CellSpec, WorkbookCase, WorkbookEdit } from '../cases/types';
import { tamperedStore } from './store';
import { addressOf, DATE_FORMAT, plan, rowOf, serialOf, SHEET, template } from './standard';

function position(address: string): { row: number; column: number } {
  const range = parseRange(address)!;
  return { row: range.top, column: range.left };
}

/**
 * Puts a clerk's entry into a fake cell as Excel holds it: typed text stays text (a paste), a
 * date is its serial number with a date format, a formula keeps its last result.
 */
export function putCell(
  workbook: FakeWorkbook,
  sheet: FakeSheet,
  address: string,
  spec: CellSpec | null,
): void {
  const { row, column } = position(address);
  const cell = sheet.ensureCell(row, column);
  delete cell.formula;
  delete cell.isError;
  if (spec === null) cell.value = '';
  else if ('text' in spec) cell.value = spec.text;
  else if ('number' in spec) {
    cell.value = spec.number;
    if (spec.format !== undefined) cell.numberFormat = spec.format;
  } else if ('boolean' in spec) cell.value = spec.boolean;
  else if ('date' in spec) {
    cell.value = serialOf(spec.date);
    cell.numberFormat = DATE_FORMAT;
  } else if ('error' in spec) {
    cell.value = spec.error;
    cell.isError = true;
  } else {
    cell.formula = spec.formula;
    const { result } = spec;
    if (typeof result === 'object') {
      cell.value = result.error;
      cell.isError = true;
    } else cell.value = result;
  }
  workbook.changed();
}

/** Deletes a row as Excel does: the rows below move up. */
function deleteRow(sheet: FakeSheet, row: number): void {
  const below = [...sheet.entries()].filter((entry) => entry.row >= row);
  below.forEach((entry) => sheet.deleteCell(entry.row, entry.column));
  for (const entry of below)
    if (entry.row > row) Object.assign(sheet.ensureCell(entry.row - 1, entry.column), entry.cell);
}

function apply(workbook: FakeWorkbook, sheet: FakeSheet, edit: WorkbookEdit): void {
  const store = () => workbook.sheets.find((each) => each.visibility === 'VeryHidden')!;
  const code = columnNumber(plan.layout.columns.code);
  switch (edit.kind) {
    case 'rename-sheet':
      return workbook.renameSheet(sheet, edit.name);
    case 'move-sheet-behind':
      return workbook.moveSheet(workbook.addSheet(edit.other), 0);
    case 'hide-sheet':
      sheet.visibility = 'Hidden';
      return;
    case 'delete-sheet':
      return workbook.deleteSheet(sheet);
    case 'copy-sheet': {
      const copy = workbook.addSheet(edit.name);
      for (const { row, column, cell } of sheet.entries())
        Object.assign(copy.ensureCell(row, column), structuredClone(cell));
      copy.protection = { ...sheet.protection };
      return;
    }
    case 'delete-row':
      return deleteRow(sheet, rowOf(edit.indicator));
    case 'merge-codes': {
      const row = rowOf(edit.indicator);
      sheet.merges.push({ top: row, bottom: row + 1, left: code, right: code });
      // Excel keeps only the first cell's value of a merged range.
      sheet.ensureCell(row + 1, code).value = '';
      return;
    }
    case 'repeat-row':
      sheet.ensureCell(200, code).value = edit.indicator;
      return;
    case 'set-cell':
      return putCell(workbook, sheet, addressOf(edit.column, edit.indicator), edit.cell);
    case 'set-period':
      return workbook.enter(sheet.name, plan.layout.periodCell, edit.text);
    case 'rename-header': {
      const column = columnNumber(plan.layout.columns[edit.column]);
      sheet.ensureCell(plan.layout.headerRow, column).value = edit.text;
      return;
    }
    case 'store-cell': {
      const { row, column } = position(edit.address);
      store().ensureCell(row, column).value = edit.text;
      return;
    }
    case 'store-json': {
      const sheetOfStore = store();
      const rows: string[][] = [];
      for (let row = 2; sheetOfStore.cell(row, 1); row++)
        rows.push([1, 2, 3].map((column) => String(sheetOfStore.cell(row, column)?.value ?? '')));
      [...sheetOfStore.entries()]
        .filter((e) => e.row > 1)
        .forEach((e) => sheetOfStore.deleteCell(e.row, e.column));
      tamperedStore(rows, edit.change).forEach((row, i) =>
        row.forEach((text, c) => (sheetOfStore.ensureCell(i + 2, c + 1).value = text)),
      );
      return;
    }
    case 'delete-store':
      return workbook.deleteSheet(store());
    case 'rename-store':
      return workbook.renameSheet(store(), edit.name);
    case 'unhide-store':
      store().visibility = 'Visible';
      return;
    case 'protect':
      sheet.protection = { protected: true, password: edit.password, options: {} };
      return;
  }
}

export type AddinOutcome = { ok: true; outcome: CheckOutcome } | { ok: false; error: ExcelActionError };

/** What the task pane does on "Kiểm tra": the adapter's check on the workbook the case describes. */
export async function checkInAddin(
  c: Pick<WorkbookCase, 'blank' | 'edits'>,
  fill?: (workbook: FakeWorkbook, sheet: FakeSheet) => void,
): Promise<AddinOutcome> {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  const adapter = createExcelAdapter({ run: fakeRun(workbook), isSetSupported: workbook.isSetSupported });
  if (c.blank) {
    const sheet = workbook.sheets[0];
    ['STT', 'Mã', 'Thực hiện 2023'].forEach((text, i) => (sheet.ensureCell(1, i + 1).value = text));
    ['1', 'bhyt', '0.95'].forEach((text, i) => (sheet.ensureCell(2, i + 1).value = text));
  } else {
    await adapter.insertSheet(template);
    const sheet = workbook.sheet(SHEET)!;
    fill?.(workbook, sheet);
    c.edits.forEach((edit) => apply(workbook, sheet, edit));
  }
  try {
    return { ok: true, outcome: await adapter.checkAndMark() };
  } catch (error) {
    if (!(error instanceof ExcelActionError)) throw error;
    return { ok: false, error };
  }
}
