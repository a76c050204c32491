import { createHash, webcrypto } from 'node:crypto';
import { checkFigures } from '../../../src/core/check';
import type { EnteredFigure, FiguresSnapshot } from '../../../src/core/check/types';
import {
  decodeSealRows,
  encodeSealRows,
  sealFigures,
  sealFor,
  verifySeal,
  withSeal,
  type Hasher,
  type SealRecord,
} from '../../../src/core/seal';
import { indicatorText } from '../../../src/core/seal/canonical';
import { getBuiltInTemplate } from '../../../src/templates';

const template = getBuiltInTemplate('hung-tan-2023')!;
const nodeHash: Hasher = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
// What a task pane would use: Web Crypto, asynchronous.
const subtleHash: Hasher = async (text) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');
const NOW = new Date('2026-11-29T21:55:03.120Z');

function snapshot(edit: (figures: Map<string, EnteredFigure>) => void = () => {}): FiguresSnapshot {
  const figures = new Map<string, EnteredFigure>(
    template.indicators.map((indicator, i) => [
      indicator.id,
      { indicatorId: indicator.id, address: `G${10 + i}`, raw: null },
    ]),
  );
  figures.get('gia-tri-san-xuat')!.raw = 230.5;
  figures.get('bhyt')!.raw = 0.95;
  figures.get('bhyt')!.numberFormat = '0.0%';
  figures.get('bhyt')!.explanation = 'Một số hộ chưa gia hạn thẻ';
  figures.get('dang-vien-moi')!.raw = 10;
  edit(figures);
  return { period: 'nam', figures: [...figures.values()] };
}

async function sealed(snap = snapshot(), hash = nodeHash): Promise<SealRecord> {
  const outcome = await sealFigures(template, snap, checkFigures(template, snap), 'Chỉ tiêu 2023', NOW, hash);
  if (!outcome.ok) throw new Error('refused');
  return outcome.record;
}

describe('sealFigures', () => {
  it('records the time, period, template and a SHA-256 fingerprint with a short hash per indicator', async () => {
    const record = await sealed();
    expect(record).toMatchObject({
      sealedAt: '2026-11-29T21:55:03.120Z',
      period: 'nam',
      templateId: 'hung-tan-2023',
      sheet: 'Chỉ tiêu 2023',
    });
    expect(record.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(record.perIndicator)).toEqual(template.indicators.map((i) => i.id));
    expect(new Set(Object.values(record.perIndicator)).size).toBeGreaterThan(1);
  });

  it('is refused while the figures have errors, giving those errors as reasons', async () => {
    const snap = snapshot((f) => (f.get('thu-nhap-binh-quan')!.raw = 57_000_000));
    const report = checkFigures(template, snap);
    const outcome = await sealFigures(template, snap, report, 'Chỉ tiêu 2023', NOW, nodeHash);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reasons.length).toBeGreaterThan(0);
    expect(outcome.reasons.every((r) => r.severity === 'error')).toBe(true);
    expect(outcome.reasons.map((r) => r.indicatorId)).toContain('thu-nhap-binh-quan');
  });

  it('gives the same fingerprint with the asynchronous Web Crypto hasher as with Node’s', async () => {
    expect(await sealed(snapshot(), subtleHash)).toEqual(await sealed(snapshot(), nodeHash));
  });
});

describe('verifySeal', () => {
  it('says unsealed without a seal', async () => {
    expect(await verifySeal(undefined, template, snapshot(), nodeHash)).toMatchObject({
      status: 'unsealed',
      changed: [],
    });
  });

  it('says unchanged for the same figures, even with rows in another order', async () => {
    const record = await sealed();
    const reordered = snapshot();
    reordered.figures.reverse();
    // The reader gives rows in template order; a sort in the sheet moves addresses, not figures.
    reordered.figures.forEach((f, i) => (f.address = `H${i}`));
    reordered.figures.reverse();
    expect(await verifySeal(record, template, reordered, nodeHash)).toEqual({
      status: 'unchanged',
      sealedAt: record.sealedAt,
      changed: [],
      periodChanged: false,
      templateChanged: false,
    });
  });

  it('names each indicator whose figure, number format or explanation changed', async () => {
    const record = await sealed();
    const after = snapshot((f) => {
      f.get('gia-tri-san-xuat')!.raw = 231;
      f.get('bhyt')!.numberFormat = '0%';
      f.get('ho-ngheo')!.explanation = 'thêm sau';
    });
    const status = await verifySeal(record, template, after, nodeHash);
    expect(status.status).toBe('changed');
    expect(status.changed).toEqual(['gia-tri-san-xuat', 'ho-ngheo', 'bhyt']);
    expect(status).toMatchObject({ periodChanged: false, templateChanged: false });
  });

  it('counts last year as the clerk entered it: a changed 2022 value after sealing is a change', async () => {
    const withLastYear = (raw: number | null) =>
      snapshot((f) => (f.get('gia-tri-san-xuat')!.baseline = { raw, address: 'E11' }));
    const record = await sealed(withLastYear(199.7));
    expect((await verifySeal(record, template, withLastYear(199.7), nodeHash)).status).toBe('unchanged');
    const after = await verifySeal(record, template, withLastYear(200), nodeHash);
    expect(after).toMatchObject({ status: 'changed', changed: ['gia-tri-san-xuat'] });
    expect((await verifySeal(record, template, withLastYear(null), nodeHash)).changed).toEqual([
      'gia-tri-san-xuat',
    ]);
    // A seal made with no 2022 value entered (or before the cell was an input) still holds.
    const before = await sealed(snapshot());
    expect((await verifySeal(before, template, withLastYear(null), nodeHash)).status).toBe('unchanged');
  });

  it('reports a changed period and a changed template apart from the figures', async () => {
    const record = await sealed();
    const sixMonths = { ...snapshot(), period: '6-thang' as const };
    expect(await verifySeal(record, template, sixMonths, nodeHash)).toMatchObject({
      status: 'changed',
      changed: [],
      periodChanged: true,
    });
    const retitled = { ...template, title: `${template.title} (sửa)` };
    expect(await verifySeal(record, retitled, snapshot(), nodeHash)).toMatchObject({
      status: 'changed',
      changed: [],
      templateChanged: true,
    });
  });

  it('reads a date as its Excel serial number, as Office.js gives it, so both adapters agree', () => {
    const indicator = template.indicators[0];
    const figure = (raw: EnteredFigure['raw']): EnteredFigure => ({ indicatorId: indicator.id, raw });
    expect(indicatorText(indicator, [figure(new Date(Date.UTC(2023, 11, 31)))])).toBe(
      indicatorText(indicator, [figure(45291)]),
    );
    expect(indicatorText(indicator, [figure(45291)])).not.toBe(indicatorText(indicator, [figure(45292)]));
  });
});

describe('seal store', () => {
  it('encodes and decodes records, keeping one per template and sheet', async () => {
    const first = await sealed();
    const second = { ...first, sheet: 'Chỉ tiêu 2024', fingerprint: 'a'.repeat(64) };
    const resealed = { ...first, sealedAt: '2026-12-01T00:00:00.000Z' };
    const records = withSeal(withSeal(withSeal([], first), second), resealed);
    const decoded = decodeSealRows(encodeSealRows(records));
    expect(decoded).toEqual([second, resealed]);
    expect(sealFor(decoded, 'hung-tan-2023', 'Chỉ tiêu 2023')).toEqual(resealed);
  });

  it('reads a damaged row as no seal rather than failing', async () => {
    const rows = encodeSealRows([await sealed()]);
    rows[1][2] = rows[1][2].slice(0, 40);
    expect(decodeSealRows(rows)).toEqual([]);
    expect(decodeSealRows([['something else']])).toEqual([]);
  });

  it('finds the seal of a renamed sheet when its template has only one', async () => {
    const record = await sealed();
    expect(sealFor([record], 'hung-tan-2023', 'Báo cáo năm')).toEqual(record);
    expect(sealFor([record, { ...record, sheet: 'B' }], 'hung-tan-2023', 'C')).toBeUndefined();
  });
});
