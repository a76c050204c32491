import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { AuthoringPlan, Grid, GridCell } from '../../core/authoring';
import { AUTHORING_SHEET_NAME, HEADERS } from '../../core/authoring';
import { foldLevel } from '../../core/template/schema';
import type { ReadProblem } from './read';
import { readCell } from './cell-value';
import { guardBytes, LIMITS } from './guard';
import { message } from './messages';
import { writeLaidOutCells, writeValidation } from './write';

/**
 * The authoring sheet (docs/design.md, "The authoring sheet") in and out of an .xlsx file. The
 * layout is the core's plan; this only applies it and hands the cells back as a neutral grid.
 */
export function writeAuthoringPlan(workbook: ExcelJS.Workbook, plan: AuthoringPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: plan.frozenRows, activeCell: `A${plan.headerRow + 1}` }],
  });
  writeLaidOutCells(sheet, plan);
  // A warning, not a stop: the reader also takes words outside the list (≥, "không quá").
  for (const planned of plan.validations) writeValidation(sheet, planned, 'warning');
  return sheet;
}

/** The cells of a worksheet that hold something, with their number formats. */
export function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const cells: GridCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // Merged cells repeat their master's value; only the master is the clerk's entry.
      if (cell.isMerged && cell.master !== cell) return;
      const { raw } = readCell(cell);
      if (raw === null) return;
      cells.push({ address: cell.address, value: raw, numberFormat: cell.numFmt || undefined });
    });
  });
  return { cells };
}

export type AuthoringFileReading =
  | { ok: true; grid: Grid; sheetName: string }
  | {
      ok: false;
      problem: ReadProblem | { code: 'no-authoring-sheet'; message: ReadProblem['message']; details: [] };
    };

const fold = (text: string) => foldLevel(text.normalize('NFKC'));

/** The sheet named `Khai báo chỉ tiêu`, or else the first sheet holding the table's header. */
function findSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const named = workbook.worksheets.find((sheet) => fold(sheet.name) === fold(AUTHORING_SHEET_NAME));
  if (named) return named;
  return workbook.worksheets.find((sheet) => {
    for (let row = 1; row <= Math.min(sheet.rowCount, 60); row++) {
      const cells = sheet.getRow(row);
      if (
        fold(String(cells.getCell(1).text)) === fold(HEADERS.id) &&
        fold(String(cells.getCell(3).text)) === fold(HEADERS.name)
      )
        return true;
    }
    return false;
  });
}

const refuse = (code: ReadProblem['code'], text: ReadProblem['message']): AuthoringFileReading => ({
  ok: false,
  problem: { code, message: text, details: [] },
});

const tooLarge = (bytes: number) =>
  refuse(
    'too-large',
    message('too-large', {
      megabytes: (bytes / 1024 / 1024).toFixed(1),
      limit: LIMITS.fileBytes / 1024 / 1024,
    }),
  );

/** Reads the authoring sheet of an .xlsx file at `file`. Never throws for a bad file. */
export async function readAuthoringFile(file: string): Promise<AuthoringFileReading> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    // Refuse before reading: the size alone is enough to say no.
    if (size > LIMITS.fileBytes) return tooLarge(size);
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refuse('file-missing', message('file-missing'));
    return refuse('file-unreadable', message('file-unreadable', { reason: code ?? 'EIO' }));
  }
  return readAuthoringBytes(bytes);
}

/**
 * Reads the authoring sheet of an .xlsx file's bytes (the command line's file, the file a clerk
 * chooses on the web page), with the same guards as a standard sheet's file. Never throws for a
 * bad file.
 */
export async function readAuthoringBytes(bytes: Buffer): Promise<AuthoringFileReading> {
  const verdict = guardBytes(bytes);
  if (!verdict.ok) {
    if (verdict.code === 'too-large') return tooLarge(verdict.bytes);
    if (verdict.code === 'too-many-sheets') {
      return refuse('too-many-sheets', message('too-many-sheets', { limit: LIMITS.worksheets }));
    }
    return refuse(verdict.code, message(verdict.code));
  }
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting'],
    });
    const sheet = findSheet(workbook);
    if (!sheet) {
      return {
        ok: false,
        problem: {
          code: 'no-authoring-sheet',
          message: message('no-authoring-sheet', { name: AUTHORING_SHEET_NAME }),
          details: [],
        },
      };
    }
    return { ok: true, grid: gridOf(sheet), sheetName: sheet.name };
  } catch {
    return refuse('corrupt', message('corrupt'));
  }
}
