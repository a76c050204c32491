import { checkFigures } from '../../../src/core/check';
import type { FiguresSnapshot, RawValue } from '../../../src/core/check/types';
import { loadTemplate } from '../../../src/core/template/load';
import { formatProblem } from '../../../src/core/template/problems';
import { getBuiltInTemplate } from '../../../src/templates';
import { validateRule } from '../../../src/core/rules';
import { CONSISTENT_FIGURES, CROSS_TEMPLATE_JSON, crossTemplate } from './support/cross-template';

const CELLS: Record<string, string> = {
  'dien-tich': 'G11',
  lua: 'G12',
  'cay-khac': 'G13',
  'nong-nghiep': 'G15',
  'cong-nghiep': 'G16',
  'dich-vu': 'G17',
  'gia-tri-san-xuat': 'G19',
  'tang-truong': 'G20',
};
const PERCENT = new Set(['nong-nghiep', 'cong-nghiep', 'dich-vu', 'tang-truong']);

/** The figures as the sheet's cells hold them: percent cells as fractions with a % format. */
function snapshot(values: Record<string, number | string | null>): FiguresSnapshot {
  return {
    period: 'nam',
    figures: Object.entries(CELLS).map(([indicatorId, address]) => {
      const raw = values[indicatorId] ?? null;
      const percent = PERCENT.has(indicatorId) && typeof raw === 'number';
      return {
        indicatorId,
        address,
        raw: percent ? Math.round(raw * 1e6) / 1e8 : raw,
        ...(PERCENT.has(indicatorId) ? { numberFormat: '0.00%' } : {}),
        explanation: 'x',
      };
    }),
  };
}

const consistent = CONSISTENT_FIGURES;

const ruleFindings = (values: Record<string, number | string | null>) =>
  checkFigures(crossTemplate(), snapshot(values)).findings.filter((f) => f.rule !== undefined);

describe('cross-indicator rules in the check', () => {
  it('finds nothing when the figures agree (41,8 + 39,7 + 18,5 is 100 despite binary noise)', () => {
    expect(ruleFindings(consistent)).toEqual([]);
  });

  it('the Tam Phước area rule: 500 + 265 ≠ 772 is a warning naming the rule, its cells and both sides', () => {
    const [found, ...others] = ruleFindings({ ...consistent, lua: 500 });
    expect(others).toEqual([]);
    expect(found).toMatchObject({
      code: 'rule-failed',
      rule: 'dien-tich',
      severity: 'warning',
      cells: ['G12', 'G13', 'G11'],
      left: 765,
      right: 772,
    });
    expect(found.message.vi).toContain('Lúa và cây trồng khác cộng lại bằng tổng diện tích gieo trồng');
    expect(found.message.vi).toContain('Vế trái bằng 765, vế phải bằng 772');
    expect(found.message.vi).toContain('G12, G13, G11');
    expect(found.message.en).toContain('The left side is 765 and the right side 772');
  });

  it('the Phú Thọ structure rule: 41,8 + 39,7 + 20 ≠ 100 is an error; within the tolerance it holds', () => {
    const report = checkFigures(crossTemplate(), snapshot({ ...consistent, 'dich-vu': 20 }));
    const found = report.findings.filter((f) => f.rule !== undefined);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'rule-failed',
      rule: 'co-cau',
      severity: 'error',
      left: 101.5,
      right: 100,
    });
    expect(found[0].message.vi).toContain('sai số cho phép 0,1');
    expect(report.summary.errors).toBe(1);
    expect(ruleFindings({ ...consistent, 'dich-vu': 18.6 })).toEqual([]);
    expect(ruleFindings({ ...consistent, 'dich-vu': 18.61 })).toHaveLength(1);
  });

  it('uses the template baseline for #{id.baseline}, percent figures in percent units', () => {
    // 221,45 billion against 199,7 last year is 10,89% growth, not the 9,12% reported.
    const found = ruleFindings({ ...consistent, 'gia-tri-san-xuat': 221.45, 'tang-truong': 9.12 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'tang-truong', left: 9.12, right: 10.891337 });
    expect(ruleFindings({ ...consistent, 'gia-tri-san-xuat': 221.45, 'tang-truong': 10.89 })).toEqual([]);
  });

  it('skips a rule with an empty or invalid operand: that figure has its own finding', () => {
    expect(ruleFindings({ ...consistent, lua: null })).toEqual([]);
    expect(ruleFindings({ ...consistent, lua: '  ' })).toEqual([]);
    expect(ruleFindings({ ...consistent, lua: -5 })).toEqual([]);
    expect(ruleFindings({ ...consistent, lua: 'nhiều' })).toEqual([]);
  });

  it('reads a figure stored as text as the core reads it', () => {
    expect(ruleFindings({ ...consistent, lua: '500' }).map((f) => f.rule)).toEqual(['dien-tich']);
  });

  it('says so when the entered figures divide by zero, never NaN', () => {
    const json = structuredClone(CROSS_TEMPLATE_JSON);
    json.rules.push({
      id: 'ty-le-lua',
      left: '#{lua} / #{cay-khac}',
      op: '<=',
      right: '2',
      tolerance: 0,
      severity: 'error',
      message: { vi: 'Lúa không quá hai lần cây khác', en: 'Rice at most twice other crops' },
    });
    const loaded = loadTemplate(json);
    if (!loaded.ok) throw new Error('load');
    const found = checkFigures(
      loaded.template,
      snapshot({ ...consistent, 'cay-khac': 0, 'dien-tich': 507 }),
    ).findings.filter((f) => f.rule !== undefined);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'rule-division-by-zero', rule: 'ty-le-lua', severity: 'warning' });
    expect(found[0].message.vi).toContain('vế trái chia cho 0');
    expect(JSON.stringify(found)).not.toMatch(/NaN|Infinity/);
  });
});

describe('bad rules are template problems naming the rule', () => {
  function problems(rules: unknown[], indicators = CROSS_TEMPLATE_JSON.indicators) {
    const loaded = loadTemplate({ ...CROSS_TEMPLATE_JSON, indicators, rules });
    if (loaded.ok) throw new Error('expected problems');
    return loaded.problems.map((p) => [formatProblem(p, 'vi'), formatProblem(p, 'en')]);
  }
  const base = CROSS_TEMPLATE_JSON.rules[0];

  it('an unknown indicator, with the id it probably meant', () => {
    const [[vi, en]] = problems([{ ...base, left: '#{lua} + #{cay-khc}' }]);
    expect(vi).toBe(
      'rules[0] (dien-tich) › left: Không có chỉ tiêu mã “cay-khc” trong mẫu. Có phải “cay-khac”? Hãy dùng đúng mã của một chỉ tiêu trong danh sách.',
    );
    expect(en).toContain('There is no indicator with id "cay-khc"');
  });

  it('a syntax error, with the character', () => {
    const [[vi, en]] = problems([base, { ...base, id: 'hai', right: '#{dien-tich} *' }]);
    expect(vi).toContain(
      'rules[1] (hai) › right: Vế phải “#{dien-tich} *” sai cú pháp ở ký tự thứ 15 (hết biểu thức)',
    );
    expect(en).toContain(
      'rules[1] (hai) › right: The right side "#{dien-tich} *" is not a valid expression at character 15',
    );
    const [[comma]] = problems([{ ...base, right: '771,5' }]);
    expect(comma).toContain('ký tự thứ 4 (gặp “,”)');
  });

  it('a division by a constant zero', () => {
    const [[vi, en]] = problems([{ ...base, left: '#{lua} / (1 - 1)' }]);
    expect(vi).toContain('rules[0] (dien-tich) › left: Vế trái chia cho 0 ở ký tự thứ 8');
    expect(en).toContain('The left side divides by zero at character 8');
  });

  it('a yes/no or rating indicator; a baseline the template lacks is no problem (the clerk enters it)', () => {
    const indicators = [
      ...CROSS_TEMPLATE_JSON.indicators,
      {
        id: 'truong',
        group: 'Xã hội',
        name: 'Trường đạt chuẩn',
        unit: '',
        type: 'yesno',
        target: { op: '=', value: 'Có' },
      },
    ] as typeof CROSS_TEMPLATE_JSON.indicators;
    const found = problems([{ ...base, left: '#{truong} + #{lua.baseline}' }], indicators);
    expect(found.map(([vi]) => vi)).toEqual([
      'rules[0] (dien-tich) › left: Chỉ tiêu “truong” (Trường đạt chuẩn) không phải số (Có/Không hoặc xếp loại), không dùng được trong phép tính. Hãy chỉ dùng chỉ tiêu loại số, số nguyên hoặc tỷ lệ (%).',
    ]);
    expect(
      loadTemplate({ ...CROSS_TEMPLATE_JSON, rules: [{ ...base, left: '#{lua.baseline} + #{cay-khac}' }] })
        .ok,
    ).toBe(true);
  });

  it('a duplicate rule id, a bad operator, a missing message', () => {
    expect(problems([base, base]).map(([v]) => v)).toEqual([
      'rules[1] (dien-tich) › id: Mã ràng buộc “dien-tich” đã dùng cho ràng buộc thứ 1. Hãy đặt cho mỗi ràng buộc một mã riêng.',
    ]);
    const found = problems([
      base,
      { ...base, id: 'ba', op: '=' },
      { ...base, id: 'bon', message: { vi: 'x' } },
    ]);
    const vi = found.map(([v]) => v);
    expect(vi.some((m) => m.startsWith('rules[1] (ba) › op:') && m.includes('"=="'))).toBe(true);
    expect(vi.some((m) => m.startsWith('rules[2] (bon) › message › en:'))).toBe(true);
  });

  it('templates without rules load as before', () => {
    const { rules, ...rest } = CROSS_TEMPLATE_JSON;
    expect(rules).toHaveLength(3);
    expect(loadTemplate(rest).ok).toBe(true);
    expect(loadTemplate(CROSS_TEMPLATE_JSON).ok).toBe(true);
  });
});

describe('rules through the year', () => {
  it('at 6 and 9 months skips a rule setting a cumulative figure against a level or last year, keeps the others', () => {
    const template = crossTemplate();
    const at = (period: 'nam' | '6-thang') =>
      checkFigures(template, {
        ...snapshot({ ...consistent, lua: 500, 'gia-tri-san-xuat': 110, 'tang-truong': 9.12 }),
        period,
      })
        .findings.filter((f) => f.rule !== undefined)
        .map((f) => f.rule);
    expect(at('nam')).toEqual(['dien-tich', 'tang-truong']);
    expect(at('6-thang')).toEqual(['dien-tich']);
  });
});

describe('the built-in Hưng Tân template', () => {
  const template = getBuiltInTemplate('hung-tan-2023')!;
  /** The production value and growth as entered, and last year's value in `Thực hiện 2022` (E). */
  const figures = (value: number, growth: number, last: RawValue): FiguresSnapshot => ({
    period: 'nam',
    figures: template.indicators.map((indicator, i) => ({
      indicatorId: indicator.id,
      address: `G${i + 11}`,
      raw:
        indicator.id === 'gia-tri-san-xuat'
          ? value
          : indicator.id === 'tang-truong-kinh-te'
            ? growth / 100
            : null,
      numberFormat: indicator.type === 'percent' ? '0.00%' : 'General',
      ...(indicator.id === 'gia-tri-san-xuat' ? { baseline: { raw: last, address: `E${i + 11}` } } : {}),
    })),
  });
  const ruleFindings = (value: number, growth: number, last: RawValue) =>
    checkFigures(template, figures(value, growth, last)).findings.filter((f) => f.rule !== undefined);

  it('has the production value without a template baseline: the clerk enters 2022 in the sheet', () => {
    const value = template.indicators.find((i) => i.id === 'gia-tri-san-xuat')!;
    expect(value.baseline).toBeUndefined();
    expect(template.rules!.map((r) => r.right)).toEqual([
      '(#{gia-tri-san-xuat} - #{gia-tri-san-xuat.baseline}) / #{gia-tri-san-xuat.baseline} * 100',
    ]);
  });

  it('checks growth against the production value and the 2022 value entered: 221,45 against 199,7 is 10,89%, not 9,12%', () => {
    const failed = ruleFindings(221.45, 9.12, 199.7);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      code: 'rule-failed',
      severity: 'warning',
      rule: 'tang-truong-va-gia-tri-san-xuat',
      left: 9.12,
      right: 10.891337,
    });
    // The finding names the growth, the production value and the 2022 value's cells.
    const at = (id: string) => template.indicators.findIndex((i) => i.id === id) + 11;
    expect(failed[0].cells).toEqual([
      `G${at('tang-truong-kinh-te')}`,
      `G${at('gia-tri-san-xuat')}`,
      `E${at('gia-tri-san-xuat')}`,
    ]);
    expect(failed[0].message.vi).toContain('giá trị sản xuất năm 2022 đã nhập');
    expect(ruleFindings(221.45, 10.89, 199.7)).toEqual([]);
    // Read as the clerk writes it: a Vietnamese decimal comma stored as text still counts.
    expect(ruleFindings(221.45, 9.12, '199,7').map((f) => f.rule)).toEqual([
      'tang-truong-va-gia-tri-san-xuat',
    ]);
  });

  it('skips the rule when 2022 is not entered or unreadable, and a text-stored value is a finding on its cell', () => {
    expect(ruleFindings(221.45, 9.12, null)).toEqual([]);
    expect(ruleFindings(221.45, 9.12, '  ')).toEqual([]);
    expect(ruleFindings(221.45, 9.12, 'nhiều')).toEqual([]);
    expect(ruleFindings(221.45, 9.12, -5)).toEqual([]);
    const report = checkFigures(template, figures(221.45, 10.89, '199,7'));
    const at = template.indicators.findIndex((i) => i.id === 'gia-tri-san-xuat') + 11;
    expect(report.findings.filter((f) => f.cell === `E${at}`).map((f) => f.code)).toEqual(['stored-as-text']);
    const result = report.results.find((r) => r.indicator.id === 'gia-tri-san-xuat')!;
    expect(result.baseline).toEqual({ raw: '199,7', value: 199.7, cell: `E${at}` });
  });

  it('a 2022 value of 0 divides by zero: a warning, never NaN', () => {
    const found = ruleFindings(221.45, 9.12, 0);
    expect(found.map((f) => f.code)).toEqual(['rule-division-by-zero']);
  });
});

describe('one rule on its own, as the authoring sheet will give it', () => {
  const indicators = crossTemplate().indicators;
  it('returns the rule with its defaults, or its problems by field', () => {
    const ok = validateRule(
      {
        id: 'a',
        left: '#{lua} + #{cay-khac}',
        op: '==',
        right: '#{dien-tich}',
        message: { vi: 'v', en: 'e' },
      },
      indicators,
    );
    expect(ok).toEqual({
      ok: true,
      rule: expect.objectContaining({ id: 'a', tolerance: 0, severity: 'error' }),
    });
    const bad = validateRule(
      { id: 'a', left: '#{lu}', op: '==', right: '1 +', message: { vi: 'v', en: 'e' } },
      indicators,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.path)).toEqual(['left', 'right']);
      expect(bad.problems[0].message.vi).toContain('Có phải “lua”?');
    }
    const shape = validateRule({ id: 'A B', left: '1', op: '=', right: '1' }, indicators);
    expect(shape.ok).toBe(false);
    if (!shape.ok) expect(shape.problems.map((p) => p.path)).toEqual(['id', 'op', 'message']);
  });
});
