import fc from 'fast-check';
import {
  formatProblem,
  loadTemplate,
  loadTemplateText,
  MAX_TEMPLATE_BYTES,
} from '../../../src/core/template/load';
import type { TemplateLoadResult, TemplateProblem } from '../../../src/core/template/load';
import { MAX_PROBLEMS } from '../../../src/core/template/problems';
import { catalogFor } from '../../../src/core/i18n/catalog';

/** design.md's minimal template, as a fresh object each time. */
function minimal(): Record<string, unknown> & { indicators: Record<string, unknown>[] } {
  return {
    format: 'resolution-targets/v1',
    id: 'hung-tan-2023',
    title: 'Nghị quyết ... về phương hướng, nhiệm vụ trọng tâm năm 2023',
    issuer: 'Đảng bộ xã Hưng Tân',
    year: 2023,
    baselineYear: 2022,
    indicators: [
      {
        id: 'tang-truong-kinh-te',
        group: 'Kinh tế',
        name: 'Tốc độ tăng trưởng kinh tế',
        unit: '%',
        type: 'percent',
        target: { op: '>=', value: 9 },
        baseline: 8.67,
        decimals: 2,
        source: 'Tốc độ tăng trưởng kinh tế từ 9%',
      },
    ],
  };
}

function problemsOf(result: TemplateLoadResult): TemplateProblem[] {
  if (result.ok) throw new Error('expected the template to be refused');
  return result.problems;
}

/** The template with one indicator changed. */
function withIndicator(change: Record<string, unknown>, drop: string[] = []): unknown {
  const template = minimal();
  const indicator = { ...template.indicators[0], ...change };
  for (const key of drop) delete indicator[key];
  template.indicators = [indicator];
  return template;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Every message must be in both languages, say something real, and never leak internals. */
function expectReadable(problem: TemplateProblem) {
  const { vi, en } = problem.message;
  expect(vi).toMatch(VIETNAMESE_LETTERS);
  expect(en).not.toBe(vi);
  for (const text of [vi, en]) {
    expect(text).not.toMatch(/undefined|NaN|\[object|Invalid input|expected .* received/);
    expect(text).toMatch(/\.$/);
  }
  expect(vi).not.toBe(catalogFor('vi').templateProblems.invalid());
  expect(en).not.toBe(catalogFor('en').templateProblems.invalid());
}

describe('loadTemplate', () => {
  it("accepts design.md's minimal template and fills in the defaults", () => {
    const template = minimal();
    delete template.indicators[0].unit;
    delete template.indicators[0].decimals;
    const result = loadTemplate(template);
    expect(result.ok).toBe(true);
    expect(result.ok && result.template.indicators[0]).toMatchObject({
      unit: '',
      decimals: 2,
      accumulates: false,
    });
  });

  it('reports every problem at once, each naming its field, in Vietnamese and English', () => {
    const template = minimal();
    template.year = '2023';
    template.indicators[0].type = 'phan-tram';
    template.indicators[0].target = { op: '>=' };
    const problems = problemsOf(loadTemplate(template));
    expect(problems.map((p) => p.path)).toEqual([
      'year',
      'indicators[0] (tang-truong-kinh-te) › type',
      'indicators[0] (tang-truong-kinh-te) › target › value',
    ]);
    problems.forEach(expectReadable);
    expect(problems[0].message.vi).toContain('một số');
    expect(problems[0].message.en).toContain('a number');
    expect(problems[1].message.vi).toContain('"phan-tram"');
    expect(problems[1].message.en).toContain('"percent"');
    expect(problems[2].message.vi).toContain('Thiếu trường bắt buộc');
    expect(problems[2].message.en).toContain('required field is missing');
  });

  it('refuses an unknown key, naming it and the key it probably meant', () => {
    const problems = problemsOf(loadTemplate(withIndicator({ baseLine: 8.67 }, ['baseline'])));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('indicators[0] (tang-truong-kinh-te) › baseLine');
    expect(problems[0].message.vi).toContain('Trường "baseLine" không có trong định dạng mẫu');
    expect(problems[0].message.vi).toContain('Có phải ý bạn là "baseline"?');
    expect(problems[0].message.en).toContain('Did you mean "baseline"?');
    expectReadable(problems[0]);

    const atTop = problemsOf(loadTemplate({ ...minimal(), ghiChu: 'x' }));
    expect(atTop.map((p) => p.path)).toEqual(['ghiChu']);
    expect(atTop[0].message.en).toContain('fields used here: $schema, format, id,');
  });

  it.each([
    ['a bidirectional override', 'Tỷ lệ hộ nghèo\u202e'],
    ['a control character', 'Tỷ lệ\u0007 hộ nghèo'],
    ['a zero-width space', 'Tỷ lệ\u200b hộ nghèo'],
    ['a line break', 'Tỷ lệ\nhộ nghèo'],
  ])('refuses a name with %s', (_, name) => {
    const problems = problemsOf(loadTemplate(withIndicator({ name })));
    expect(problems.map((p) => p.path)).toEqual(['indicators[0] (tang-truong-kinh-te) › name']);
    expect(problems[0].message.vi).toContain('ký tự ẩn');
    expect(problems[0].message.en).toContain('hidden character');
  });

  it('shows a hidden character in a path instead of letting it turn the text around', () => {
    const problems = problemsOf(loadTemplate(withIndicator({ id: 'a\u202eb' })));
    expect(problems[0].path).toBe('indicators[0] (a\\u202eb) › id');
  });

  // One case for each kind of zod issue a template can raise, and for each cross-field rule.
  it.each<[string, unknown, string, RegExp, RegExp]>([
    [
      'invalid_type (missing)',
      { ...minimal(), title: undefined },
      'title',
      /Thiếu trường bắt buộc/,
      /required field/,
    ],
    ['invalid_type (wrong)', { ...minimal(), indicators: {} }, 'indicators', /danh sách/, /a list/],
    ['invalid_type (number as text)', { ...minimal(), year: '2023' }, 'year', /số/, /a number/],
    [
      'invalid_type (integer)',
      { ...minimal(), year: 2023.5 },
      'year',
      /số nguyên.*2023,5/,
      /whole number.*2023\.5/,
    ],
    ['too_small (empty text)', { ...minimal(), issuer: ' ' }, 'issuer', /trống/, /empty/],
    [
      'too_small (number)',
      { ...minimal(), year: 1900, baselineYear: undefined },
      'year',
      /từ 1990/,
      /at least 1990/,
    ],
    ['too_small (list)', { ...minimal(), indicators: [] }, 'indicators', /ít nhất 1/, /at least 1/],
    [
      'too_big (text)',
      { ...minimal(), issuer: 'x'.repeat(201) },
      'issuer',
      /201 ký tự.*200/,
      /201 characters.*200/,
    ],
    ['too_big (number)', { ...minimal(), year: 2200 }, 'year', /không quá 2100/, /at most 2100/],
    [
      'invalid_format (id)',
      { ...minimal(), id: 'Hưng Tân 2023' },
      'id',
      /"hung-tan-2023"/,
      /"hung-tan-2023"/,
    ],
    [
      'invalid_format (date)',
      { ...minimal(), issuedOn: '26/12/2022' },
      'issuedOn',
      /NĂM-THÁNG-NGÀY/,
      /YEAR-MONTH-DAY/,
    ],
    [
      'invalid_value (literal)',
      { ...minimal(), format: 'v2' },
      'format',
      /"resolution-targets\/v1"/,
      /exactly/,
    ],
    [
      'invalid_union (op)',
      withIndicator({ target: { op: '≥', value: 9 } }),
      'target › op',
      /"≥".*">="/,
      /">="/,
    ],
    [
      'invalid_union (value)',
      withIndicator({ target: { op: '>=', value: [9] } }),
      'target › value',
      /một số hoặc/,
      /a number or/,
    ],
    [
      'custom: target-must-be-number',
      withIndicator({ target: { op: '>=', value: '9,5%' } }),
      'target › value',
      /: 9\.5\./,
      /: 9\.5\./,
    ],
    ['custom: baseline-must-be-number', withIndicator({ baseline: 'tám' }), 'baseline', /"tám"/, /"tám"/],
    [
      'custom: target-outside-bounds',
      withIndicator({ target: { op: '>=', value: 120 } }),
      'target › value',
      /từ 0 đến 100/,
      /0 to 100/,
    ],
    ['custom: baseline-outside-bounds', withIndicator({ baseline: -3 }), 'baseline', /-3/, /-3/],
    [
      'custom: target-must-be-integer',
      withIndicator({ type: 'integer', min: 0, target: { op: '>=', value: 8.5 } }),
      'target › value',
      /8,5/,
      /8\.5/,
    ],
    ['custom: min-above-max', withIndicator({ min: 100, max: 0 }), 'min', /\(100\).*\(0\)/, /\(100\).*\(0\)/],
    [
      'custom: bounds-only-for-numbers',
      withIndicator({ type: 'yesno', target: { op: '=', value: 'Có' }, baseline: undefined, max: 1 }),
      'max',
      /"min"\/"max"/,
      /"min"\/"max"/,
    ],
    ['custom: yesno-target', withIndicator({ type: 'yesno', baseline: undefined }), 'target', /"Có"/, /"Có"/],
    [
      'custom: yesno-baseline',
      withIndicator({ type: 'yesno', target: { op: '=', value: 'Có' }, baseline: 'Rồi' }),
      'baseline',
      /"Rồi"/,
      /"Rồi"/,
    ],
    [
      'custom: rating-needs-scale',
      withIndicator({ type: 'rating', target: { op: '>=', value: 'Tốt' }, baseline: undefined }),
      'scale',
      /"scale"/,
      /"scale"/,
    ],
    [
      'custom: scale-only-for-rating',
      withIndicator({ scale: ['Tốt', 'Kém'] }),
      'scale',
      /"rating"/,
      /"rating"/,
    ],
    [
      'custom: scale-duplicates',
      withIndicator({
        type: 'rating',
        scale: ['Tốt', 'tot'],
        target: { op: '>=', value: 'Tốt' },
        baseline: undefined,
      }),
      'scale',
      /"tot"/,
      /"tot"/,
    ],
    [
      'custom: rating-op',
      withIndicator({
        type: 'rating',
        scale: ['Tốt', 'Kém'],
        target: { op: '>', value: 'Kém' },
        baseline: undefined,
      }),
      'target › op',
      /">="/,
      /">="/,
    ],
    [
      'custom: target-not-on-scale',
      withIndicator({
        type: 'rating',
        scale: ['Tốt', 'Kém'],
        target: { op: '>=', value: 'Khá' },
        baseline: undefined,
      }),
      'target › value',
      /"Khá".*Tốt; Kém/,
      /"Khá".*Tốt; Kém/,
    ],
    [
      'custom: baseline-not-on-scale',
      withIndicator({
        type: 'rating',
        scale: ['Tốt', 'Kém'],
        target: { op: '>=', value: 'Tốt' },
        baseline: 'Khá',
      }),
      'baseline',
      /"Khá"/,
      /"Khá"/,
    ],
    [
      'custom: accumulates-only-for-numbers',
      withIndicator({
        type: 'yesno',
        target: { op: '=', value: 'Có' },
        baseline: undefined,
        accumulates: true,
      }),
      'accumulates',
      /cộng dồn/,
      /add up/,
    ],
    [
      'custom: between-only-for-numbers',
      withIndicator({
        type: 'yesno',
        target: { op: 'between', min: 0, max: 1, better: 'higher' },
        baseline: undefined,
      }),
      'target › op',
      /"between"/,
      /"between"/,
    ],
  ])('explains %s', (_, template, field, vi, en) => {
    const problems = problemsOf(loadTemplate(template));
    expect(problems).toHaveLength(1);
    expect(problems[0].path.replace(/^indicators\[0\] \(tang-truong-kinh-te\) › /, '')).toBe(field);
    expect(problems[0].message.vi).toMatch(vi);
    expect(problems[0].message.en).toMatch(en);
    expectReadable(problems[0]);
  });

  it('explains a repeated id by pointing at the first one', () => {
    const template = minimal();
    template.indicators.push({ ...template.indicators[0], name: 'Khác' });
    const problems = problemsOf(loadTemplate(template));
    expect(problems.map((p) => p.path)).toEqual(['indicators[1] (tang-truong-kinh-te) › id']);
    expect(problems[0].message.vi).toContain('đã dùng cho indicators[0] (tang-truong-kinh-te)');
    expect(problems[0].message.en).toContain('already used by indicators[0] (tang-truong-kinh-te)');
  });

  it('explains a baseline year that is not before the year', () => {
    const problems = problemsOf(loadTemplate({ ...minimal(), baselineYear: 2023 }));
    expect(problems.map((p) => p.path)).toEqual(['baselineYear']);
    expect(problems[0].message.vi).toContain('(2023) phải trước năm nghị quyết "year" (2023)');
    expectReadable(problems[0]);
  });

  it('refuses a value that is not a template object', () => {
    for (const input of [null, [], 'hung-tan-2023', 42, true, undefined]) {
      const problems = problemsOf(loadTemplate(input));
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('');
      expect(problems[0].message.vi).toContain('Tệp mẫu phải là một đối tượng JSON');
    }
  });

  it('stops listing after a hundred problems and says how many more there are', () => {
    const template = minimal();
    template.indicators = Array.from({ length: 150 }, (_, k) => ({
      ...minimal().indicators[0],
      id: `c-${k}`,
      type: 'x',
    }));
    const problems = problemsOf(loadTemplate(template));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS].message.vi).toBe('Còn 50 lỗi khác. Hãy sửa các lỗi trên rồi kiểm tra lại.');
  });

  it('does not throw on an object whose fields throw when read', () => {
    const hostile = { ...minimal() };
    Object.defineProperty(hostile, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(problemsOf(loadTemplate(hostile))[0].message.en).toContain('cannot be read');
  });

  it('never throws and always explains itself, whatever is put into a field', () => {
    const keys = ['format', 'id', 'title', 'year', 'baselineYear', 'issuedOn', 'indicators'];
    const indicatorKeys = [
      'id',
      'type',
      'target',
      'baseline',
      'min',
      'max',
      'scale',
      'decimals',
      'accumulates',
      'unit',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.constantFrom(...indicatorKeys),
        fc.anything(),
        fc.anything(),
        (key, indicatorKey, value, indicatorValue) => {
          const template = minimal();
          template.indicators[0][indicatorKey] = indicatorValue;
          template[key] = value;
          const result = loadTemplate(template);
          if (!result.ok) result.problems.forEach(expectReadable);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('loadTemplateText', () => {
  const text = (template: unknown) => JSON.stringify(template, null, 2);

  it('reads a template file, with or without the byte-order mark Windows editors write', () => {
    expect(loadTemplateText(text(minimal())).ok).toBe(true);
    expect(loadTemplateText(`\ufeff${text(minimal())}`).ok).toBe(true);
  });

  it('says at which line and column a file stops being JSON', () => {
    const broken = text(minimal()).replace('"year": 2023,', '"year": 2023');
    const problems = problemsOf(loadTemplateText(broken));
    expect(problems).toEqual([
      {
        path: '',
        message: {
          vi: expect.stringMatching(/^Dòng 7, cột 3: thiếu dấu phẩy giữa hai trường/),
          en: expect.stringMatching(/^Line 7, column 3: a comma between two fields/),
        },
      },
    ]);
  });

  it('explains a decimal comma typed into a number', () => {
    const broken = text(minimal()).replace('"baseline": 8.67', '"baseline": 8,67');
    expect(problemsOf(loadTemplateText(broken))[0].message.vi).toContain('hãy viết 217.67 thay vì 217,67');
  });

  it('refuses a field given twice rather than keeping one silently', () => {
    const twice = text(minimal()).replace('"year": 2023,', '"year": 2023,\n  "year": 2024,');
    expect(problemsOf(loadTemplateText(twice))[0].message.en).toBe(
      'Line 7, column 3: the field "year" was already given on line 6. Keep one and delete the other.',
    );
  });

  it('refuses a file over 1 MB, counting bytes as saved in UTF-8', () => {
    const padded = (filler: string) => {
      const template = minimal();
      template.indicators[0].note = filler;
      return text(template);
    };
    expect(loadTemplateText(padded('x'.repeat(MAX_TEMPLATE_BYTES)))).toMatchObject({ ok: false });
    // 400 000 characters of Vietnamese take more than 1 MB in UTF-8.
    const problems = problemsOf(loadTemplateText(padded('ệ'.repeat(400_000))));
    expect(problems[0].message.vi).toMatch(/^Tệp quá lớn \(1,1 MB\); một tệp mẫu không vượt quá 1 MB/);
    expect(problems[0].message.en).toMatch(/^The file is too large \(1.1 MB\)/);
  });

  it('refuses nesting deeper than a template needs, even far deeper than the stack allows', () => {
    const deep = `{"format": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(problemsOf(loadTemplateText(deep))[0].message.en).toMatch(
      /^Line 1, column 31: .* nested more than 20/,
    );
  });

  it('refuses an empty file', () => {
    expect(problemsOf(loadTemplateText(' \n'))[0].message.vi).toBe(
      'Tệp trống. Hãy chọn một tệp mẫu JSON có nội dung.',
    );
  });

  it('treats "__proto__" as an unknown field, not as a way into the object model', () => {
    const sneaky = text(minimal()).replace('{', '{\n  "__proto__": { "polluted": true },');
    const problems = problemsOf(loadTemplateText(sneaky));
    expect(problems.map((p) => p.path)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (input) => {
          const result = loadTemplateText(input);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems)
              expect(problem.message.vi && problem.message.en).toBeTruthy();
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatProblem', () => {
  it('puts the field before the message, or the message alone for the whole file', () => {
    const message = { vi: 'Sai.', en: 'Wrong.' };
    expect(formatProblem({ path: 'year', message }, 'vi')).toBe('year: Sai.');
    expect(formatProblem({ path: '', message }, 'en')).toBe('Wrong.');
  });
});
