import { FINDING_CODES, checkFigures } from '../../../src/core/check';
import type { EnteredFigure, FiguresSnapshot, Finding } from '../../../src/core/check';
import type { Period } from '../../../src/core/template/types';
import { template } from './make';

const growth = {
  name: 'Tốc độ tăng trưởng kinh tế',
  unit: '%',
  type: 'percent',
  target: { op: '>=', value: 9 },
  baseline: 8.67,
  min: -50,
};
const income = {
  name: 'Thu nhập bình quân đầu người',
  unit: 'triệu đồng/người',
  target: { op: '>=', value: 57 },
  baseline: 55,
};
const budget = {
  name: 'Tổng thu ngân sách',
  unit: 'tỷ đồng',
  target: { op: '>=', value: 27 },
  accumulates: true,
};
const members = {
  name: 'Phát triển đảng viên mới',
  unit: 'đảng viên',
  type: 'integer',
  target: { op: '>=', value: 8 },
};
const school = { name: 'Trường Tiểu học đạt chuẩn mức 2', type: 'yesno', target: { op: '=', value: 'Có' } };
const party = {
  name: 'Xếp loại Đảng bộ',
  type: 'rating',
  scale: ['Trong sạch vững mạnh tiêu biểu', 'Trong sạch vững mạnh', 'Hoàn thành nhiệm vụ'],
  target: { op: '>=', value: 'Trong sạch vững mạnh tiêu biểu' },
};
const birthRate = {
  name: 'Tỷ suất sinh',
  unit: '‰',
  target: { op: 'between', min: 6.6, max: 6.8, better: 'higher' },
};

/** Checks one indicator with one entered figure; the figure's cell is H12, its target F12. */
function checkOne(fields: Record<string, unknown>, figure: Partial<EnteredFigure>, period: Period = 'nam') {
  const tpl = template([fields]);
  const snapshot: FiguresSnapshot = {
    period,
    figures: [{ indicatorId: 'chi-tieu-1', address: 'H12', targetAddress: 'F12', raw: null, ...figure }],
  };
  const report = checkFigures(tpl, snapshot);
  return { report, result: report.results[0], codes: report.findings.map((f) => f.code) };
}

function only(findings: Finding[], code: string): Finding {
  const found = findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('real published assessments', () => {
  it.each([
    ['6,6-6,8 (better higher) against 7,02', birthRate, '7,02', 'exceeded'],
    ['Dưới 4 against 3,1', { target: { op: '<', value: 4 } }, 3.1, 'met'],
    ['89 against ≥ 89', { target: { op: '>=', value: 89 } }, 89, 'met'],
    ['growth 8,67% against ≥ 9% (the seed 2022 figure)', growth, '8,67%', 'missed'],
    ['income 55 against 57 triệu đồng/người (the seed 2022 figure)', income, 55, 'missed'],
  ])('%s', (_, fields, raw, status) => {
    expect(checkOne(fields, { raw, explanation: 'Do thiên tai' }).result.status).toBe(status);
  });

  it('7,16% against ≤ 7,34% with baseline 7,5 is exceeded at 212,5% of target', () => {
    const poverty = { type: 'percent', unit: '%', target: { op: '<=', value: 7.34 }, baseline: 7.5 };
    const { result } = checkOne(poverty, { raw: 0.0716, numberFormat: '0.00%' });
    expect(result).toMatchObject({ status: 'exceeded', value: 7.16, percentOfTarget: 212.5 });
  });
});

describe('findings, one code at a time', () => {
  it('unreadable: says what it could not read and what to type', () => {
    const { result, report } = checkOne(growth, { raw: 'khoảng chín' });
    expect(result.status).toBe('invalid');
    const f = only(report.findings, 'unreadable');
    expect(f).toMatchObject({ severity: 'error', indicatorId: 'chi-tieu-1', cell: 'H12' });
    expect(f.message.vi).toBe(
      'Ô H12 – Tốc độ tăng trưởng kinh tế: không đọc được “khoảng chín” thành một tỷ lệ phần trăm. Hãy nhập lại, ví dụ 8,67% (dấu phẩy ngăn phần thập phân).',
    );
    expect(f.message.en).toContain('cannot be read as a percentage');
  });

  it('not-integer', () => {
    const { result, report } = checkOne(members, { raw: 7.5 });
    expect(result.status).toBe('invalid');
    expect(only(report.findings, 'not-integer').message.vi).toContain('Hãy nhập một số nguyên, ví dụ 8.');
  });

  it('out-of-bounds: a percent above 100', () => {
    const { result, report } = checkOne({ ...growth, min: undefined }, { raw: 1.2, numberFormat: '0%' });
    expect(result.status).toBe('invalid');
    expect(only(report.findings, 'out-of-bounds').message.vi).toContain(
      '120% nằm ngoài khoảng hợp lý (từ 0 đến 100)',
    );
  });

  it('not-on-scale', () => {
    const { report } = checkOne(party, { raw: 'Xuất sắc' });
    expect(only(report.findings, 'not-on-scale').message.vi).toContain(
      'Trong sạch vững mạnh tiêu biểu; Trong sạch vững mạnh',
    );
  });

  it('not-yes-no', () => {
    const { report } = checkOne(school, { raw: 'Đang làm' });
    expect(only(report.findings, 'not-yes-no').message.vi).toContain('Hãy chọn Có hoặc Không');
  });

  it('unit-slip: 57.000.000 for triệu đồng/người suggests 57', () => {
    const { result, report } = checkOne(income, { raw: 57000000 });
    expect(result.status).toBe('invalid');
    const f = only(report.findings, 'unit-slip');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('hãy nhập 57.');
    expect(f.message.en).toContain('enter 57.');
  });

  it('unit-slip: the advice is the slip, not retyping the wrong figure as a number', () => {
    const { codes } = checkOne(income, { raw: '57.000.000 đồng' });
    expect(codes).toEqual(['unit-slip']);
  });

  it('unit-slip: đồng or triệu for tỷ đồng', () => {
    expect(only(checkOne(budget, { raw: 27_000_000_000 }).report.findings, 'unit-slip').message.vi).toContain(
      'hãy nhập 27.',
    );
    expect(only(checkOne(budget, { raw: '28.500' }).report.findings, 'unit-slip').message.vi).toContain(
      'hãy nhập 28,5.',
    );
  });

  it('unit-mismatch: a magnitude word that does not fit', () => {
    expect(only(checkOne(growth, { raw: '9 tỷ' }).report.findings, 'unit-mismatch').severity).toBe('error');
  });

  it('unit-converted: 2 tỷ for triệu đồng/người is read as 2000 and flagged', () => {
    const { result, codes } = checkOne({ ...income, baseline: undefined }, { raw: '2 tỷ' });
    expect(result.value).toBe(2000);
    expect(codes).toEqual(expect.arrayContaining(['unit-converted', 'stored-as-text']));
  });

  it('far-from-baseline: a warning, the figure is still judged', () => {
    const { result, report } = checkOne(income, { raw: 180 });
    expect(result.status).toBe('exceeded');
    expect(only(report.findings, 'far-from-baseline').severity).toBe('warning');
    expect(checkOne(income, { raw: 15 }).codes).toContain('far-from-baseline');
    expect(checkOne(income, { raw: 60 }).codes).not.toContain('far-from-baseline');
  });

  it('far-from-baseline compares a cumulative figure at 6 months with half the baseline', () => {
    const production = {
      unit: 'tỷ đồng',
      target: { op: '>=', value: 217.67 },
      baseline: 200,
      accumulates: true,
    };
    expect(checkOne(production, { raw: 100 }, '6-thang').codes).not.toContain('far-from-baseline');
    expect(checkOne(production, { raw: 100 }, 'nam').codes).not.toContain('far-from-baseline');
    expect(checkOne(production, { raw: 30 }, '6-thang').codes).toContain('far-from-baseline');
  });

  it('target-overwritten: a numeric target changed in the sheet', () => {
    const { result, report } = checkOne(income, { raw: 58, targetInSheet: 50 });
    expect(result.status).toBe('invalid');
    const f = only(report.findings, 'target-overwritten');
    expect(f.cell).toBe('F12');
    expect(f.message.vi).toContain('đã bị sửa thành “50”, khác với nghị quyết (≥ 57)');
  });

  it('target-overwritten: percent targets are fractions with a % format', () => {
    expect(
      checkOne(growth, { raw: 0.1, numberFormat: '0%', targetInSheet: 0.09, targetNumberFormat: '0.00%' })
        .codes,
    ).toEqual([]);
    const changed = checkOne(growth, {
      raw: 0.1,
      numberFormat: '0%',
      targetInSheet: 0.08,
      targetNumberFormat: '0%',
    });
    expect(only(changed.report.findings, 'target-overwritten').message.vi).toContain(
      '“8%”, khác với nghị quyết (≥ 9%)',
    );
    expect(checkOne(growth, { raw: 0.1, numberFormat: '0%', targetInSheet: 9 }).codes).toContain(
      'target-overwritten',
    );
  });

  it('target-overwritten: ranges, ratings and yes/no compare as text', () => {
    expect(checkOne(birthRate, { raw: 6.7, targetInSheet: '6,6 – 6,8' }).codes).toEqual([]);
    expect(checkOne(birthRate, { raw: 6.7, targetInSheet: '6,6-6,8' }).codes).toEqual([]);
    expect(checkOne(birthRate, { raw: 6.7, targetInSheet: '6.6 – 6.8' }).codes).toEqual([]);
    expect(checkOne(birthRate, { raw: 6.7, targetInSheet: '6,5 – 6,8' }).codes).toEqual([
      'target-overwritten',
    ]);
    expect(
      checkOne(party, {
        raw: 'Trong sạch vững mạnh tiêu biểu',
        targetInSheet: 'Trong sạch vững mạnh tiêu biểu',
      }).codes,
    ).toEqual([]);
    expect(
      checkOne(party, { raw: 'Trong sạch vững mạnh tiêu biểu', targetInSheet: 'Trong sạch vững mạnh' }).codes,
    ).toEqual(['target-overwritten']);
    expect(checkOne(school, { raw: 'Có', targetInSheet: 'Có' }).codes).toEqual([]);
    expect(checkOne(school, { raw: 'Có', targetInSheet: null }).codes).toEqual(['target-overwritten']);
  });

  it('ambiguous-number: a warning that names both readings', () => {
    const { result, report } = checkOne({ target: { op: '>=', value: 1000 } }, { raw: '1.234' });
    expect(result).toMatchObject({ value: 1234, status: 'exceeded' });
    expect(only(report.findings, 'ambiguous-number').message.vi).toBe(
      'Ô H12 – Chỉ tiêu 1: “1.234” có thể hiểu là 1.234 hoặc 1,234; đã hiểu là 1.234. Để khỏi nhầm, hãy gõ lại không có dấu ngăn cách hàng nghìn: 1234 (hoặc 1,234 nếu ý bạn là số kia).',
    );
  });

  it('stored-as-text: judged, but flagged because the sheet shows “Cần kiểm tra”', () => {
    const { result, report } = checkOne(growth, { raw: '9,5%' });
    expect(result).toMatchObject({ status: 'exceeded', value: 9.5, storedAsText: true });
    const f = only(report.findings, 'stored-as-text');
    expect(f.severity).toBe('warning');
    expect(f.message.vi).toContain('Cần kiểm tra');
    expect(f.message.vi).toContain('9,5%');
  });

  it('cell-error', () => {
    const { result, report } = checkOne(income, { raw: { error: '#DIV/0!' } });
    expect(result.status).toBe('invalid');
    expect(only(report.findings, 'cell-error').message.vi).toContain('#DIV/0!');
  });

  it('percent-not-formatted: an error that says to type 96,1%', () => {
    const { result, report } = checkOne(growth, { raw: 96.1, numberFormat: 'General' });
    expect(result.status).toBe('invalid');
    const f = only(report.findings, 'percent-not-formatted');
    expect(f.severity).toBe('error');
    expect(f.message.vi).toContain('96,1%');
    expect(f.message.en).toContain('96.1%');
  });

  it('percent-not-formatted: a fraction that lost its format is to be typed as 96,1%, not 0,961%', () => {
    const f = only(
      checkOne(growth, { raw: 0.961, numberFormat: 'General' }).report.findings,
      'percent-not-formatted',
    );
    expect(f.message.vi).toContain('ô chứa số 0,961');
    expect(f.message.vi).toContain('ví dụ 96,1%.');
    expect(f.message.en).toContain('e.g. 96.1%.');
  });

  it('percent-not-formatted: a fraction whose ×100 reading is out of bounds keeps the number as typed', () => {
    const narrow = { ...growth, min: -5, max: 20 };
    const f = only(
      checkOne(narrow, { raw: 0.5, numberFormat: 'General' }).report.findings,
      'percent-not-formatted',
    );
    expect(f.message.vi).toContain('ví dụ 0,5%.');
    expect(f.message.en).toContain('e.g. 0.5%.');
  });

  it('formula-in-input: a warning; the result is still judged', () => {
    const { result, codes } = checkOne(income, { raw: 58, formula: '=SUM(A1:A3)' });
    expect(result.status).toBe('exceeded');
    expect(codes).toEqual(['formula-in-input']);
  });

  it('missing-row: an error for each indicator whose row is gone', () => {
    const tpl = template([income, growth]);
    const report = checkFigures(tpl, {
      period: 'nam',
      figures: [{ indicatorId: 'chi-tieu-1', raw: 58 }],
      missingRows: ['chi-tieu-2'],
    });
    expect(report.results.map((r) => r.status)).toEqual(['exceeded', 'invalid']);
    const f = only(report.findings, 'missing-row');
    expect(f).toMatchObject({ severity: 'error', indicatorId: 'chi-tieu-2' });
    expect(f.message.vi).toContain('không tìm thấy dòng');
  });

  it('missing-explanation: a missed or behind indicator without explanation, counted in the summary', () => {
    const missed = checkOne(income, { raw: 55 });
    expect(only(missed.report.findings, 'missing-explanation').message.vi).toContain(
      'không đạt nhưng chưa có giải trình',
    );
    expect(missed.report.summary.missingExplanations).toBe(1);
    const behind = checkOne(budget, { raw: 10, explanation: '   ' }, '6-thang');
    expect(behind.result.status).toBe('behind');
    expect(only(behind.report.findings, 'missing-explanation').message.vi).toContain('chậm tiến độ');
    const explained = checkOne(income, { raw: 55, explanation: 'Giá nông sản giảm' });
    expect(explained.codes).toEqual([]);
    expect(explained.result.explanation).toBe('Giá nông sản giảm');
  });

  it('duplicate-row and unknown-row', () => {
    const tpl = template([income]);
    const report = checkFigures(tpl, {
      period: 'nam',
      figures: [
        { indicatorId: 'chi-tieu-1', address: 'H12', raw: 58 },
        { indicatorId: 'chi-tieu-1', address: 'H13', raw: 59 },
        { indicatorId: 'khong-co', address: 'H14', raw: 1 },
      ],
    });
    expect(report.results[0]).toMatchObject({ status: 'invalid', value: 58, cell: 'H12' });
    expect(only(report.findings, 'duplicate-row').cell).toBe('H13');
    expect(only(report.findings, 'unknown-row').message.vi).toContain('mã “khong-co”');
  });

  it('covers every finding code with a Vietnamese and an English message', () => {
    const samples = [
      checkOne(growth, { raw: 'khoảng chín' }),
      checkOne(members, { raw: 7.5 }),
      checkOne(growth, { raw: 1.2, numberFormat: '0%' }),
      checkOne(party, { raw: 'Xuất sắc' }),
      checkOne(party, { raw: 'TSVM tiêu biểu' }),
      checkOne(school, { raw: 'Đang làm' }),
      checkOne(income, { raw: 57000000 }),
      checkOne(growth, { raw: '9 tỷ' }),
      checkOne({ ...income, baseline: 5000 }, { raw: '2 tỷ' }),
      checkOne(income, { raw: 180 }),
      checkOne(income, { raw: 58, targetInSheet: 50 }),
      checkOne({ target: { op: '>=', value: 1000 } }, { raw: '1.234' }),
      checkOne(growth, { raw: { error: '#N/A' } }),
      checkOne(growth, { raw: 96.1 }),
      checkOne(income, { raw: 58, formula: '=A1' }),
      checkOne(income, { raw: 55 }),
    ].flatMap((s) => s.report.findings);
    const tpl = template([income]);
    samples.push(
      ...checkFigures(tpl, {
        period: 'nam',
        figures: [
          { indicatorId: 'chi-tieu-1', raw: 58 },
          { indicatorId: 'chi-tieu-1', raw: 58 },
          { indicatorId: 'x', raw: 1 },
        ],
      }).findings,
      ...checkFigures(tpl, { period: 'nam', figures: [] }).findings,
    );
    expect(new Set(samples.map((f) => f.code))).toEqual(new Set(FINDING_CODES));
    for (const f of samples) {
      expect(f.message.vi).toMatch(/Hãy|hãy/);
      expect(f.message.en).not.toMatch(/NaN|undefined|Infinity|\[object/);
      expect(f.message.vi).not.toMatch(/NaN|undefined|Infinity|\[object/);
    }
  });
});

describe('the report', () => {
  it('keeps template order, counts statuses, errors and warnings', () => {
    const tpl = template([growth, income, budget, school, party]);
    const report = checkFigures(tpl, {
      period: 'nam',
      figures: [
        { indicatorId: 'chi-tieu-1', raw: 0.095, numberFormat: '0.0%' },
        { indicatorId: 'chi-tieu-2', raw: 55, explanation: 'Giá nông sản giảm' },
        { indicatorId: 'chi-tieu-3', raw: null },
        { indicatorId: 'chi-tieu-4', raw: 'x' },
        { indicatorId: 'chi-tieu-5', raw: 'abc' },
      ],
    });
    expect(report).toMatchObject({ templateId: 'thu', year: 2023, period: 'nam' });
    expect(report.results.map((r) => [r.status, r.value, r.percentOfTarget])).toEqual([
      ['exceeded', 9.5, 105.56],
      ['missed', 55, 96.49],
      ['no-data', null, null],
      ['met', 'Có', null],
      ['invalid', null, null],
    ]);
    expect(report.summary).toEqual({
      exceeded: 1,
      met: 1,
      missed: 1,
      onTrack: 0,
      behind: 0,
      forecastExceeded: 0,
      forecastMet: 0,
      forecastMissed: 0,
      notYet: 0,
      notAssessed: 0,
      noData: 1,
      invalid: 1,
      errors: 1,
      warnings: 0,
      missingExplanations: 0,
    });
  });
});
