import { buildAuthoringPlan, contentOf, readAuthoringSheet, type Grid } from '../../../src/core/authoring';
import { getBuiltInTemplate } from '../../../src/templates';
import { gridOf } from './support';

const hungTan = getBuiltInTemplate('hung-tan-2023')!;
const plan = buildAuthoringPlan(contentOf(hungTan));
const header = plan.rulesHeaderRow;
const rule = header + 1;
const next = header + 2;

function readWith(edits: Record<string, Grid['cells'][number]['value']>) {
  return readAuthoringSheet(gridOf(plan, edits));
}
const errorsOf = (reading: ReturnType<typeof readWith>) =>
  reading.findings.filter((f) => f.severity === 'error');

/** A second rule written as a clerk would, on the row under the built-in one. */
const written = (cells: Partial<Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'K', string | number>>) =>
  Object.fromEntries(Object.entries(cells).map(([column, value]) => [`${column}${next}`, value]));

describe('the Ràng buộc table of the authoring sheet', () => {
  test('is laid out under the indicators with its header row and drop-down lists', () => {
    const cells = new Map(gridOf(plan).cells.map((c) => [c.address, c.value]));
    expect(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'K'].map((c) => cells.get(`${c}${header}`))).toEqual([
      'Mã',
      'Vế trái',
      'So sánh',
      'Vế phải',
      'Sai số',
      'Mức',
      'Thông báo',
      'Thông báo (tiếng Anh)',
    ]);
    expect(cells.get(`C${rule}`)).toBe('=');
    expect(cells.get(`F${rule}`)).toBe('Cảnh báo');
    expect(cells.get(`E${rule}`)).toBe(0.1);
    const lists = plan.validations.filter(
      (v) => v.address.startsWith(`C${rule}:`) || v.address.startsWith(`F${rule}:`),
    );
    expect(lists.map((v) => v.rule)).toEqual([
      { kind: 'list', items: ['≥', '≤', '=', '<', '>'] },
      { kind: 'list', items: ['Lỗi', 'Cảnh báo'] },
    ]);
    // The indicator table's lists stop above the rules' title.
    const typeList = plan.validations.find((v) => v.address.startsWith('E'))!;
    expect(Number(/\d+$/.exec(typeList.address)![0])).toBeLessThan(header - 1);
  });

  test('a rule written as clerks write it: ≤, Vietnamese tolerance, Cảnh báo, no English message', () => {
    const reading = readWith(
      written({
        B: '#{thu-ngan-sach}',
        C: '<=',
        D: '#{gia-tri-san-xuat} * 0,5',
        E: '0,5',
        F: 'cảnh báo',
        G: 'Thử',
      }),
    );
    if (!reading.ok) throw new Error(reading.findings.map((f) => f.message.en).join('\n'));
    const added = reading.template.rules!.at(-1);
    expect(added).toEqual({
      id: 'thu',
      left: '#{thu-ngan-sach}',
      op: '<=',
      right: '#{gia-tri-san-xuat} * 0.5',
      tolerance: 0.5,
      severity: 'warning',
      message: { vi: 'Thử', en: 'Cross-check: #{thu-ngan-sach} ≤ #{gia-tri-san-xuat} * 0.5' },
    });
  });

  test('empty So sánh and Mức are taken as = and Lỗi, with a warning on each cell', () => {
    const reading = readWith(written({ B: '#{thu-ngan-sach}', D: '1', G: 'Thử' }));
    expect(reading.ok && reading.template.rules!.at(-1)).toMatchObject({ op: '==', severity: 'error' });
    expect(reading.findings.map((f) => [f.severity, f.cell])).toEqual([
      ['warning', `C${next}`],
      ['warning', `F${next}`],
    ]);
  });

  test.each([
    ['an unknown id in an expression', { B: '#{thu-ngan-sachh}' }, 'B', /thu-ngan-sachh/, /thu-ngan-sach\b/],
    ['a syntax error', { D: '#{thu-ngan-sach} +' }, 'D', /Vế phải|vế phải/, /right/],
    ['a bad operator', { C: '≈' }, 'C', /So sánh/, /≥, ≤, =, <, >/],
    ['a bad severity', { F: 'Nặng' }, 'F', /Mức/, /Lỗi, Cảnh báo/],
    ['an empty side', { B: '' }, 'B', /vế trái/, /left side/],
    ['a tolerance that is no number', { E: 'nửa' }, 'E', /Sai số/, /Sai số/],
    ['a negative tolerance', { E: '-1' }, 'E', /từ 0 trở lên/, /at least 0/],
    ['an empty message', { G: '' }, 'G', /thông báo/, /message/],
    ['an id used twice', { A: 'tang-truong-va-gia-tri-san-xuat' }, 'A', /mỗi ràng buộc/, /each rule/],
  ])('%s is an error on its cell and the sheet is refused', (_, edit, column, vi, en) => {
    const good = {
      A: 'thu',
      B: '#{thu-ngan-sach}',
      C: '=',
      D: '#{gia-tri-san-xuat}',
      E: 0,
      F: 'Lỗi',
      G: 'Thử',
    };
    const reading = readWith(written({ ...good, ...edit }));
    expect(reading.ok).toBe(false);
    const errors = errorsOf(reading);
    expect(errors.map((f) => f.cell)).toEqual([`${column}${next}`]);
    expect(errors[0].message.vi).toMatch(new RegExp(`^Ô ${column}${next}: `));
    expect(errors[0].message.vi).toMatch(vi);
    expect(errors[0].message.en).toMatch(new RegExp(`^Cell ${column}${next}: `));
    expect(errors[0].message.en).toMatch(en);
  });

  test('a rule naming an indicator whose own row has an error is not told the id is unknown', () => {
    const row = plan.headerRow + 1 + hungTan.indicators.findIndex((i) => i.id === 'thu-ngan-sach');
    const reading = readWith({
      [`G${row}`]: 'nhiều',
      ...written({ B: '#{thu-ngan-sach}', C: '=', D: '1', F: 'Lỗi', G: 'Thử' }),
    });
    expect(errorsOf(reading).map((f) => f.cell)).toEqual([`G${row}`]);
  });

  test('a Ràng buộc title without its header row is one error naming the row under it', () => {
    const edits = Object.fromEntries(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'K'].map((c) => [`${c}${header}`, null]),
    );
    const reading = readWith(edits);
    expect(reading.ok).toBe(false);
    expect(errorsOf(reading).map((f) => f.cell)).toEqual([`A${header}`]);
    expect(errorsOf(reading)[0].message.vi).toContain(
      'Mã | Vế trái | So sánh | Vế phải | Sai số | Mức | Thông báo',
    );
  });

  test('a sheet made before the table (no Ràng buộc title) has no rules and no findings', () => {
    const edits = Object.fromEntries(
      gridOf(plan)
        .cells.filter((c) => Number(/\d+$/.exec(c.address)![0]) >= header - 1)
        .map((c) => [c.address, null]),
    );
    const reading = readWith(edits);
    if (!reading.ok) throw new Error(reading.findings[0].message.en);
    expect(reading.template.rules).toBeUndefined();
    expect(reading.findings).toEqual([]);
  });
});
