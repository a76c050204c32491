import fc from 'fast-check';
import { buildAuthoringPlan, contentOf, readAuthoringSheet } from '../../../src/core/authoring';
import { loadTemplate } from '../../../src/core/template/load';
import { foldLevel } from '../../../src/core/template/schema';
import type { Template } from '../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../src/templates';
import { gridOf } from './support';
import { crossTemplate } from '../rules/support/cross-template';

const builtIn = getBuiltInTemplate('hung-tan-2023')!;
/**
 * `$schema` is the only field the sheet does not keep: it is the JSON file's hint to editors, a
 * path relative to where that file is stored, not a part of the resolution; a template read from a
 * sheet has no file to be relative to.
 */
const { $schema, ...hungTan } = builtIn;

function read(template: Template): Template {
  const reading = readAuthoringSheet(gridOf(buildAuthoringPlan(contentOf(template))));
  if (!reading.ok) throw new Error(reading.findings.map((f) => f.message.en).join('\n'));
  expect(reading.findings).toEqual([]);
  return reading.template;
}

describe('authoring sheet round trips', () => {
  test('the built-in template comes back whole: codes, decimals, bounds and directions included', () => {
    expect($schema).toBeDefined();
    expect(read(builtIn)).toEqual(hungTan);
    // What the whole-template comparison covers is not empty: bounds, a negative one, decimals.
    const growth = hungTan.indicators.find((i) => i.min !== undefined && i.min < 0);
    expect(growth).toBeDefined();
    expect(new Set(hungTan.indicators.map((i) => i.decimals))).toEqual(new Set([0, 2]));
    expect(hungTan.rules?.length).toBeGreaterThan(0);
  });

  test('a template with codes and a range where lower is better comes back exact', () => {
    const [first, second, ...rest] = hungTan.indicators;
    const template: Template = {
      ...hungTan,
      indicators: [
        { ...first, code: 'CT01.1', decimals: 3 },
        {
          ...second,
          code: '0203',
          target: { op: 'between', min: 1, max: 2, better: 'lower' },
          min: -50,
          max: 100,
          baseline: 1.5,
        },
        ...rest,
      ],
    };
    expect(read(template)).toEqual(template);
  });

  test('the cross-check template: every rule comes back exact (baselines, tolerances, warnings)', () => {
    const cross = crossTemplate();
    expect(read(cross).rules).toEqual(cross.rules);
  });

  test('sheet → template → sheet gives the same cells', () => {
    const plan = buildAuthoringPlan(contentOf(read(hungTan)));
    expect(buildAuthoringPlan(contentOf(read(read(hungTan))))).toEqual(plan);
  });

  test('template → sheet → template is exact over templates the sheet can hold', () => {
    let withRules = 0;
    const seen = { code: 0, bounds: 0, lower: 0, decimals: 0 };
    fc.assert(
      fc.property(authorableTemplate(), (template) => {
        if (template.rules?.length) withRules++;
        for (const i of template.indicators) {
          if (i.code !== undefined) seen.code++;
          if (i.min !== undefined || i.max !== undefined) seen.bounds++;
          if (i.target.op === 'between' && i.target.better === 'lower') seen.lower++;
          if (i.decimals !== (i.type === 'integer' ? 0 : 2)) seen.decimals++;
        }
        expect(read(template)).toEqual(template);
        const plan = buildAuthoringPlan(contentOf(template));
        expect(buildAuthoringPlan(contentOf(read(template)))).toEqual(plan);
      }),
      { numRuns: 150 },
    );
    // The rules' table is exercised, not only the indicators'.
    expect(withRules).toBeGreaterThan(30);
    // So are the optional columns after Ghi chú.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20);
  });
});

const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBĐEÊHOÔƠƯáàảãạốồộớờợứừựéèẻệíìỉịúùủụýỳ 0123456789,.()/%–-';
const text = (max: number) =>
  fc
    .array(fc.constantFrom(...letters), { minLength: 1, maxLength: max })
    .map((chars) => chars.join('').replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0 && !/^[=+]/.test(s));
const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}$/);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const two = (n: number) => Math.round(n * 100) / 100;

const indicator = fc
  .record({
    group: text(30),
    name: text(60),
    unit: text(12),
    type: fc.constantFrom('number', 'integer', 'percent', 'yesno', 'rating'),
    op: fc.constantFrom('>=', '>', '<=', '<', '=', 'between'),
    a: fc.double({ min: 0, max: 100, noNaN: true }),
    b: fc.double({ min: 0, max: 100, noNaN: true }),
    baseline: optional(fc.double({ min: 0, max: 100, noNaN: true })),
    scale: fc.uniqueArray(
      text(20).map((s) => s.replace(/;/g, '')),
      { minLength: 2, maxLength: 4, selector: (s) => s.toLowerCase() },
    ),
    assess: fc.constantFrom('cumulative', 'level', 'year-end'),
    section: fc.constantFrom('main', 'task'),
    source: optional(text(120)),
    note: optional(text(80)),
    code: optional(text(40)),
    decimals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    low: optional(fc.double({ min: -100, max: 0, noNaN: true })),
    high: optional(fc.double({ min: 100, max: 1000, noNaN: true })),
    lower: fc.boolean(),
  })
  .map((r) => {
    const numeric = r.type === 'number' || r.type === 'integer' || r.type === 'percent';
    const value = (n: number) => (r.type === 'integer' ? Math.round(n) : two(n));
    const result: Record<string, unknown> = {
      group: r.group,
      name: r.name,
      unit: numeric ? r.unit : '',
      type: r.type,
      decimals: r.decimals ?? (r.type === 'integer' ? 0 : 2),
      assess: numeric ? r.assess : r.assess === 'cumulative' ? 'level' : r.assess,
      section: r.section,
    };
    if (result.assess === 'cumulative') result.accumulates = true;
    if (numeric) {
      const [low, high] = [value(Math.min(r.a, r.b)), value(Math.max(r.a, r.b))];
      result.target =
        r.op === 'between'
          ? { op: 'between', min: low, max: high, better: r.lower ? 'lower' : 'higher' }
          : { op: r.op, value: value(r.a) };
      if (r.baseline !== undefined) result.baseline = value(r.baseline);
      // Targets and baselines lie in 0–100, inside any generated bounds (-100–0 and 100–1000).
      if (r.low !== undefined) result.min = value(r.low);
      if (r.high !== undefined) result.max = value(r.high);
    } else if (r.type === 'yesno') {
      result.target = { op: '=', value: r.a > 50 ? 'Có' : 'Không' };
      if (r.baseline !== undefined) result.baseline = r.baseline > 50 ? 'Có' : 'Không';
    } else {
      const scale = r.scale.filter(
        (level, i) => r.scale.findIndex((l) => foldLevel(l) === foldLevel(level)) === i,
      );
      result.scale = scale.length >= 2 ? scale : ['Tốt', 'Khá'];
      const levels = result.scale as string[];
      result.target = {
        op: r.op === '>' || r.op === '<' || r.op === 'between' ? '=' : r.op,
        value: levels[0],
      };
      if (r.baseline !== undefined) result.baseline = levels[levels.length - 1];
    }
    if (r.source !== undefined) result.source = r.source;
    if (r.note !== undefined) result.note = r.note;
    if (r.code !== undefined) result.code = r.code;
    return result;
  });

const rule = fc.record({
  refs: fc.array(fc.tuple(fc.nat(20), fc.boolean()), { minLength: 1, maxLength: 3 }),
  op: fc.constantFrom('==', '<=', '>=', '<', '>'),
  constant: fc.oneof(
    fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => String(two(n))),
    fc.constantFrom('100', '(2 - 1) * 50', '41.8'),
  ),
  tolerance: fc.double({ min: 0, max: 5, noNaN: true }).map(two),
  severity: fc.constantFrom('error', 'warning'),
  vi: text(60),
  en: text(60),
});

function authorableTemplate(): fc.Arbitrary<Template> {
  return fc
    .record({
      title: text(80),
      issuer: text(40),
      place: optional(text(20)),
      superior: optional(text(40)),
      resolutionNumber: optional(text(20)),
      issuedOn: optional(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
      ),
      signerTitle: optional(text(20)),
      signerName: optional(text(30)),
      recipients: optional(
        fc.array(
          text(30).map((s) => s.replace(/;/g, ',')),
          { minLength: 1, maxLength: 4 },
        ),
      ),
      year: fc.integer({ min: 2000, max: 2099 }),
      ids: fc.uniqueArray(slug, { minLength: 1, maxLength: 8 }),
      indicators: fc.array(indicator, { minLength: 8, maxLength: 8 }),
      rules: fc.array(rule, { maxLength: 3 }),
      ruleIds: fc.uniqueArray(slug, { minLength: 3, maxLength: 3 }),
    })
    .map((r) => {
      const base =
        foldLevel(r.place ?? r.issuer)
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'nghi-quyet';
      const json: Record<string, unknown> = {
        format: 'resolution-targets/v1',
        id: `${base}-${r.year}`,
        title: r.title,
        issuer: r.issuer,
        year: r.year,
        baselineYear: r.year - 1,
        indicators: r.ids.map((id, i) => ({ id, ...r.indicators[i] })),
      };
      if (r.place !== undefined) json.place = r.place;
      if (r.superior !== undefined) json.superior = r.superior;
      if (r.resolutionNumber !== undefined) json.resolutionNumber = r.resolutionNumber;
      if (r.issuedOn !== undefined) json.issuedOn = r.issuedOn.toISOString().slice(0, 10);
      if (r.signerTitle !== undefined)
        json.signer = r.signerName ? { title: r.signerTitle, name: r.signerName } : { title: r.signerTitle };
      if (r.recipients !== undefined) json.recipients = r.recipients.filter(Boolean);
      if ((json.recipients as string[] | undefined)?.length === 0) delete json.recipients;
      const indicators = json.indicators as { id: string; type: string; baseline?: unknown }[];
      const numeric = indicators.filter((i) => ['number', 'integer', 'percent'].includes(i.type));
      if (numeric.length > 0 && r.rules.length > 0) {
        json.rules = r.rules.map((each, n) => {
          const ref = (k: number, baseline: boolean) => {
            const named = numeric[k % numeric.length];
            return typeof named.baseline === 'number' && baseline
              ? `#{${named.id}.baseline}`
              : `#{${named.id}}`;
          };
          const { refs, op, constant, tolerance, severity, vi, en } = each;
          return {
            id: r.ruleIds[n],
            left: refs.map(([k, baseline]) => ref(k, baseline)).join(' + '),
            op,
            right: constant,
            tolerance,
            severity,
            message: { vi, en },
          };
        });
      }
      return json;
    })
    .map((json) => loadTemplate(json))
    .filter((result) => result.ok)
    .map((result) => (result as { ok: true; template: Template }).template);
}
