import { checkFigures } from '../../../src/core/check';
import type { EnteredFigure } from '../../../src/core/check';
import { getBuiltInTemplate } from '../../../src/templates';

const hungTan = getBuiltInTemplate('hung-tan-2023')!;

/** The 2022 figures the resolution states, entered as a clerk's Excel holds them. */
function baselineFigures(): EnteredFigure[] {
  return hungTan.indicators.map((indicator, i) => {
    const address = `H${12 + i}`;
    const { baseline } = indicator;
    if (baseline === undefined) return { indicatorId: indicator.id, address, raw: null };
    if (indicator.type === 'percent' && typeof baseline === 'number') {
      return { indicatorId: indicator.id, address, raw: baseline / 100, numberFormat: '0.00%' };
    }
    return { indicatorId: indicator.id, address, raw: baseline };
  });
}

describe('the built-in Hưng Tân 2023 template', () => {
  it('judges the 2022 figures against the 2023 targets', () => {
    const report = checkFigures(hungTan, { period: 'nam', figures: baselineFigures() });
    const judged = Object.fromEntries(
      report.results
        .filter((r) => r.status !== 'no-data')
        .map((r) => [r.indicator.id, [r.status, r.percentOfTarget]]),
    );
    expect(judged).toEqual({
      'tang-truong-kinh-te': ['missed', 96.33],
      'thu-nhap-binh-quan': ['missed', 96.49],
      'dang-bo-tsvm': ['met', null],
      'chinh-quyen': ['met', null],
    });
    expect(report.findings.map((f) => [f.code, f.indicatorId])).toEqual([
      ['missing-explanation', 'tang-truong-kinh-te'],
      ['missing-explanation', 'thu-nhap-binh-quan'],
    ]);
    expect(report.summary).toMatchObject({
      missed: 2,
      met: 2,
      noData: hungTan.indicators.length - 4,
      errors: 0,
    });
  });

  it('checks a 6-month report typed as text, with the slips clerks make', () => {
    const figures: EnteredFigure[] = [
      { indicatorId: 'gia-tri-san-xuat', raw: '120,5 tỷ đồng' },
      { indicatorId: 'tang-truong-kinh-te', raw: '9,1%' },
      { indicatorId: 'thu-nhap-binh-quan', raw: 57_500_000 },
      { indicatorId: 'thu-ngan-sach', raw: '12,3', explanation: 'Chưa đến kỳ thu thuế đất' },
      { indicatorId: 'ho-ngheo', raw: 0.5, numberFormat: 'General' },
      { indicatorId: 'dang-vien-moi', raw: '04' },
      { indicatorId: 'dang-bo-tsvm', raw: 'trong sach vung manh tieu bieu' },
      { indicatorId: 'xa-chuan-y-te', raw: 'x' },
    ];
    const known = new Set(figures.map((f) => f.indicatorId));
    const rest = hungTan.indicators
      .filter((i) => !known.has(i.id))
      .map((i) => ({ indicatorId: i.id, raw: null }));
    const report = checkFigures(hungTan, { period: '6-thang', figures: [...figures, ...rest] });
    const status = Object.fromEntries(report.results.map((r) => [r.indicator.id, r.status]));
    expect(status).toMatchObject({
      'gia-tri-san-xuat': 'on-track',
      'tang-truong-kinh-te': 'exceeded',
      'thu-nhap-binh-quan': 'invalid',
      'thu-ngan-sach': 'behind',
      'ho-ngheo': 'invalid',
      'dang-vien-moi': 'on-track',
      // A rating is decided at the year's end: not assessed yet, however well it is written.
      'dang-bo-tsvm': 'not-assessed',
      'xa-chuan-y-te': 'met',
    });
    const codes = report.findings.map((f) => `${f.indicatorId}:${f.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'thu-nhap-binh-quan:unit-slip',
        'ho-ngheo:percent-not-formatted',
        'gia-tri-san-xuat:stored-as-text',
      ]),
    );
    expect(report.summary.missingExplanations).toBe(0);
  });
});
