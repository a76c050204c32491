import ExcelJS from 'exceljs';
import { webSha256 } from '../../src/adapters/excel/seal';
import { readWorkbook, writePlan } from '../../src/adapters/xlsx';
import { nodeSha256 } from '../../src/adapters/xlsx/seal-store';
import { Utf8TextEncoder } from '../../src/bootstrap/utf8';
import { checkFigures } from '../../src/core/check';
import type { FiguresSnapshot } from '../../src/core/check/types';
import { sealFigures } from '../../src/core/seal';
import { canonicalJson, workbookText } from '../../src/core/seal/canonical';
import { buildSheetPlan } from '../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../src/templates';

// The seal made in EdgeHTML (no crypto.subtle, no TextEncoder) must be byte-for-byte the seal made
// in a modern webview or by the command line, or a sealed file would read as changed.
const template = getBuiltInTemplate('hung-tan-2023')!;
const SEALED_AT = new Date('2026-11-30T21:00:00Z');

/** Figures with diacritics, a rating and a yes/no, as the command line reads them from a file. */
const FIGURES: Record<string, string | number> = {
  'gia-tri-san-xuat': 230,
  'tang-truong-kinh-te': 0.0867,
  bhyt: 0.961,
  'dang-vien-moi': 9,
  'chinh-quyen': 'Hoàn thành tốt nhiệm vụ',
  'xa-chuan-y-te': 'Có',
};

async function filledSnapshot(): Promise<FiguresSnapshot> {
  const file = new ExcelJS.Workbook();
  const sheet = await writePlan(file, buildSheetPlan(template));
  const blank = await readWorkbook(Buffer.from(await file.xlsx.writeBuffer()));
  if (!blank.ok) throw new Error(blank.problem.message.en);
  for (const [id, value] of Object.entries(FIGURES)) {
    const address = blank.sheets[0].snapshot.figures.find((figure) => figure.indicatorId === id)?.address;
    if (!address) throw new Error(`no input cell for ${id}`);
    sheet.getCell(address.replace(/^.*!/, '')).value = value;
  }
  const reading = await readWorkbook(Buffer.from(await file.xlsx.writeBuffer()));
  if (!reading.ok) throw new Error(reading.problem.message.en);
  return reading.sheets[0].snapshot;
}

/** Runs fn as in EdgeHTML: crypto without `subtle`, and only the bootstrap's TextEncoder. */
async function withoutWebCrypto<T>(fn: () => Promise<T>): Promise<T> {
  const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
  const encoder = Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder')!;
  Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues: () => 0 }, configurable: true });
  Object.defineProperty(globalThis, 'TextEncoder', { value: Utf8TextEncoder, configurable: true });
  try {
    expect(globalThis.crypto.subtle).toBeUndefined();
    return await fn();
  } finally {
    Object.defineProperty(globalThis, 'crypto', crypto);
    Object.defineProperty(globalThis, 'TextEncoder', encoder);
  }
}

describe('the seal without crypto.subtle (EdgeHTML)', () => {
  let snapshot: FiguresSnapshot;
  // Two ExcelJS round trips: slow on a loaded machine, so done once, with room.
  beforeAll(async () => {
    snapshot = await filledSnapshot();
  }, 60_000);

  it('hashes the same canonical text to the same digest as Web Crypto and Node', async () => {
    const texts = [
      workbookText(template, snapshot.figures, snapshot.period),
      canonicalJson(template),
      '😀\ud800',
    ];
    for (const text of texts) {
      const fallback = await withoutWebCrypto(() => Promise.resolve(webSha256(text)));
      expect(fallback).toMatch(/^[0-9a-f]{64}$/);
      expect(fallback).toBe(await webSha256(text));
      expect(fallback).toBe(nodeSha256(text));
    }
  });

  it('makes the very record the command line makes for the same figures', async () => {
    expect(snapshot.figures.filter((figure) => figure.raw !== null)).toHaveLength(
      Object.keys(FIGURES).length,
    );
    const report = checkFigures(template, snapshot);
    const seal = (hash: typeof nodeSha256) =>
      sealFigures(template, snapshot, report, 'Chỉ tiêu 2023', SEALED_AT, hash);
    const inEdge = await withoutWebCrypto(() => seal(webSha256));
    expect(inEdge.ok).toBe(true);
    expect(inEdge).toEqual(await seal(nodeSha256));
  });
});
