import { checkFigures } from '../../../src/core/check';
import type { EnteredFigure, FiguresSnapshot } from '../../../src/core/check/types';
import { buildReportPlan, type ReportPlan } from '../../../src/core/report-plan';
import type { Period } from '../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../src/templates';

const template = getBuiltInTemplate('hung-tan-2023')!;
const DATE = new Date(2024, 0, 5);

function snapshot(values: Record<string, EnteredFigure['raw']>, period: Period = 'nam'): FiguresSnapshot {
  return {
    period,
    figures: template.indicators.map((indicator) => ({
      indicatorId: indicator.id,
      raw: values[indicator.id] ?? null,
    })),
  };
}

function plan(
  values: Record<string, EnteredFigure['raw']>,
  period: Period = 'nam',
  lang: 'vi' | 'en' = 'vi',
) {
  const snap = snapshot(values, period);
  return buildReportPlan(template, checkFigures(template, snap), { lang, date: DATE });
}

const texts = (p: ReportPlan) =>
  p.cells.flatMap((cell) => (cell.content.kind === 'text' ? [cell.content.text] : []));

describe('buildReportPlan', () => {
  it('is refused while the figures have errors', () => {
    expect(plan({ 'thu-nhap-binh-quan': 57_000_000 })).toEqual({ ok: false, errors: expect.any(Number) });
  });

  it('says the result in the usual words and dates the place-date line', () => {
    const made = plan({ 'gia-tri-san-xuat': 230, 'dang-vien-moi': 5, 'xa-chuan-y-te': 'Có' });
    if (!made.ok) throw new Error('refused');
    expect(texts(made.plan)).toEqual(
      expect.arrayContaining([
        'ĐẢNG BỘ XÃ HƯNG TÂN',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Hưng Tân, ngày 05 tháng 01 năm 2024',
        'BÁO CÁO',
        'kết quả thực hiện các chỉ tiêu chủ yếu năm 2023',
        '(Kỳ báo cáo: năm 2023)',
        'Đạt và vượt 1/12 chỉ tiêu chủ yếu; Nhiệm vụ: hoàn thành 1/12; 1 chỉ tiêu không đạt; 21 chỉ tiêu chưa có số liệu.',
        'T/M BAN THƯỜNG VỤ',
        'Nơi nhận:',
      ]),
    );
  });

  it('counts cumulative indicators behind schedule at 6 months, and writes English', () => {
    const made = plan({ 'gia-tri-san-xuat': 50, 'dang-vien-moi': 6 }, '6-thang', 'en');
    if (!made.ok) throw new Error('refused');
    expect(texts(made.plan)).toEqual(
      expect.arrayContaining([
        'COMMUNIST PARTY OF VIETNAM',
        '(Report period: the first 6 months of 2023)',
        'Expected to meet or exceed 1/12 main targets; Tasks: done 0/12; 1 behind schedule; 9 without data.',
      ]),
    );
  });

  it('charts every indicator with a % of target, numbered as in the table, from hidden columns', () => {
    const made = plan({ 'gia-tri-san-xuat': 230, 'truong-tieu-hoc-chuan-2': 'Có', 'dang-vien-moi': 10 });
    if (!made.ok) throw new Error('refused');
    const { chart, hiddenColumns, printArea } = made.plan;
    expect(chart?.points.map((p) => p.label)).toEqual([
      expect.stringMatching(/^1\. Tổng giá trị sản xuất/),
      expect.stringMatching(/^8\. Phát triển đảng viên mới/),
    ]);
    expect(chart?.points.map((p) => p.percent)).toEqual([105.66, 125]);
    expect(hiddenColumns).toEqual([9, 10, 11]);
    expect(printArea).toMatch(/^A1:G\d+$/);
  });

  it('has no chart when no indicator has a % of target', () => {
    const made = plan({});
    expect(made.ok && made.plan.chart).toBeNull();
  });
});
