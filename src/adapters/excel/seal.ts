import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { CheckReport, Finding } from '../../core/check/types';
import {
  decodeSealRows,
  encodeSealRows,
  sealFigures,
  sealFor,
  SEAL_SHEET_NAME,
  verifySeal,
  withSeal,
  type Hasher,
  type SealRecord,
  type SealState,
} from '../../core/seal';
import type { PlannedCell } from '../../core/sheet-plan/types';
import { cellAddress } from './a1';
import { queueCells } from './apply-plan';
import { ExcelActionError, explainExcelError } from './errors';
import type { NarrowContext } from './excel-api';
import { messageWithReason } from './messages';
import type { SheetReading, WorkbookReading } from './read-snapshot';
import type { SheetGrid } from './sheet-grid';

/** The seal store never reaches past this column (a row is a few short fields). */
const SEAL_COLUMNS = 64;

/** Whether the figures were sealed ("chốt") and what changed since, with the indicators' names. */
export interface SealView {
  status: SealState;
  /** ISO 8601, UTC; null when never sealed. */
  sealedAt: string | null;
  changed: { id: string; name: string }[];
  periodChanged: boolean;
  templateChanged: boolean;
}

export type SealResult =
  { ok: true; sheetName: string; sealedAt: string; code: string } | { ok: false; reasons: Finding[] };

/**
 * SHA-256 in the browser (and in Node 20, which has Web Crypto too). Where `crypto.subtle` is
 * missing or refuses (EdgeHTML, a page not served over https), @noble/hashes computes the same
 * digest of the same UTF-8 bytes, so the seal does not depend on the webview.
 */
export const webSha256: Hasher = async (text) => {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
    } catch {
      // Falls through to the pure implementation.
    }
  }
  return bytesToHex(sha256(bytes));
};

/** The seals the workbook holds, read from the very hidden seal sheet (already in the reading). */
export function sealsIn(reading: WorkbookReading): SealRecord[] {
  const grid = reading.sheets.find((sheet) => sheet.name === SEAL_SHEET_NAME);
  return grid ? decodeSealRows(rowsFromA1(grid)) : [];
}

/** The grid as rows from A1, as the core's decoder expects them. */
function rowsFromA1(grid: SheetGrid): unknown[][] {
  const rows: unknown[][] = [];
  grid.values.forEach((line, i) => {
    const row: unknown[] = Array<unknown>(grid.left - 1).fill(null);
    rows[grid.top - 1 + i] = [...row, ...line];
  });
  return Array.from(rows, (row) => row ?? []);
}

export async function sealViewOf(
  reading: WorkbookReading,
  sheet: SheetReading,
  hash: Hasher,
): Promise<SealView> {
  const record = sealFor(sealsIn(reading), sheet.template.id, sheet.sheetName);
  const status = await verifySeal(record, sheet.template, sheet.snapshot, hash);
  const names = new Map(sheet.template.indicators.map((each) => [each.id, each.name]));
  return {
    status: status.status,
    sealedAt: status.sealedAt ?? null,
    changed: status.changed.map((id) => ({ id, name: names.get(id) ?? id })),
    periodChanged: status.periodChanged,
    templateChanged: status.templateChanged,
  };
}

/**
 * Seals the sheet's figures when the check finds no error, in the same store the command line
 * writes, so either side verifies what the other sealed. One sync: the seal sheet is rewritten
 * whole (it holds one short row per sealed sheet).
 */
export async function sealIn(
  context: NarrowContext,
  reading: WorkbookReading,
  sheet: SheetReading,
  report: CheckReport,
  now: Date,
  hash: Hasher,
): Promise<SealResult> {
  const outcome = await sealFigures(sheet.template, sheet.snapshot, report, sheet.sheetName, now, hash);
  if (!outcome.ok) return outcome;
  const rows = encodeSealRows(withSeal(sealsIn(reading), outcome.record));
  const cells: PlannedCell[] = rows.flatMap((row, r) =>
    row.map((text, c) => ({ address: cellAddress(r + 1, c + 1), content: { kind: 'text', text } })),
  );
  const worksheets = context.workbook.worksheets;
  const previous = reading.sheets.find((grid) => grid.name === SEAL_SHEET_NAME);
  if (previous) {
    // The new rows are written first and only what they do not cover is cleared after: a batch
    // that stops half-way never leaves the store emptied.
    const store = worksheets.getItem(SEAL_SHEET_NAME);
    queueCells(store, cells);
    rows.forEach((row, r) => {
      if (row.length < SEAL_COLUMNS)
        store
          .getRange(`${cellAddress(r + 1, row.length + 1)}:${cellAddress(r + 1, SEAL_COLUMNS)}`)
          .clear('All');
    });
    const bottom = previous.top + previous.values.length;
    if (bottom > rows.length)
      store
        .getRange(`A${rows.length + 1}:${cellAddress(Math.max(bottom, rows.length + 1), SEAL_COLUMNS)}`)
        .clear('All');
  } else {
    const store = worksheets.add(SEAL_SHEET_NAME);
    queueCells(store, cells);
    store.visibility = 'VeryHidden';
  }
  try {
    await context.sync();
  } catch (error) {
    throw new ExcelActionError(
      'seal-failed',
      messageWithReason('seal-failed', { sheet: sheet.sheetName }, explainExcelError(error)),
      error,
    );
  }
  return {
    ok: true,
    sheetName: sheet.sheetName,
    sealedAt: outcome.record.sealedAt,
    code: outcome.record.fingerprint.slice(0, 12),
  };
}
