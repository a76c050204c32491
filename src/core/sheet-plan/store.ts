import type { Localized } from '../i18n/localized';
import { inBothLanguages } from '../i18n/catalog';
import { loadTemplateText, type TemplateProblem } from '../template/load';
import type { Template } from '../template/types';
import type { PlannedCell } from './types';

/**
 * The templates a workbook carries, written as text cells of a very hidden sheet, so a file that
 * travels carries its own rules. Layout: A1 holds a marker; each later row holds one part of one
 * template: A the template id, B `part/parts`, C up to 32,000 characters of its JSON (Excel's cell
 * limit is 32,767). One workbook may carry several templates (several years).
 */

export const STORE_SHEET_NAME = '_resolution_targets';
export const STORE_MARKER = 'resolution-targets/store/v1';
export const STORE_CHUNK = 32_000;

export function encodeTemplateStore(templates: readonly Template[]): PlannedCell[] {
  const text = (address: string, value: string): PlannedCell => ({
    address,
    content: { kind: 'text', text: value },
  });
  const cells = [text('A1', STORE_MARKER)];
  let row = 2;
  for (const template of templates) {
    const parts = chunks(JSON.stringify(template), STORE_CHUNK);
    parts.forEach((part, i) => {
      cells.push(
        text(`A${row}`, template.id),
        text(`B${row}`, `${i + 1}/${parts.length}`),
        text(`C${row}`, part),
      );
      row++;
    });
  }
  return cells;
}

/** Splits a text into pieces of at most `size` UTF-16 units, never between the halves of a surrogate pair. */
function chunks(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

export type StoreDecoding =
  | { ok: true; templates: Template[] }
  | { ok: false; code: 'not-a-store' | 'damaged'; message: Localized }
  | { ok: false; code: 'invalid-template'; templateId: string; problems: TemplateProblem[] };

/** A cell as the adapters read it; anything but text is treated as empty. */
export type StoreCell = string | number | boolean | null | undefined | object;

/**
 * Reads the templates back from the store sheet's cells (`rows[r][c]`, from A1), checking each
 * one as a template file is checked. Never throws.
 */
export function decodeTemplateStore(
  rows: readonly (readonly StoreCell[])[],
  sheetName = STORE_SHEET_NAME,
): StoreDecoding {
  const at = (r: number, c: number) => {
    const value = rows[r]?.[c];
    return typeof value === 'string' ? value : '';
  };
  if (at(0, 0).trim() !== STORE_MARKER) {
    return {
      ok: false,
      code: 'not-a-store',
      message: inBothLanguages((c) => c.sheet.store.notAStore(sheetName)),
    };
  }

  const order: string[] = [];
  const parts = new Map<string, { index: number; count: number; text: string }[]>();
  for (let r = 1; r < rows.length; r++) {
    const id = at(r, 0).trim();
    if (!id) continue;
    const [index, count] = at(r, 1).split('/').map(Number);
    if (!parts.has(id)) {
      order.push(id);
      parts.set(id, []);
    }
    parts.get(id)!.push({ index, count, text: at(r, 2) });
  }

  const templates: Template[] = [];
  for (const id of order) {
    const list = parts.get(id)!;
    const whole = list.every((part, i) => part.index === i + 1 && part.count === list.length);
    if (!whole) return damaged(id, sheetName);
    const loaded = loadTemplateText(list.map((part) => part.text).join(''));
    if (!loaded.ok) return { ok: false, code: 'invalid-template', templateId: id, problems: loaded.problems };
    if (loaded.template.id !== id) return damaged(id, sheetName);
    templates.push(loaded.template);
  }
  return { ok: true, templates };
}

function damaged(id: string, sheetName: string): StoreDecoding {
  return {
    ok: false,
    code: 'damaged',
    message: inBothLanguages((c) => c.sheet.store.damaged(id, sheetName)),
  };
}
