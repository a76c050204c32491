import type ExcelJS from 'exceljs';
import { readSeals, type StandardSheet } from '../adapters/xlsx';
import { sealFor, verifySeal, type Hasher } from '../core/seal';
import type { SealJson } from './types';

/**
 * Whether one standard sheet of a loaded workbook was sealed, and what changed since; the CLI
 * hashes with Node's crypto, the web page in the browser, to the same bytes.
 */
export async function sealJson(
  workbook: ExcelJS.Workbook,
  sheet: StandardSheet,
  hash: Hasher,
): Promise<SealJson> {
  const record = sealFor(readSeals(workbook), sheet.template.id, sheet.sheetName);
  const status = await verifySeal(record, sheet.template, sheet.snapshot, hash);
  return {
    status: status.status,
    sealedAt: status.sealedAt ?? null,
    changed: status.changed,
    periodChanged: status.periodChanged,
    templateChanged: status.templateChanged,
  };
}
