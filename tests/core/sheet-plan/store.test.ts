import {
  buildSheetPlan,
  decodeTemplateStore,
  encodeTemplateStore,
  STORE_MARKER,
} from '../../../src/core/sheet-plan';
import type { PlannedCell } from '../../../src/core/sheet-plan/types';
import type { Template } from '../../../src/core/template/types';
import { builtIn, everyKind, load } from './support/templates';

/** The store's cells as an adapter reads them back: rows of texts from A1. */
function grid(cells: PlannedCell[]): string[][] {
  const rows: string[][] = [];
  for (const cell of cells) {
    const m = /^([A-Z])(\d+)$/.exec(cell.address)!;
    const r = Number(m[2]) - 1;
    while (rows.length <= r) rows.push([]);
    rows[r][m[1].charCodeAt(0) - 65] = cell.content.kind === 'text' ? cell.content.text : '';
  }
  return rows;
}

/** A template whose JSON is far over one cell: 40 indicators with 2000-character sources, emoji included. */
function bigTemplate(): Template {
  const base = builtIn();
  return load({
    ...base,
    id: 'mau-lon',
    // Its own indicators, so none of the built-in's rules.
    rules: [],
    indicators: Array.from({ length: 40 }, (_, i) => ({
      id: `chi-tieu-${i + 1}`,
      group: 'Nhóm',
      name: `Chỉ tiêu ${i + 1} 🌾`,
      type: 'integer' as const,
      target: { op: '>=' as const, value: i },
      source: '🌾ạ'.repeat(666) + 'xx',
    })),
  });
}

describe('the template store', () => {
  test('gives back the built-in template exactly, as its own sheet plan stores it', () => {
    const decoded = decodeTemplateStore(grid(buildSheetPlan(builtIn()).store.cells));
    expect(decoded).toEqual({ ok: true, templates: [builtIn()] });
  });

  test('holds several templates (several years) in one workbook, in order', () => {
    const decoded = decodeTemplateStore(grid(encodeTemplateStore([builtIn(), everyKind()])));
    expect(decoded).toEqual({ ok: true, templates: [builtIn(), everyKind()] });
  });

  test('splits a large template into text cells of at most 32,000 characters, never inside a character', () => {
    const big = bigTemplate();
    const cells = encodeTemplateStore([builtIn(), big]);
    const chunks = cells
      .filter((c) => c.address.startsWith('C'))
      .map((c) => (c.content as { text: string }).text);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(32_000);
      expect(chunk).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
    expect(cells.every((c) => c.content.kind === 'text')).toBe(true);
    expect(decodeTemplateStore(grid(cells))).toEqual({ ok: true, templates: [builtIn(), big] });
  });

  test('refuses a sheet that is not a store', () => {
    const rows = grid(encodeTemplateStore([builtIn()]));
    rows[0][0] = 'something else';
    const decoded = decodeTemplateStore(rows);
    expect(decoded).toMatchObject({ ok: false, code: 'not-a-store' });
    if (!decoded.ok && decoded.code !== 'invalid-template') {
      expect(decoded.message.vi).toContain('_resolution_targets');
      expect(decoded.message.en).toContain('_resolution_targets');
    }
    expect(decodeTemplateStore([])).toMatchObject({ ok: false, code: 'not-a-store' });
  });

  test('says a template is damaged when one of its parts is missing', () => {
    const rows = grid(encodeTemplateStore([bigTemplate()]));
    rows.splice(2, 1);
    const decoded = decodeTemplateStore(rows);
    expect(decoded).toMatchObject({ ok: false, code: 'damaged' });
    if (!decoded.ok && decoded.code === 'damaged') expect(decoded.message.vi).toContain('mau-lon');
  });

  test('checks a stored template as a template file is checked', () => {
    const rows = grid(encodeTemplateStore([builtIn()]));
    rows[1][2] = rows[1][2].replace('"value":217.67', '"value":"nhiều"');
    const decoded = decodeTemplateStore(rows);
    expect(decoded).toMatchObject({ ok: false, code: 'invalid-template', templateId: 'hung-tan-2023' });
    if (!decoded.ok && decoded.code === 'invalid-template')
      expect(decoded.problems.length).toBeGreaterThan(0);

    rows[1][2] = '{ not json';
    expect(decodeTemplateStore(rows)).toMatchObject({ ok: false, code: 'invalid-template' });
  });

  test('ignores cells that are not text and rows without an id', () => {
    const rows: unknown[][] = grid(encodeTemplateStore([builtIn()]));
    rows.push([null, 5, true], [], [42, '1/1', '{}']);
    expect(decodeTemplateStore(rows as string[][])).toEqual({ ok: true, templates: [builtIn()] });
    expect(rows[0][0]).toBe(STORE_MARKER);
  });
});
