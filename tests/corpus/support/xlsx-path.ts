import ExcelJS from 'exceljs';
import { readWorkbook, writePlan } from '../../../src/adapters/xlsx';
import { checkFigures } from '../../../src/core/check';
import type { CheckReport, Finding } from '../../../src/core/check/types';
import type { CellSpec, WorkbookCase, WorkbookEdit } from '../cases/types';
import { tamperedStore } from './store';
import { addressOf, DATE_FORMAT, plan, rowOf } from './standard';

/**
 * XML cannot hold control characters: Excel saves them escaped (`_x0007_`), which ExcelJS reads
 * back as the character, while ExcelJS's own writer would silently drop them.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function asExcelSaves(text: string): string {
  return text.replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

/** Puts a clerk's entry into an ExcelJS cell as Excel would have saved it. */
export function putCell(cell: ExcelJS.Cell, spec: CellSpec | null): void {
  if (spec === null) cell.value = null;
  else if ('text' in spec) cell.value = asExcelSaves(spec.text);
  else if ('number' in spec) {
    cell.value = spec.number;
    if (spec.format !== undefined) cell.numFmt = spec.format;
  } else if ('boolean' in spec) cell.value = spec.boolean;
  else if ('date' in spec) {
    // Excel gives a cell a date format when a date is typed into it.
    cell.value = new Date(`${spec.date}T00:00:00Z`);
    cell.numFmt = DATE_FORMAT;
  } else if ('error' in spec) cell.value = { error: spec.error } as ExcelJS.CellErrorValue;
  else
    cell.value = { formula: spec.formula.replace(/^=/, ''), result: spec.result } as ExcelJS.CellFormulaValue;
}

function storeOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  return workbook.worksheets.find((sheet) => sheet.name === plan.store.sheetName)!;
}

async function apply(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  edit: WorkbookEdit,
): Promise<void> {
  const { columns, headerRow, periodCell } = plan.layout;
  switch (edit.kind) {
    case 'rename-sheet':
      sheet.name = edit.name;
      return;
    case 'move-sheet-behind':
      return; // done before the standard sheet is written
    case 'hide-sheet':
      sheet.state = 'hidden';
      return;
    case 'delete-sheet':
      workbook.removeWorksheet(sheet.id);
      return;
    case 'copy-sheet': {
      const copy = workbook.addWorksheet(edit.name);
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          copy.getRow(r).getCell(c).value = cell.value;
          copy.getRow(r).getCell(c).numFmt = cell.numFmt;
        }),
      );
      return;
    }
    case 'delete-row':
      sheet.spliceRows(rowOf(edit.indicator), 1);
      return;
    case 'merge-codes': {
      const row = rowOf(edit.indicator);
      sheet.mergeCells(`${columns.code}${row}:${columns.code}${row + 1}`);
      return;
    }
    case 'repeat-row':
      sheet.getCell(`${columns.code}200`).value = edit.indicator;
      return;
    case 'set-cell':
      putCell(sheet.getCell(addressOf(edit.column, edit.indicator)), edit.cell);
      return;
    case 'set-period':
      sheet.getCell(periodCell).value = edit.text;
      return;
    case 'rename-header':
      sheet.getCell(`${columns[edit.column]}${headerRow}`).value = edit.text;
      return;
    case 'store-cell':
      storeOf(workbook).getCell(edit.address).value = edit.text;
      return;
    case 'store-json': {
      const store = storeOf(workbook);
      const rows: string[][] = [];
      for (let r = 2; r <= store.rowCount; r++)
        rows.push([1, 2, 3].map((c) => String(store.getRow(r).getCell(c).value ?? '')));
      store.spliceRows(2, store.rowCount);
      tamperedStore(rows, edit.change).forEach((row, i) =>
        row.forEach((text, c) => (store.getRow(i + 2).getCell(c + 1).value = text)),
      );
      return;
    }
    case 'delete-store':
      workbook.removeWorksheet(storeOf(workbook).id);
      return;
    case 'rename-store':
      storeOf(workbook).name = edit.name;
      return;
    case 'unhide-store':
      storeOf(workbook).state = 'visible';
      return;
    case 'protect':
      await sheet.protect(edit.password, {});
      return;
  }
}

/** The file a case describes: the standard sheet written by the xlsx adapter, then changed. */
export async function caseBytes(
  c: Pick<WorkbookCase, 'blank' | 'edits'>,
  fill?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (c.blank) {
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['STT', 'Mã', 'Thực hiện 2023']);
    sheet.addRow([1, 'bhyt', 0.95]);
  } else {
    for (const edit of c.edits) if (edit.kind === 'move-sheet-behind') workbook.addWorksheet(edit.other);
    const sheet = await writePlan(workbook, plan);
    fill?.(sheet);
    for (const edit of c.edits) await apply(workbook, sheet, edit);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type XlsxOutcome =
  | { ok: false; code: string; message: { vi: string; en: string }; details: { vi: string; en: string }[] }
  | { ok: true; sheets: { name: string; report: CheckReport; findings: Finding[] }[] };

/** What the CLI does with a file: read it, then check each standard sheet. */
export async function checkBytes(bytes: Buffer): Promise<XlsxOutcome> {
  const reading = await readWorkbook(bytes);
  if (!reading.ok) return { ok: false, ...reading.problem };
  return {
    ok: true,
    sheets: reading.sheets.map((sheet) => {
      const report = checkFigures(sheet.template, sheet.snapshot);
      return { name: sheet.sheetName, report, findings: [...sheet.findings, ...report.findings] };
    }),
  };
}
