import type ExcelJS from 'exceljs';
import type { Localized } from '../../core/i18n/localized';
import {
  decodeTemplateStore,
  STORE_MARKER,
  type StoreCell,
  type StoreDecoding,
} from '../../core/sheet-plan/store';
import type { Template } from '../../core/template/types';
import { readCell } from './cell-value';
import { message } from './messages';

export type StoredTemplates =
  | { ok: true; templates: { template: Template; storeSheet: string }[] }
  | {
      ok: false;
      problem: { code: 'no-template' | 'invalid-template'; message: Localized; details: Localized[] };
    };

/**
 * The templates stored in the workbook: every sheet whose A1 holds the store marker, whatever
 * its name or visibility. A store that fails its checks makes the whole file untrustworthy.
 */
export function findStoredTemplates(workbook: ExcelJS.Workbook): StoredTemplates {
  const templates: { template: Template; storeSheet: string }[] = [];
  for (const sheet of workbook.worksheets) {
    if (readCell(sheet.getCell('A1')).raw !== STORE_MARKER) continue;
    const decoded = decodeCached(sheetRows(sheet), sheet.name);
    if (decoded.ok) {
      decoded.templates.forEach((template) => templates.push({ template, storeSheet: sheet.name }));
      continue;
    }
    const details =
      decoded.code === 'invalid-template'
        ? decoded.problems.map(({ path, message: text }) =>
            path ? { vi: `${path}: ${text.vi}`, en: `${path}: ${text.en}` } : text,
          )
        : [decoded.message];
    return {
      ok: false,
      problem: {
        code: 'invalid-template',
        message: message('invalid-template', { sheet: sheet.name }),
        details,
      },
    };
  }
  if (templates.length === 0)
    return { ok: false, problem: { code: 'no-template', message: message('no-template'), details: [] } };
  return { ok: true, templates };
}

// A district checks hundreds of workbooks made from the same template: the same store text
// decodes to the same result, so each distinct text is checked once per process.
const decoded = new Map<string, StoreDecoding>();
const CACHE_SIZE = 32;

function decodeCached(rows: StoreCell[][], sheetName: string): StoreDecoding {
  const key = JSON.stringify([sheetName, rows]);
  const known = decoded.get(key);
  if (known) return known;
  const result = decodeTemplateStore(rows, sheetName);
  if (decoded.size >= CACHE_SIZE) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, result);
  return result;
}

/** The sheet's cells as `rows[r][c]` from A1, the shape the store decoder reads. */
function sheetRows(sheet: ExcelJS.Worksheet): StoreCell[][] {
  const rows: StoreCell[][] = [];
  sheet.eachRow((row, r) => {
    const cells: StoreCell[] = [];
    row.eachCell((cell, c) => {
      cells[c - 1] = readCell(cell).raw;
    });
    rows[r - 1] = cells;
  });
  return rows;
}
