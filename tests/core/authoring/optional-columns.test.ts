import {
  buildAuthoringPlan,
  contentOf,
  nextYearContent,
  readAuthoringSheet,
  type Grid,
} from '../../../src/core/authoring';
import { COLUMN_OF, HEADER_ROW, HEADERS, OPTIONAL_COLUMN_KEYS } from '../../../src/core/authoring/layout';
import type { Template } from '../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../src/templates';
import { gridOf } from './support';

/** The optional columns after `Ghi chú`: code, decimals, bounds and the direction of a range. */

// `$schema`, the JSON file's hint to editors, is the one field a sheet has no place for.
const hungTan: Template = { ...getBuiltInTemplate('hung-tan-2023')! };
delete hungTan.$schema;
const plan = buildAuthoringPlan(contentOf(hungTan));
const rowOf = (id: string) => HEADER_ROW + 1 + hungTan.indicators.findIndex((i) => i.id === id);
const growth = rowOf('tang-truong-kinh-te');
const OPTIONAL_LETTERS = ['O', 'P', 'Q', 'R', 'S'];

function readWith(edits: Record<string, Grid['cells'][number]['value']>) {
  return readAuthoringSheet(gridOf(plan, edits));
}
const errorsOf = (reading: ReturnType<typeof readWith>) =>
  reading.findings.filter((f) => f.severity === 'error');
const indicator = (reading: ReturnType<typeof readWith>, id: string) => {
  if (!reading.ok) throw new Error(reading.findings.map((f) => f.message.en).join('\n'));
  return reading.template.indicators.find((i) => i.id === id)!;
};

describe('the optional columns of the authoring sheet', () => {
  test('stand after Ghi chú with their exact headers, each with a list or a prompt', () => {
    expect(OPTIONAL_COLUMN_KEYS.map((key) => COLUMN_OF[key])).toEqual(OPTIONAL_LETTERS);
    const header = (letter: string) =>
      plan.cells.find((c) => c.address === `${letter}${HEADER_ROW}`)?.content;
    expect(OPTIONAL_LETTERS.map((letter) => header(letter))).toEqual(
      ['Mã thống kê', 'Số chữ số thập phân', 'Giá trị tối thiểu', 'Giá trị tối đa', 'Hướng tốt'].map(
        (text) => ({
          kind: 'text',
          text,
        }),
      ),
    );
    const rules = Object.fromEntries(plan.validations.map((v) => [v.address.replace(/\d+/g, ''), v]));
    expect(rules['O:O'].rule).toEqual({ kind: 'textLength', max: 40 });
    expect(rules['P:P'].rule).toEqual({ kind: 'whole', min: 0, max: 6 });
    expect(rules['Q:Q'].rule).toEqual({ kind: 'decimal' });
    expect(rules['R:R'].rule).toEqual({ kind: 'decimal' });
    expect(rules['S:S'].rule).toEqual({ kind: 'list', items: ['Càng cao càng tốt', 'Càng thấp càng tốt'] });
    for (const letter of OPTIONAL_LETTERS) {
      expect(rules[`${letter}:${letter}`].prompt.message.length).toBeGreaterThan(20);
      // The lists stop above the Ràng buộc table, which keeps columns A–L.
      const last = Number(/\d+$/.exec(rules[`${letter}:${letter}`].address)![0]);
      expect(last).toBeLessThan(plan.rulesHeaderRow - 1);
    }
    expect(plan.columnWidths).toHaveLength(19);
    expect(plan.merges).toContain(`A2:S2`);
  });

  test('the growth rate writes its bounds, -50 among them, and its decimals', () => {
    const cell = (at: string) => plan.cells.find((c) => c.address === at)?.content;
    expect(cell(`P${growth}`)).toEqual({ kind: 'number', value: 2 });
    expect(cell(`Q${growth}`)).toEqual({ kind: 'number', value: -50 });
    expect(cell(`R${growth}`)).toEqual({ kind: 'number', value: 100 });
    // A yes/no's decimals mean nothing; its cell stays empty.
    expect(cell(`P${rowOf('xa-chuan-y-te')}`)).toEqual({ kind: 'empty' });
  });

  test('a sheet made before them (14 columns) reads as it did: defaults, no code, no bounds', () => {
    const old = gridOf(plan);
    const cells = old.cells.filter((c) => !OPTIONAL_LETTERS.includes(c.address.replace(/\d+/g, '')));
    const reading = readAuthoringSheet({ cells });
    if (!reading.ok) throw new Error(reading.findings[0].message.en);
    expect(reading.findings).toEqual([]);
    expect(reading.template).toEqual({
      ...hungTan,
      indicators: hungTan.indicators.map((each) => {
        const unbounded = { ...each, decimals: each.type === 'integer' ? 0 : 2 };
        delete unbounded.min;
        delete unbounded.max;
        return unbounded;
      }),
    });
  });

  test('are found by their headers wherever they stand, and a column of the clerk’s own is ignored', () => {
    const moved: Record<string, Grid['cells'][number]['value']> = {
      [`O${HEADER_ROW}`]: 'Người theo dõi',
      [`O${growth}`]: 'Anh Tuấn',
      [`P${HEADER_ROW}`]: null,
      [`P${growth}`]: null,
      [`Q${growth}`]: null,
      [`U${HEADER_ROW}`]: HEADERS.code,
      [`U${growth}`]: 'KT-02',
      [`V${HEADER_ROW}`]: HEADERS.decimals,
      [`V${growth}`]: 1,
    };
    const reading = readWith(moved);
    const read = indicator(reading, 'tang-truong-kinh-te');
    expect(read).toMatchObject({ code: 'KT-02', decimals: 1, max: 100 });
    expect(read.min).toBeUndefined();
  });

  test('bounds as Vietnamese write them, a code, and the direction of a range', () => {
    const row = rowOf('gia-tri-san-xuat');
    const reading = readWith({
      [`O${row}`]: ' 01.02 ',
      [`P${row}`]: '1',
      [`Q${row}`]: '-0,5',
      [`R${row}`]: '1.000,5',
      [`F${row}`]: 'khoảng',
      [`H${row}`]: 300,
      [`S${row}`]: 'càng thấp càng tốt',
    });
    expect(indicator(reading, 'gia-tri-san-xuat')).toMatchObject({
      code: '01.02',
      decimals: 1,
      min: -0.5,
      max: 1000.5,
      target: { op: 'between', min: 217.67, max: 300, better: 'lower' },
    });
    const empty = readWith({ [`F${row}`]: 'khoảng', [`H${row}`]: 300 });
    expect(indicator(empty, 'gia-tri-san-xuat').target).toMatchObject({ better: 'higher' });
  });

  test.each([
    ['decimals not a whole number', { [`P${growth}`]: '2,5' }, `P${growth}`, 'Số chữ số thập phân'],
    ['decimals above 6', { [`P${growth}`]: 7 }, `P${growth}`, '0'],
    ['an unreadable bound', { [`Q${growth}`]: 'âm năm mươi' }, `Q${growth}`, 'Giá trị tối thiểu'],
    [
      'min above max',
      { [`Q${growth}`]: 200 },
      `Q${growth}`,
      'Giá trị tối thiểu (200) lớn hơn Giá trị tối đa (100)',
    ],
    [
      'a bound shutting out the target',
      { [`R${growth}`]: 8.8 },
      `G${growth}`,
      'Mức chỉ tiêu nằm ngoài giới hạn của chỉ tiêu (từ -50 đến 8,8)',
    ],
    [
      'a bound shutting out last year’s figure',
      { [`Q${growth}`]: 8.7 },
      `I${growth}`,
      '8,67 ở cột Thực hiện năm trước',
    ],
    [
      'a bound on a yes/no',
      { [`R${rowOf('xa-chuan-y-te')}`]: 1 },
      `R${rowOf('xa-chuan-y-te')}`,
      'Giá trị tối đa',
    ],
    ['a direction without a range', { [`S${growth}`]: 'Càng cao càng tốt' }, `S${growth}`, 'khoảng'],
    [
      'a direction not in the list',
      { [`F${growth}`]: 'khoảng', [`H${growth}`]: 12, [`S${growth}`]: 'vừa phải' },
      `S${growth}`,
      'Càng cao càng tốt',
    ],
  ])(
    '%s is an error on its cell, in both languages, and the sheet is refused',
    (_what, edits, cell, word) => {
      const reading = readWith(edits);
      expect(reading.ok).toBe(false);
      const errors = errorsOf(reading);
      expect(errors).toHaveLength(1);
      expect(errors[0].cell).toBe(cell);
      expect(errors[0].message.vi).toContain(`Ô ${cell}`);
      expect(errors[0].message.vi).toContain(word);
      expect(errors[0].message.en).toContain(`Cell ${cell}`);
    },
  );

  test("next year's sheet keeps the code, decimals, bounds and direction", () => {
    const ranged: Template = {
      ...hungTan,
      indicators: hungTan.indicators.map((i) =>
        i.id === 'tang-truong-kinh-te'
          ? { ...i, code: 'KT-02', decimals: 1, target: { op: 'between', min: 8, max: 10, better: 'lower' } }
          : i,
      ),
    };
    const next = nextYearContent(ranged, new Map([['tang-truong-kinh-te', 9.1]]));
    const row = next.rows[hungTan.indicators.findIndex((i) => i.id === 'tang-truong-kinh-te')];
    expect(row).toMatchObject({
      code: 'KT-02',
      decimals: 1,
      min: -50,
      max: 100,
      better: 'Càng thấp càng tốt',
      target: null,
      targetTo: null,
      baseline: 9.1,
    });
  });
});
