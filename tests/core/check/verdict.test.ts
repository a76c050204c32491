import { judge, percentOfTarget } from '../../../src/core/check';
import { indicator } from './make';

const scale = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'];

describe('verdicts, one row of design.md at a time', () => {
  it.each([
    [
      '>= T',
      { target: { op: '>=', value: 9 } },
      [
        [9.5, 'exceeded'],
        [9, 'met'],
        [8.5, 'missed'],
      ],
    ],
    [
      '<= T',
      { target: { op: '<=', value: 0.57 } },
      [
        [0.5, 'exceeded'],
        [0.57, 'met'],
        [0.6, 'missed'],
      ],
    ],
    [
      '> T',
      { target: { op: '>', value: 90 } },
      [
        [91, 'met'],
        [90, 'missed'],
        [89, 'missed'],
      ],
    ],
    [
      '< T',
      { target: { op: '<', value: 4 } },
      [
        [3.9, 'met'],
        [4, 'missed'],
        [5, 'missed'],
      ],
    ],
    [
      '= T',
      { target: { op: '=', value: 100 } },
      [
        [100, 'met'],
        [99, 'missed'],
        [101, 'missed'],
      ],
    ],
    [
      'between, better higher',
      { target: { op: 'between', min: 6.6, max: 6.8, better: 'higher' } },
      [
        [6.9, 'exceeded'],
        [6.6, 'met'],
        [6.7, 'met'],
        [6.8, 'met'],
        [6.5, 'missed'],
      ],
    ],
    [
      'between, better lower',
      { target: { op: 'between', min: 1, max: 2, better: 'lower' } },
      [
        [0.5, 'exceeded'],
        [1, 'met'],
        [2, 'met'],
        [2.5, 'missed'],
      ],
    ],
    [
      'rating >= level',
      { type: 'rating', scale, target: { op: '>=', value: 'Hoàn thành tốt nhiệm vụ' } },
      [
        ['Hoàn thành xuất sắc nhiệm vụ', 'exceeded'],
        ['Hoàn thành tốt nhiệm vụ', 'met'],
        ['Hoàn thành nhiệm vụ', 'missed'],
      ],
    ],
    [
      'yes/no = Có',
      { type: 'yesno', target: { op: '=', value: 'Có' } },
      [
        ['Có', 'met'],
        ['Không', 'missed'],
      ],
    ],
  ])('%s', (_, fields, rows) => {
    const ind = indicator(fields);
    for (const [value, status] of rows as [number | string, string][])
      expect([value, judge(ind, value)]).toEqual([value, status]);
  });

  it('says no data for an empty cell, whatever the target', () => {
    expect(judge(indicator({ target: { op: '>=', value: 9 } }), null)).toBe('no-data');
    expect(judge(indicator({ type: 'yesno', target: { op: '=', value: 'Có' } }), null)).toBe('no-data');
  });

  it('refuses to judge a value of the wrong kind', () => {
    expect(judge(indicator({ target: { op: '>=', value: 9 } }), 'chín')).toBe('invalid');
    expect(judge(indicator({ type: 'yesno', target: { op: '=', value: 'Có' } }), 'Có lẽ')).toBe('invalid');
    expect(
      judge(indicator({ type: 'rating', scale, target: { op: '>=', value: scale[0] } }), 'Xuất sắc'),
    ).toBe('invalid');
  });

  it('compares after rounding to the indicator decimals, half away from zero', () => {
    const growth = indicator({ type: 'percent', target: { op: '>=', value: 9 }, decimals: 2 });
    expect(judge(growth, 8.999999)).toBe('met');
    expect(judge(growth, 8.995)).toBe('met');
    expect(judge(growth, 8.994)).toBe('missed');
    expect(judge(growth, 9.004)).toBe('met');
    expect(judge(growth, 9.005)).toBe('exceeded');
    const members = indicator({ type: 'integer', target: { op: '>=', value: 8 }, decimals: 0 });
    expect(judge(members, 7.5)).toBe('met');
  });
});

describe('report periods', () => {
  const production = indicator({ target: { op: '>=', value: 200 }, accumulates: true });
  const poverty = indicator({ type: 'percent', target: { op: '<=', value: 0.57 }, accumulates: true });
  const income = indicator({ target: { op: '>=', value: 57 } });

  it('compares a cumulative figure with ½ and ¾ of the year target', () => {
    expect(judge(production, 100, '6-thang')).toBe('on-track');
    expect(judge(production, 99.99, '6-thang')).toBe('behind');
    expect(judge(production, 150, '9-thang')).toBe('on-track');
    expect(judge(production, 149, '9-thang')).toBe('behind');
    expect(judge(production, 150, 'nam')).toBe('missed');
  });

  it('for a lower-is-better cumulative target, at or below the share (0,57 × ½ → 0,29) is on track', () => {
    expect(judge(poverty, 0.28, '6-thang')).toBe('on-track');
    expect(judge(poverty, 0.29, '6-thang')).toBe('on-track');
    expect(judge(poverty, 0.3, '6-thang')).toBe('behind');
  });

  it('judges a level indicator against the year target: reached already, else not yet, never missed', () => {
    expect(judge(income, 58, '6-thang')).toBe('exceeded');
    expect(judge(income, 57, '6-thang')).toBe('met');
    expect(judge(income, 56, '9-thang')).toBe('not-yet');
    expect(judge(income, 56, 'nam')).toBe('missed');
  });

  it('still says no data for an empty cell', () => {
    expect(judge(production, null, '6-thang')).toBe('no-data');
  });

  it('gives % of target against the full year', () => {
    expect(percentOfTarget(production, 110)).toBe(55);
  });
});

describe('% of target', () => {
  it('is v ÷ T × 100 where higher is better, 2 decimals', () => {
    expect(percentOfTarget(indicator({ target: { op: '>=', value: 57 } }), 55)).toBe(96.49);
    expect(percentOfTarget(indicator({ target: { op: '>', value: 90 } }), 99)).toBe(110);
    expect(percentOfTarget(indicator({ target: { op: '=', value: 4 } }), 4)).toBe(100);
    const range = indicator({ target: { op: 'between', min: 6.6, max: 6.8, better: 'higher' } });
    expect(percentOfTarget(range, 7.02)).toBe(106.36);
  });

  it('is the achieved over the planned reduction where lower is better', () => {
    const poverty = indicator({ type: 'percent', target: { op: '<=', value: 7.34 }, baseline: 7.5 });
    expect(percentOfTarget(poverty, 7.16)).toBe(212.5);
    const range = indicator({ target: { op: 'between', min: 1, max: 2, better: 'lower' }, baseline: 3 });
    expect(percentOfTarget(range, 2.5)).toBe(50);
  });

  it('is empty where it means nothing', () => {
    expect(percentOfTarget(indicator({ target: { op: '<=', value: 0.57 } }), 0.5)).toBeNull();
    expect(percentOfTarget(indicator({ target: { op: '<=', value: 5 }, baseline: 5 }), 4)).toBeNull();
    expect(percentOfTarget(indicator({ target: { op: '>=', value: 0 } }), 4)).toBeNull();
    expect(percentOfTarget(indicator({ type: 'yesno', target: { op: '=', value: 'Có' } }), 'Có')).toBeNull();
    expect(
      percentOfTarget(indicator({ type: 'rating', scale, target: { op: '>=', value: scale[0] } }), scale[0]),
    ).toBeNull();
    expect(percentOfTarget(indicator({ target: { op: '>=', value: 9 } }), null)).toBeNull();
  });
});
