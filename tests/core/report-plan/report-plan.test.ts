import { checkFigures } from '../../../src/core/check';
import type { EnteredFigure, FiguresSnapshot } from '../../../src/core/check/types';
import type { ReportDetails } from '../../../src/core/document';
import { buildReportPlan, type ReportPlan } from '../../../src/core/report-plan';
import type { Period } from '../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../src/templates';

const template = getBuiltInTemplate('hung-tan-2023')!;

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
  details: ReportDetails = {},
) {
  const snap = snapshot(values, period);
  return buildReportPlan(template, checkFigures(template, snap), { lang, details });
}

const texts = (p: ReportPlan) =>
  p.cells.flatMap((cell) => (cell.content.kind === 'text' ? [cell.content.text] : []));

describe('buildReportPlan', () => {
  it('is refused while the figures have errors', () => {
    expect(plan({ 'thu-nhap-binh-quan': 57_000_000 })).toEqual({ ok: false, errors: expect.any(Number) });
  });

  it("is headed as a party committee's report, dated only with the date the clerk gives", () => {
    const figures = { 'gia-tri-san-xuat': 230, 'dang-vien-moi': 5, 'xa-chuan-y-te': 'Có' };
    const undated = plan(figures);
    if (!undated.ok) throw new Error('refused');
    expect(texts(undated.plan)).toEqual(
      expect.arrayContaining([
        '……………………………',
        'ĐẢNG ỦY XÃ HƯNG TÂN',
        '*',
        'Số ……-BC/ĐU',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Hưng Tân, ngày …… tháng …… năm ……',
        'BÁO CÁO',
        'kết quả thực hiện các chỉ tiêu chủ yếu năm 2023',
        'Đạt và vượt 1/12 chỉ tiêu chủ yếu.',
        'Nhiệm vụ: hoàn thành 1/12.',
        'T/M ĐẢNG ỦY',
        'BÍ THƯ',
        'Nơi nhận:',
        'Phụ lục',
      ]),
    );
    expect(texts(undated.plan).join('\n')).not.toMatch(/ĐẢNG BỘ XÃ|BAN THƯỜNG VỤ|Huyện ủy/);

    const dated = plan(figures, 'nam', 'vi', {
      number: '12',
      date: '2023-12-20',
      signerName: 'Nguyễn Văn An',
    });
    if (!dated.ok) throw new Error('refused');
    expect(texts(dated.plan)).toEqual(
      expect.arrayContaining([
        'Số 12-BC/ĐU',
        'Hưng Tân, ngày 20 tháng 12 năm 2023',
        'Nguyễn Văn An',
        '(Kèm theo Báo cáo Số 12-BC/ĐU, ngày 20 tháng 12 năm 2023 của Đảng ủy xã Hưng Tân)',
      ]),
    );
  });

  it('writes a results report: basis, headline, a sentence per indicator, limits from the explanations', () => {
    const made = plan({ 'gia-tri-san-xuat': 230, 'dang-vien-moi': 5, 'xa-chuan-y-te': 'Có' });
    if (!made.ok) throw new Error('refused');
    const all = texts(made.plan);
    expect(all).toEqual(
      expect.arrayContaining([
        'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
        'II. HẠN CHẾ, NGUYÊN NHÂN',
        'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
        '- Tổng giá trị sản xuất (giá so sánh năm 2010) đạt 230 tỷ đồng, bằng 105,7% chỉ tiêu, vượt.',
        '- Phát triển đảng viên mới đạt 5 đảng viên, bằng 62,5% chỉ tiêu, không đạt.',
      ]),
    );
    expect(all.find((t) => t.startsWith('Thực hiện Nghị quyết số ……-NQ/ĐU ngày 26/12/2022'))).toBeDefined();
    expect(all.find((t) => /^Đạt và vượt \d+\/\d+ chỉ tiêu chủ yếu\.$/.test(t))).toBeDefined();
    expect(
      all.find((t) =>
        t.startsWith('- Phát triển đảng viên mới: thực hiện 5 đảng viên, chỉ tiêu 8 đảng viên.'),
      ),
    ).toMatch(/chưa có giải trình/);
  });

  it('writes English when asked', () => {
    const made = plan({ 'gia-tri-san-xuat': 50, 'dang-vien-moi': 6 }, '6-thang', 'en');
    if (!made.ok) throw new Error('refused');
    expect(texts(made.plan)).toEqual(
      expect.arrayContaining([
        'COMMUNIST PARTY OF VIETNAM',
        'REPORT',
        'FOR THE PARTY COMMITTEE',
        'Expected to meet or exceed 1/12 main targets.',
        'Tasks: done 0/12.',
        'Year estimate',
      ]),
    );
  });

  it('charts every indicator with a % of target, numbered as in the table, from hidden columns', () => {
    const made = plan({ 'gia-tri-san-xuat': 230, 'truong-tieu-hoc-chuan-2': 'Có', 'dang-vien-moi': 10 });
    if (!made.ok) throw new Error('refused');
    const { chart, hiddenColumns, printArea } = made.plan;
    expect(chart?.points.map((p) => p.label)).toEqual([
      '1. Tổng giá trị sản xuất (giá so sánh năm 2010)',
      expect.stringMatching(/^8\. Phát triển đảng viên mới$/),
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
