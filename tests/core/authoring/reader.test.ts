import fc from 'fast-check';
import { buildAuthoringPlan, contentOf, readAuthoringSheet, type Grid } from '../../../src/core/authoring';
import { HEADER_ROW } from '../../../src/core/authoring/layout';
import { getBuiltInTemplate } from '../../../src/templates';
import { gridOf } from './support';

const hungTan = getBuiltInTemplate('hung-tan-2023')!;
const plan = buildAuthoringPlan(contentOf(hungTan));
const first = HEADER_ROW + 1;
const rowOf = (id: string) => first + hungTan.indicators.findIndex((i) => i.id === id);

function readWith(edits: Record<string, Grid['cells'][number]['value']>) {
  return readAuthoringSheet(gridOf(plan, edits));
}

function errorsOf(reading: ReturnType<typeof readWith>) {
  return reading.findings.filter((f) => f.severity === 'error');
}

describe('reading the authoring sheet', () => {
  test('a wrong So sánh is an error naming its cell, in both languages', () => {
    const row = rowOf('bhyt');
    const reading = readWith({ [`F${row}`]: 'nhiều hơn' });
    expect(reading.ok).toBe(false);
    const [problem] = errorsOf(reading);
    expect(problem.cell).toBe(`F${row}`);
    expect(problem.message.vi).toContain(`Ô F${row}`);
    expect(problem.message.vi).toContain('So sánh');
    expect(problem.message.en).toContain(`Cell F${row}`);
  });

  test('numbers as clerks write them, aliases of the comparison, and words', () => {
    const row = rowOf('gia-tri-san-xuat');
    const reading = readWith({
      [`F${row}`]: '≥',
      [`G${row}`]: '217,67 tỷ đồng',
      [`I${row}`]: '1.234,5',
      [`E${row}`]: 'so',
    });
    if (!reading.ok) throw new Error(reading.findings[0].message.en);
    const indicator = reading.template.indicators.find((i) => i.id === 'gia-tri-san-xuat')!;
    expect(indicator.target).toEqual({ op: '>=', value: 217.67 });
    expect(indicator.baseline).toBe(1234.5);
  });

  test('a percent typed with % or in a % cell is read in percent units', () => {
    const row = rowOf('ho-ngheo');
    const grid = gridOf(plan, { [`G${row}`]: '0,5%' });
    const reading = readAuthoringSheet(grid);
    if (!reading.ok) throw new Error(reading.findings[0].message.en);
    expect(reading.template.indicators.find((i) => i.id === 'ho-ngheo')!.target).toEqual({
      op: '<=',
      value: 0.5,
    });
    const cells = gridOf(plan).cells.map((c) =>
      c.address === `G${row}` ? { ...c, value: 0.0057, numberFormat: '0.00%' } : c,
    );
    const fromPercentCell = readAuthoringSheet({ cells });
    expect(
      fromPercentCell.ok && fromPercentCell.template.indicators.find((i) => i.id === 'ho-ngheo')!.target,
    ).toEqual({
      op: '<=',
      value: 0.57,
    });
  });

  test('khoảng needs Đến; Đến without khoảng is an error on that cell', () => {
    const row = rowOf('bhyt');
    expect(errorsOf(readWith({ [`F${row}`]: 'khoảng' }))[0].cell).toBe(`H${row}`);
    const ranged = readWith({ [`F${row}`]: 'khoảng', [`G${row}`]: '95', [`H${row}`]: '97' });
    expect(ranged.ok && ranged.template.indicators.find((i) => i.id === 'bhyt')!.target).toEqual({
      op: 'between',
      min: 95,
      max: 97,
      better: 'higher',
    });
    expect(errorsOf(readWith({ [`H${row}`]: 5 }))[0].cell).toBe(`H${row}`);
  });

  test('an empty Mã is made from the name, unique; a duplicate Mã names both cells', () => {
    const extra = first + hungTan.indicators.length;
    const reading = readWith({
      [`A${rowOf('bhyt')}`]: null,
      [`B${extra}`]: 'Văn hóa – Xã hội',
      [`C${extra}`]: 'Tỷ lệ người dân tham gia BHYT',
      [`E${extra}`]: 'Tỷ lệ (%)',
      [`F${extra}`]: '>=',
      [`G${extra}`]: '97',
    });
    if (!reading.ok) throw new Error(reading.findings[0].message.en);
    const ids = reading.template.indicators.map((i) => i.id);
    expect(ids).toContain('ty-le-nguoi-dan-tham-gia-bhyt');
    expect(ids).toContain('ty-le-nguoi-dan-tham-gia-bhyt-2');
    const duplicate = errorsOf(readWith({ [`A${rowOf('bhyt')}`]: 'ho-ngheo' }));
    expect(duplicate[0].cell).toBe(`A${rowOf('bhyt')}`);
    expect(duplicate[0].message.vi).toContain(`A${rowOf('ho-ngheo')}`);
  });

  test('a changed header and a missing document line are named', () => {
    expect(errorsOf(readWith({ [`G${HEADER_ROW}`]: 'Chỉ tiêu' }))[0]).toMatchObject({
      cell: `G${HEADER_ROW}`,
    });
    const noYear = errorsOf(readWith({ A9: 'Năm nay' }));
    expect(noYear[0].message.vi).toContain('“Năm”');
    expect(errorsOf(readWith({ B9: 'hai nghìn' }))[0].cell).toBe('B9');
  });

  test('a target that is not a number, a yes/no or a level names its cell', () => {
    const cases: [string, string][] = [
      [`G${rowOf('dang-vien-moi')}`, 'tám'],
      [`G${rowOf('xa-chuan-y-te')}`, 'có lẽ'],
      [`G${rowOf('dang-bo-tsvm')}`, 'Giỏi'],
    ];
    for (const [cell, value] of cases) expect(errorsOf(readWith({ [cell]: value }))[0].cell).toBe(cell);
  });

  test('rows below the Ràng buộc title are rules, not indicators; empty rows are skipped', () => {
    const title = plan.rulesHeaderRow - 1;
    expect(gridOf(plan).cells.find((c) => c.address === `A${title}`)?.value).toMatch(/^Ràng buộc/);
    expect(title).toBeGreaterThan(first + hungTan.indicators.length);
    const reading = readWith({});
    if (!reading.ok) throw new Error(reading.findings[0].message.en);
    expect(reading.template.indicators.length).toBe(hungTan.indicators.length);
    expect(reading.template.rules).toEqual(hungTan.rules);
  });

  test('never throws and never gives a template with errors, whatever the cells hold', () => {
    const value = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date(),
      fc.record({ error: fc.string() }),
    );
    const address = fc.tuple(
      fc.constantFrom(...'ABCDEFGHIJKLMN'),
      fc.integer({ min: 1, max: HEADER_ROW + 20 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(address, value), { maxLength: 30 }), (edits) => {
        const reading = readWith(Object.fromEntries(edits.map(([[c, r], v]) => [`${c}${r}`, v])));
        if (reading.ok) expect(errorsOf(reading)).toEqual([]);
        else expect(errorsOf(reading).length).toBeGreaterThan(0);
        for (const f of reading.findings) expect(f.message.vi && f.message.en).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});
