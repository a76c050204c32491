import fc from 'fast-check';
import { parseFigure } from '../../../src/core/numbers';
import { indicatorSchema } from '../../../src/core/template/schema';
import type { Indicator } from '../../../src/core/template/types';

function indicator(fields: Partial<Record<string, unknown>>): Indicator {
  return indicatorSchema.parse({
    id: 'x',
    group: 'Kinh tế',
    name: 'Chỉ tiêu thử',
    type: 'number',
    target: { op: '>=', value: 1 },
    ...fields,
  });
}

const growth = indicator({ type: 'percent', unit: '%', target: { op: '>=', value: 9 }, min: -50 });
const value = indicator({ unit: 'tỷ đồng', target: { op: '>=', value: 217.67 } });
const income = indicator({ unit: 'triệu đồng/người', target: { op: '>=', value: 57 } });
const members = indicator({ type: 'integer', unit: 'đảng viên', target: { op: '>=', value: 8 } });
const plain = indicator({ unit: 'người' });
const yesno = indicator({ type: 'yesno', unit: '', target: { op: '=', value: 'Có' } });
const rating = indicator({
  type: 'rating',
  unit: '',
  scale: ['Trong sạch vững mạnh tiêu biểu', 'Trong sạch vững mạnh', 'Hoàn thành nhiệm vụ'],
  target: { op: '>=', value: 'Trong sạch vững mạnh tiêu biểu' },
});

function valueOf(raw: unknown, ind: Indicator, format?: string) {
  const reading = parseFigure(raw, ind, format);
  if (!reading.ok) throw new Error(`expected a value for ${String(raw)}, got ${reading.problem.code}`);
  return reading.value;
}

function problemOf(raw: unknown, ind: Indicator, format?: string) {
  const reading = parseFigure(raw, ind, format);
  if (reading.ok) throw new Error(`expected a problem for ${String(raw)}, got ${String(reading.value)}`);
  return reading.problem;
}

describe('numbers as clerks type them', () => {
  it.each([
    ['217,67', value, 217.67],
    ['8,67%', growth, 8.67],
    ['8,67 %', growth, 8.67],
    ['1.234,5', plain, 1234.5],
    ['04', members, 4],
    ['57 triệu', income, 57],
    ['57 triệu đồng/người', income, 57],
    ['27 tỷ', value, 27],
    ['27 tỉ', value, 27],
    ['27 TỶ ĐỒNG', value, 27],
    ['217,67 tỷ đồng', value, 217.67],
    ['8 đảng viên', members, 8],
    ['1,234.5', plain, 1234.5],
    ['217.67', value, 217.67],
    ['1.234.567,89', plain, 1234567.89],
    ['1,234,567.89', plain, 1234567.89],
    ['57.000.000', plain, 57000000],
    ['1 234 567', plain, 1234567],
    ['\u00a0217,67\u202f', value, 217.67],
    ['  217,67\n', value, 217.67],
    ['\u22120,2', growth, -0.2],
    ['-0,2%', growth, -0.2],
    ['giảm 0,2%', growth, -0.2],
    ['Giam 0,2 %', growth, -0.2],
    ['tăng 1,5%', growth, 1.5],
    [',5', plain, 0.5],
    ['0,5', plain, 0.5],
    ['２１７,６７', value, 217.67],
    ['\u200b217,67', value, 217.67],
  ])('%j reads as the figure it shows', (text, ind, expected) => {
    expect(valueOf(text, ind)).toBe(expected);
  });

  it('marks every typed figure as stored as text, and a real number as not', () => {
    expect(parseFigure('217,67', value)).toMatchObject({ ok: true, storedAsText: true });
    expect(parseFigure(217.67, value)).toMatchObject({ ok: true, storedAsText: false });
  });

  it('converts a magnitude word that differs from the unit, with a warning', () => {
    const reading = parseFigure('2 tỷ', income);
    expect(reading).toMatchObject({ ok: true, value: 2000 });
    expect(reading.ok && reading.warnings.map((w) => w.code)).toEqual(['unit-converted']);
    expect(valueOf('500 triệu', value)).toBe(0.5);
    expect(valueOf('1,5 tỷ', indicator({ unit: 'đồng' }))).toBe(1500000000);
  });

  it('refuses a magnitude word or % that does not fit the unit', () => {
    expect(problemOf('27 tỷ', growth).code).toBe('unit-mismatch');
    expect(problemOf('2 nghìn', members).code).toBe('unit-mismatch');
    expect(problemOf('8%', members).code).toBe('unit-mismatch');
    expect(problemOf('8 hộ', members).code).toBe('unit-mismatch');
    expect(problemOf('12ab', value)).toEqual({ code: 'unit-mismatch', text: '12ab', unit: 'tỷ đồng' });
    expect(problemOf('8,67%', value).code).toBe('unit-mismatch');
  });

  describe('a form with two readings', () => {
    it('reads 1.234 the Vietnamese way and warns', () => {
      const reading = parseFigure('1.234', plain);
      expect(reading).toMatchObject({ ok: true, value: 1234 });
      expect(reading.ok && reading.warnings).toEqual([
        { code: 'ambiguous-number', text: '1.234', chosen: 1234, other: 1.234 },
      ]);
    });

    it('reads it the English way when only that fits the bounds, and still warns', () => {
      const reading = parseFigure('1.234', growth);
      expect(reading).toMatchObject({ ok: true, value: 1.234 });
      expect(reading.ok && reading.warnings[0]).toMatchObject({ code: 'ambiguous-number', other: 1234 });
    });

    it('reads 1,234 for a whole-number indicator as 1234', () => {
      expect(valueOf('1,234', members)).toBe(1234);
      expect(valueOf('1,234', plain)).toBe(1.234);
    });
  });

  it.each(['abc', '1,2,3', '5,', '1..2', '', '--5', '1.23.4', '1 2', '12 34'])(
    'says what was expected when it cannot read %j',
    (text) => {
      const reading = parseFigure(text, value);
      if (text === '') {
        expect(reading).toEqual({ ok: true, value: null, storedAsText: false, warnings: [] });
        return;
      }
      expect(reading).toMatchObject({ ok: false, problem: { code: 'unreadable', expected: 'number' } });
    },
  );

  it('refuses pasted essays and hidden characters without hanging', () => {
    const long = '1'.repeat(40000);
    expect(problemOf(long, value)).toMatchObject({ code: 'unreadable', reason: 'too-long' });
    expect(problemOf('21\u00007', value)).toMatchObject({ code: 'unreadable', reason: 'hidden-characters' });
    expect(problemOf('217\u202e', value)).toMatchObject({ code: 'unreadable', reason: 'hidden-characters' });
    expect(problemOf('9'.repeat(150), value)).toMatchObject({ code: 'unreadable', reason: 'too-large' });
  });
});

describe('numbers already in the cell', () => {
  it('reads a %-formatted number as a fraction for percent indicators', () => {
    expect(valueOf(0.961, growth, '0.0%')).toBe(96.1);
    expect(valueOf(0.0867, growth, '0.00%')).toBe(8.67);
    expect(valueOf(-0.002, growth, '[Red]0.0%')).toBe(-0.2);
  });

  it('refuses a percent indicator holding a plain number', () => {
    expect(problemOf(96.1, growth, 'General')).toEqual({ code: 'percent-not-formatted', number: 96.1 });
    expect(problemOf(96.1, growth)).toEqual({ code: 'percent-not-formatted', number: 96.1 });
    expect(problemOf(96.1, growth, '0.0"%"')).toEqual({ code: 'percent-not-formatted', number: 96.1 });
    expect(problemOf(96.1, growth, '0.0\\%')).toEqual({ code: 'percent-not-formatted', number: 96.1 });
  });

  it('reads other numbers as they are', () => {
    expect(valueOf(217.67, value, '#,##0.00')).toBe(217.67);
  });

  it('refuses booleans, dates, cell errors and non-finite numbers with a reason', () => {
    expect(problemOf(true, value)).toMatchObject({ code: 'unreadable', reason: 'boolean' });
    expect(problemOf(new Date(Date.UTC(2023, 7, 6)), value)).toMatchObject({
      code: 'unreadable',
      reason: 'date',
      text: '2023-08-06',
    });
    expect(problemOf(new Date(NaN), value)).toMatchObject({ code: 'unreadable', reason: 'date' });
    expect(problemOf({ error: '#DIV/0!' }, value)).toEqual({ code: 'cell-error', error: '#DIV/0!' });
    expect(problemOf(NaN, value)).toMatchObject({ code: 'unreadable' });
    expect(problemOf(Infinity, value)).toMatchObject({ code: 'unreadable' });
    expect(problemOf(1.8e306, growth, '0%')).toMatchObject({ code: 'unreadable', reason: 'too-large' });
    expect(problemOf({ richText: [] }, value)).toMatchObject({ code: 'unreadable' });
  });

  it('treats null and blank text as an empty cell', () => {
    expect(valueOf(null, value)).toBeNull();
    expect(valueOf('   ', value)).toBeNull();
    expect(valueOf(undefined, value)).toBeNull();
  });
});

describe('yes/no and ratings', () => {
  it.each([
    ['Có', 'Có'],
    ['co', 'Có'],
    ['CÓ', 'Có'],
    ['x', 'Có'],
    ['X', 'Có'],
    ['Đạt', 'Có'],
    ['yes', 'Có'],
    [true, 'Có'],
    ['Không', 'Không'],
    ['khong', 'Không'],
    ['Chưa đạt', 'Không'],
    ['Không đạt', 'Không'],
    ['chua dat', 'Không'],
    ['No', 'Không'],
    [false, 'Không'],
  ])('reads %j as %s', (raw, expected) => {
    expect(valueOf(raw, yesno)).toBe(expected);
  });

  it('refuses other answers', () => {
    expect(problemOf('có lẽ', yesno)).toEqual({ code: 'not-yes-no', text: 'có lẽ' });
    expect(problemOf(1, yesno)).toEqual({ code: 'not-yes-no', text: '1' });
  });

  it.each([
    'trong sạch vững mạnh tiêu biểu',
    'TRONG SACH  VUNG MANH TIEU BIEU',
    ' Trong sạch vững mạnh tiêu biểu ',
  ])('maps %j to the exact level', (text) => {
    expect(valueOf(text, rating)).toBe('Trong sạch vững mạnh tiêu biểu');
  });

  it('refuses a level not on the scale, listing the scale', () => {
    expect(problemOf('Xuất sắc', rating)).toEqual({
      code: 'not-on-scale',
      text: 'Xuất sắc',
      scale: rating.scale,
    });
  });
});

describe('properties', () => {
  const vi = (n: number) => n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const en = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const amounts = fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }).map((cents) => cents / 100);

  it('reads back a number written the Vietnamese way (1.234.567,89)', () => {
    fc.assert(fc.property(amounts, (n) => valueOf(vi(n), plain) === n));
  });

  it('reads back a number written the English way (1,234,567.89)', () => {
    fc.assert(fc.property(amounts, (n) => valueOf(en(n), plain) === n));
  });

  const figureLike = fc
    .array(fc.constantFrom(...'0123456789.,%- \u00a0\u202f\u2212tỷiệu'.split('')), { maxLength: 30 })
    .map((chars) => chars.join(''));
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), figureLike);

  it.each([
    ['number', plain],
    ['percent', growth],
    ['integer', members],
    ['yes/no', yesno],
    ['rating', rating],
  ])('never throws nor yields a non-finite number on any text (%s)', (_, ind) => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string()), (text, format) => {
        const reading = parseFigure(text, ind, format ?? undefined);
        return reading.ok ? typeof reading.value !== 'number' || Number.isFinite(reading.value) : true;
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any cell value', () => {
    const raw = fc.oneof(
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
      fc.record({ error: fc.string() }),
      fc.anything(),
    );
    fc.assert(
      fc.property(raw, (r) => {
        const reading = parseFigure(r, growth, '0%');
        return reading.ok ? typeof reading.value !== 'number' || Number.isFinite(reading.value) : true;
      }),
    );
  });
});
