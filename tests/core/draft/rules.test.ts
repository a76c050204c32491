import { buildAuthoringPlan, contentOf, readAuthoringSheet } from '../../../src/core/authoring';
import { draftTemplate } from '../../../src/core/draft';
import { checkFigures } from '../../../src/core/check';
import type { Template } from '../../../src/core/template/types';
import { gridOf } from '../authoring/support';

/**
 * Rules proposed from the resolution's wording, on the two wordings of issue 14: Tam Phước's 2022
 * sown area given “trong đó” by crop, and Phú Thọ's 2023 economic structure.
 */
const TAM_PHUOC =
  'Đảng ủy xã Tam Phước\nNghị quyết năm 2022\n- Tổng diện tích gieo trồng 772 ha, trong đó: lúa 507 ha, cây màu 265 ha.';
const PHU_THO =
  'Đảng ủy xã Phú Thọ\nNghị quyết năm 2023\n- Cơ cấu kinh tế: nông nghiệp 41,8%; công nghiệp – xây dựng 39,7%; thương mại – dịch vụ 18,5%.';

function draft(text: string): Template {
  const result = draftTemplate(text, { fallbackYear: 2023 });
  if (!result.ok) throw new Error(result.reason);
  return result.template;
}

const idOf = (template: Template, name: string) => {
  const found = template.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no ${name}: ${template.indicators.map((i) => i.name).join(' / ')}`);
  return found.id;
};

describe('drafting proposes rules', () => {
  test('Tam Phước 2022: the parts after “trong đó” add up to the total, a warning marked as a guess', () => {
    const template = draft(TAM_PHUOC);
    const [total, rice, other] = ['Tổng diện tích gieo trồng', 'Lúa', 'Cây màu'].map((n) =>
      idOf(template, n),
    );
    expect(template.rules).toEqual([
      {
        id: `${total}-trong-do`,
        left: `#{${rice}} + #{${other}}`,
        op: '==',
        right: `#{${total}}`,
        tolerance: 0,
        severity: 'warning',
        message: {
          vi: 'Lúa và cây màu cộng lại bằng tổng diện tích gieo trồng (tự soạn từ “trong đó” của nghị quyết, cần kiểm tra)',
          en: "Lúa and cây màu add up to tổng diện tích gieo trồng (drafted from the resolution's “trong đó”, to check)",
        },
      },
    ]);
    // Both parts say whose part they are, not only the first one after “trong đó”.
    for (const id of [rice, other])
      expect(template.indicators.find((i) => i.id === id)?.note).toContain(
        'phần “trong đó” của “Tổng diện tích gieo trồng”',
      );
  });

  test('Phú Thọ 2023: the shares of the economic structure add up to 100, within 0,1', () => {
    const template = draft(PHU_THO);
    const names = ['nông nghiệp', 'công nghiệp – xây dựng', 'thương mại – dịch vụ'].map((part) =>
      idOf(template, `Cơ cấu kinh tế: ${part}`),
    );
    expect(template.rules).toEqual([
      {
        id: 'co-cau-kinh-te',
        left: names.map((id) => `#{${id}}`).join(' + '),
        op: '==',
        right: '100',
        tolerance: 0.1,
        severity: 'error',
        message: {
          vi: 'Các phần của “Cơ cấu kinh tế” cộng lại bằng 100% (tự soạn từ nghị quyết, cần kiểm tra)',
          en: 'The parts of “Cơ cấu kinh tế” add up to 100% (drafted from the resolution, to check)',
        },
      },
    ]);
  });

  test('the proposed rules judge entered figures: agreeing ones pass, a slip is caught', () => {
    const template = draft(TAM_PHUOC);
    const [total, rice, other] = ['Tổng diện tích gieo trồng', 'Lúa', 'Cây màu'].map((n) =>
      idOf(template, n),
    );
    const ruleFindings = (figures: Record<string, number>) =>
      checkFigures(template, {
        period: 'nam',
        figures: Object.entries(figures).map(([indicatorId, raw], i) => ({
          indicatorId,
          address: `G${11 + i}`,
          raw,
          explanation: 'x',
        })),
      }).findings.filter((f) => f.rule !== undefined);
    expect(ruleFindings({ [total]: 780, [rice]: 510, [other]: 270 })).toEqual([]);
    const caught = ruleFindings({ [total]: 780, [rice]: 510, [other]: 260 });
    expect(caught.map((f) => [f.rule, f.severity])).toEqual([[`${total}-trong-do`, 'warning']]);
  });

  test('parts that do not make the whole give “at most”; shares that miss 100 give no rule', () => {
    const some = draft('Nghị quyết năm 2022\n- Tổng diện tích gieo trồng 772 ha, trong đó: lúa 507 ha.');
    expect(some.rules?.map((r) => [r.op, r.message.vi.startsWith('Lúa cộng lại không quá')])).toEqual([
      ['<=', true],
    ]);
    const partial = draft(
      'Nghị quyết năm 2023\n- Cơ cấu kinh tế: nông nghiệp 41,8%; công nghiệp – xây dựng 39,7%.',
    );
    expect(partial.rules).toBeUndefined();
  });

  test('a drafted template with rules goes through the authoring sheet unchanged', () => {
    for (const text of [TAM_PHUOC, PHU_THO]) {
      const template = draft(text);
      const reading = readAuthoringSheet(gridOf(buildAuthoringPlan(contentOf(template))));
      if (!reading.ok) throw new Error(reading.findings.map((f) => f.message.en).join('\n'));
      expect(reading.template.rules).toEqual(template.rules);
    }
  });
});
