import { judge, percentOfTarget } from '../../../src/core/verdict';
import { checkFigures } from '../../../src/core/check';
import type { EnteredFigure } from '../../../src/core/check/types';
import { indicator, template } from '../check/make';

/** docs/design.md, "Through the year": the five steps, in order, at 6 and 9 months. */

const income = indicator({ target: { op: '>=', value: 57 }, assess: 'level' });
const production = indicator({ target: { op: '>=', value: 200 }, assess: 'cumulative' });
const poverty = indicator({ type: 'percent', target: { op: '<=', value: 0.57 }, assess: 'level' });
const congress = indicator({ type: 'yesno', target: { op: '=', value: 'Có' }, assess: 'year-end' });
const rating = indicator({
  type: 'rating',
  scale: ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'],
  target: { op: '>=', value: 'Hoàn thành tốt nhiệm vụ' },
});

describe('step 1: a valid estimate is judged against the year target as a forecast', () => {
  it.each([
    [income, 27.5, 58, 'forecast-exceeded'],
    [income, 27.5, 57, 'forecast-met'],
    [income, 60, 56.9, 'forecast-missed'],
    [production, 10, 201, 'forecast-exceeded'],
    [poverty, 0.72, 0.5, 'forecast-exceeded'],
    [poverty, null, 0.6, 'forecast-missed'],
    [congress, null, 'Có', 'forecast-met'],
    [rating, null, 'Hoàn thành xuất sắc nhiệm vụ', 'forecast-exceeded'],
  ] as const)('%#: figure %p, estimate %p → %s', (which, figure, estimate, status) => {
    expect(judge(which, figure, '6-thang', estimate)).toBe(status);
    expect(judge(which, figure, '9-thang', estimate)).toBe(status);
  });

  it('plays no part at the year end', () => {
    expect(judge(income, 56, 'nam', 60)).toBe('missed');
    expect(judge(income, null, 'nam', 60)).toBe('no-data');
  });
});

describe('steps 2 to 5, without an estimate', () => {
  it('a cumulative figure against the target pro-rated to the period', () => {
    expect(judge(production, 100, '6-thang')).toBe('on-track');
    expect(judge(production, 99, '6-thang')).toBe('behind');
    expect(judge(production, 149.99, '9-thang')).toBe('behind');
  });

  it('a level already reached is judged, otherwise it is not yet met (never missed mid-year)', () => {
    expect(judge(income, 27.5, '6-thang')).toBe('not-yet');
    expect(judge(income, 57.5, '6-thang')).toBe('exceeded');
    expect(judge(poverty, 0.72, '6-thang')).toBe('not-yet');
    expect(judge(poverty, 0.57, '9-thang')).toBe('met');
  });

  it('a year-end yes/no already done is met; anything else is not assessed yet', () => {
    expect(judge(congress, 'Có', '6-thang')).toBe('met');
    expect(judge(congress, 'Không', '6-thang')).toBe('not-assessed');
    expect(judge(congress, null, '9-thang')).toBe('not-assessed');
    expect(judge(rating, 'Hoàn thành xuất sắc nhiệm vụ', '6-thang')).toBe('not-assessed');
    expect(judge(congress, 'Không', 'nam')).toBe('missed');
  });

  it('no figure and no estimate is no data', () => {
    expect(judge(income, null, '6-thang')).toBe('no-data');
    expect(judge(production, null, '9-thang')).toBe('no-data');
  });
});

describe('% of target comes from the same rounded figure as the verdict', () => {
  it('95,995% against 96% rounds to 96,00: "Đạt" beside 100%, not 99,99%', () => {
    const bhyt = indicator({ type: 'percent', target: { op: '>=', value: 96 }, decimals: 2 });
    expect(judge(bhyt, 95.995)).toBe('met');
    expect(percentOfTarget(bhyt, 95.995)).toBe(100);
  });
});

describe('checkFigures at 6 months', () => {
  const t = template([
    { target: { op: '>=', value: 57 }, assess: 'level', unit: 'triệu đồng' },
    { target: { op: '>=', value: 200 }, assess: 'cumulative' },
    { type: 'yesno', target: { op: '=', value: 'Có' }, assess: 'year-end', section: 'task' },
  ]);
  const figures = (
    estimates: (string | number | null)[],
    values: (string | number | null)[],
  ): EnteredFigure[] =>
    t.indicators.map((each, i) => ({
      indicatorId: each.id,
      address: `G${10 + i}`,
      raw: values[i],
      estimate: { raw: estimates[i], address: `I${10 + i}` },
    }));

  it('counts every new status in the summary and reports each estimate as entered and read', () => {
    const report = checkFigures(t, {
      period: '6-thang',
      figures: figures(['57,5', null, null], [27.5, 80, null]),
    });
    expect(report.results.map((r) => r.status)).toEqual(['forecast-exceeded', 'behind', 'not-assessed']);
    expect(report.results[0].estimate).toEqual({ raw: '57,5', value: 57.5, cell: 'I10' });
    expect(report.results[1].estimate).toBeUndefined();
    expect(report.summary).toMatchObject({ forecastExceeded: 1, behind: 1, notAssessed: 1, missed: 0 });
  });

  it('asks for an explanation of a forecast miss, and an unreadable estimate is an error on its own cell', () => {
    const report = checkFigures(t, {
      period: '6-thang',
      figures: figures([50, 'khoảng 200', null], [27.5, 80, 'x']),
    });
    expect(report.results.map((r) => r.status)).toEqual(['forecast-missed', 'invalid', 'met']);
    expect(report.findings.find((f) => f.code === 'missing-explanation')?.cell).toBe('G10');
    expect(report.findings.find((f) => f.code === 'unreadable')?.cell).toBe('I11');
    expect(report.summary.forecastMissed).toBe(1);
    // The figure itself is fine: its % of the year's plan stays.
    expect(report.results[1].percentOfTarget).toBe(40);
  });

  it('at the year end the estimate is neither judged nor examined', () => {
    const report = checkFigures(t, {
      period: 'nam',
      figures: figures(['abc', 'khoảng', null], [56, 210, 'Có']),
    });
    expect(report.results.map((r) => r.status)).toEqual(['missed', 'exceeded', 'met']);
    expect(report.findings.filter((f) => f.cell?.startsWith('I'))).toEqual([]);
  });
});

describe('ratings per 124-QĐ/TW, written as clerks write them', () => {
  const party = indicator({
    type: 'rating',
    scale: [
      'Trong sạch, vững mạnh tiêu biểu',
      'Trong sạch, vững mạnh',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ],
    target: { op: '>=', value: 'Trong sạch, vững mạnh tiêu biểu' },
  });
  const government = indicator({
    type: 'rating',
    scale: [
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ],
    target: { op: '>=', value: 'Hoàn thành xuất sắc nhiệm vụ' },
  });
  const check = (which: typeof party, raw: string) => {
    // The indicator keeps its own id, `chi-tieu`.
    const report = checkFigures(template([which]), {
      period: 'nam',
      figures: [{ indicatorId: 'chi-tieu', raw, address: 'G10' }],
    });
    return {
      status: report.results[0].status,
      value: report.results[0].value,
      codes: report.findings.map((f) => f.code),
    };
  };

  it('"Hoàn thành xuất sắc nhiệm vụ" for the party organisation is read and judged, not an error', () => {
    expect(check(party, 'Hoàn thành xuất sắc nhiệm vụ')).toEqual({
      status: 'missed',
      value: 'Hoàn thành xuất sắc nhiệm vụ',
      codes: ['missing-explanation'],
    });
  });

  it.each([
    ['HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ'],
    ['htxsnv', 'Hoàn thành xuất sắc nhiệm vụ'],
    ['hoan thanh xuat sac nhiem vu', 'Hoàn thành xuất sắc nhiệm vụ'],
  ])('"%s" for the government is "%s", met, with the written-out form suggested', (raw, level) => {
    const result = check(government, raw);
    expect(result).toEqual({ status: 'met', value: level, codes: ['level-respelled'] });
  });

  it.each([
    ['TSVM tiêu biểu', 'Trong sạch, vững mạnh tiêu biểu', 'met'],
    ['Trong sạch vững mạnh tiêu biểu', 'Trong sạch, vững mạnh tiêu biểu', 'met'],
    ['trong sach vung manh', 'Trong sạch, vững mạnh', 'missed'],
    ['HTTNV', 'Hoàn thành tốt nhiệm vụ', 'missed'],
    ['KHTNV', 'Không hoàn thành nhiệm vụ', 'missed'],
  ])('"%s" for the party is "%s" (%s)', (raw, level, status) => {
    const result = check(party, raw);
    expect(result.value).toBe(level);
    expect(result.status).toBe(status);
    expect(result.codes).toContain('level-respelled');
  });

  it('a level written as the scale writes it, in any case, needs no warning', () => {
    expect(check(government, 'HOÀN THÀNH XUẤT SẮC NHIỆM VỤ').codes).toEqual([]);
  });
});
