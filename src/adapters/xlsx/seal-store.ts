import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { decodeSealRows, SEAL_SHEET_NAME, type Hasher, type SealRecord } from '../../core/seal';
import { readCell } from './cell-value';

/** SHA-256 for the core's seal in Node. */
export const nodeSha256: Hasher = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export function readSeals(workbook: ExcelJS.Workbook): SealRecord[] {
  const sheet = workbook.getWorksheet(SEAL_SHEET_NAME);
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow((row, r) => {
    const cells: unknown[] = [];
    row.eachCell((cell, c) => {
      cells[c - 1] = readCell(cell).raw;
    });
    rows[r - 1] = cells;
  });
  return decodeSealRows(rows);
}
