import fc from 'fast-check';
import { buildAuthoringPlan, contentOf, readAuthoringSheet } from '../../../src/core/authoring';
import { loadTemplate } from '../../../src/core/template/load';
import type { Template } from '../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../src/templates';
import { gridOf } from './support';
import { crossTemplate } from '../rules/support/cross-template';

const hungTan = getBuiltInTemplate('hung-tan-2023')!;

function read(template: Template): Template {
  const reading = readAuthoringSheet(gridOf(buildAuthoringPlan(contentOf(template))));
  if (!reading.ok) throw new Error(reading.findings.map((f) => f.message.en).join('\n'));
  expect(reading.findings).toEqual([]);
  return reading.template;
}

describe('authoring sheet round trips', () => {
  test('the built-in template keeps every field the sheet has a place for', () => {
    const back = read(hungTan);
    expect(back.id).toBe('hung-tan-2023');
    expect(back.title).toBe(hungTan.title);
    expect(back.issuedOn).toBe('2022-12-26');
    expect(
      back.indicators.map((i) => [i.id, i.name, i.unit, i.type, i.target, i.baseline, i.source]),
    ).toEqual(hungTan.indicators.map((i) => [i.id, i.name, i.unit, i.type, i.target, i.baseline, i.source]));
    expect(back.indicators.find((i) => i.id === 'gia-tri-san-xuat')).toMatchObject({
      assess: 'cumulative',
      accumulates: true,
    });
    expect(back.indicators.find((i) => i.id === 'dang-bo-tsvm')?.scale).toEqual(
      hungTan.indicators.find((i) => i.id === 'dang-bo-tsvm')?.scale,
    );
    expect(hungTan.rules?.length).toBeGreaterThan(0);
    expect(back.rules).toEqual(hungTan.rules);
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
    fc.assert(
      fc.property(authorableTemplate(), (template) => {
        if (template.rules?.length) withRules++;
        expect(read(template)).toEqual(template);
        const plan = buildAuthoringPlan(contentOf(template));
        expect(buildAuthoringPlan(contentOf(read(template)))).toEqual(plan);
      }),
      { numRuns: 150 },
    );
    // The rules' table is exercised, not only the indicators'.
    expect(withRules).toBeGreaterThan(30);
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
  })
  .map((r) => {
    const numeric = r.type === 'number' || r.type === 'integer' || r.type === 'percent';
    const value = (n: number) => (r.type === 'integer' ? Math.round(n) : two(n));
    const result: Record<string, unknown> = {
      group: r.group,
      name: r.name,
      unit: numeric ? r.unit : '',
      type: r.type,
      decimals: r.type === 'integer' ? 0 : 2,
      assess: numeric ? r.assess : r.assess === 'cumulative' ? 'level' : r.assess,
      section: r.section,
    };
    if (result.assess === 'cumulative') result.accumulates = true;
    if (numeric) {
      const [low, high] = [value(Math.min(r.a, r.b)), value(Math.max(r.a, r.b))];
      result.target =
        r.op === 'between'
          ? { op: 'between', min: low, max: high, better: 'higher' }
          : { op: r.op, value: value(r.a) };
      if (r.baseline !== undefined) result.baseline = value(r.baseline);
    } else if (r.type === 'yesno') {
      result.target = { op: '=', value: r.a > 50 ? 'Có' : 'Không' };
      if (r.baseline !== undefined) result.baseline = r.baseline > 50 ? 'Có' : 'Không';
    } else {
      const scale = r.scale.filter((level, i) => r.scale.findIndex((l) => fold(l) === fold(level)) === i);
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

function fold(s: string) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

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
        fold(r.place ?? r.issuer)
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
