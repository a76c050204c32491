import { z } from 'zod';
import { PERIODS } from '../template/types';
import { SEAL_FORMAT, type SealRecord } from './types';

/**
 * Seals live in a second very hidden sheet beside the template store, so sealing never touches
 * the template's own cells. A1 holds the marker; each later row holds one seal: A the template id,
 * B the sheet, C onwards the record's JSON in pieces under Excel's 32,767-character cell limit.
 */
export const SEAL_SHEET_NAME = '_resolution_targets_seal';
export const SEAL_CHUNK = 32_000;

const recordSchema = z.object({
  format: z.literal(SEAL_FORMAT),
  sealedAt: z.string(),
  period: z.enum(PERIODS),
  templateId: z.string(),
  sheet: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  templateHash: z.string(),
  perIndicator: z.record(z.string(), z.string()),
});

/** One row of the seal sheet, A1 excluded; the adapters write each string into its own cell. */
export function encodeSealRows(records: readonly SealRecord[]): string[][] {
  const rows: string[][] = [[SEAL_FORMAT]];
  for (const record of records) {
    const json = JSON.stringify(record);
    const pieces: string[] = [];
    for (let at = 0; at < json.length; at += SEAL_CHUNK) pieces.push(json.slice(at, at + SEAL_CHUNK));
    rows.push([record.templateId, record.sheet, ...pieces]);
  }
  return rows;
}

/** The seals a sheet holds; a row that does not decode is left out, as if never sealed. */
export function decodeSealRows(rows: readonly (readonly unknown[])[]): SealRecord[] {
  if (rows[0]?.[0] !== SEAL_FORMAT) return [];
  const records: SealRecord[] = [];
  for (const row of rows.slice(1)) {
    const json = (row ?? [])
      .slice(2)
      .filter((cell): cell is string => typeof cell === 'string')
      .join('');
    try {
      const parsed = recordSchema.safeParse(JSON.parse(json));
      if (parsed.success) records.push(parsed.data);
    } catch {
      // Not JSON: the row was damaged by hand; the sheet reads as unsealed.
    }
  }
  return records;
}

/** Replaces the seal of the same template and sheet, keeping the others. */
export function withSeal(records: readonly SealRecord[], record: SealRecord): SealRecord[] {
  const same = (each: SealRecord) => each.templateId === record.templateId && each.sheet === record.sheet;
  return [...records.filter((each) => !same(each)), record];
}

/** The seal of a sheet; a renamed sheet keeps its seal while its template has only that one. */
export function sealFor(
  records: readonly SealRecord[],
  templateId: string,
  sheet: string,
): SealRecord | undefined {
  const ofTemplate = records.filter((each) => each.templateId === templateId);
  return (
    ofTemplate.find((each) => each.sheet === sheet) ?? (ofTemplate.length === 1 ? ofTemplate[0] : undefined)
  );
}
