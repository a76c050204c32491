import fc from 'fast-check';
import { checkFigures } from '../../../src/core/check';
import type { EnteredFigure, RawValue } from '../../../src/core/check/types';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { mixesPartialYear } from '../../../src/core/rules/check-rules';
import type { Period, Template } from '../../../src/core/template/types';
import { loadTemplate } from '../../../src/core/template/load';
import { CONSISTENT_FIGURES, CROSS_TEMPLATE_JSON, crossTemplate } from '../rules/support/cross-template';
import { PlanSheet, type CellInput } from './support/evaluate';

/**
 * The "Kiểm tra chéo" block's formulas, evaluated by a spreadsheet engine, say what the core's
 * rule findings say: "Không khớp" exactly where a rule failed, with the same two sides; "Khớp"
 * where every figure it reads is valid and it holds; blank where the core skips it; "Cần kiểm
 * tra" where a figure is text the sheet cannot read, or the figures divide by zero. Twice: with
 * last year's production value in the template, and entered by the clerk in `Thực hiện 2022`.
 */

/** The same template with no baseline for the production value: the clerk enters it in the sheet. */
function enteredBaselineTemplate(): Template {
  const json = structuredClone(CROSS_TEMPLATE_JSON);
  const value = json.indicators.find((i) => i.id === 'gia-tri-san-xuat')! as { baseline?: number };
  delete value.baseline;
  const loaded = loadTemplate(json);
  if (!loaded.ok) throw new Error('the template without a baseline should load');
  return loaded.template;
}

const consistent: Record<string, number> = CONSISTENT_FIGURES;
/** Last year's production value that agrees with the consistent figures' growth. */
const LAST_YEAR = 199.7;

/** A figure in the core's units as the cell holds it: percent cells hold fractions. */
const toCell = (template: Template, id: string, n: number) =>
  template.indicators.find((i) => i.id === id)!.type === 'percent' ? Math.round(n * 1e8) / 1e10 : n;

function inputFor(template: Template, id: string, base = consistent[id]): fc.Arbitrary<CellInput> {
  const cell = (n: number) => toCell(template, id, n);
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(cell(base)) },
    // Near the figure that agrees: inside and just outside each tolerance, halves included.
    {
      weight: 4,
      arbitrary: fc
        .constantFrom(-7, -0.15, -0.1, -0.06, -0.05, -0.01, 0.01, 0.05, 0.1, 0.11, 0.5, 3.26, 1.7)
        .map((d) => cell(Math.round((base + d) * 1000) / 1000)),
    },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 900 }).map((n) => cell(n)) },
    { weight: 1, arbitrary: fc.constant(cell(0)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<CellInput>(null, '', ' ', '500', '199,7', 'nhiều', true, -5, {
        formula: '=1/0',
      }),
    },
  );
}

function rawOf(value: CellInput): RawValue {
  if (value !== null && typeof value === 'object') return { error: '#DIV/0!' };
  return value;
}

const textOrError = (value: CellInput) =>
  (typeof value === 'string' && value.trim() !== '') || (value !== null && typeof value === 'object');

describe.each([
  ['given by the template', crossTemplate()],
  ['entered by the clerk', enteredBaselineTemplate()],
])('the Kiểm tra chéo block agrees with the core, last year %s', (_, template: Template) => {
  const plan = buildSheetPlan(template);
  const { columns, rows, ruleRows = [], periodCell, periodLabels } = plan.layout;
  const rowOf = new Map(rows.map((r) => [r.indicatorId, r.row]));
  const formatOf = new Map(plan.cells.map((c) => [c.address, c.style?.numberFormat]));
  /** The indicators whose last year the clerk enters: none with the template's baseline. */
  const entersBaseline = template.indicators
    .filter((i) => i.type !== 'rating' && i.type !== 'yesno' && i.baseline === undefined)
    .map((i) => i.id);
  let sheet: PlanSheet;
  beforeAll(() => {
    sheet = new PlanSheet(plan);
  });
  afterAll(() => sheet.destroy());

  it('has one row per rule under the table, nothing in the Mã, Thực hiện or explanation columns', () => {
    expect(ruleRows.map((r) => r.ruleId)).toEqual(['dien-tich', 'co-cau', 'tang-truong']);
    const lastIndicatorRow = Math.max(...rows.map((r) => r.row));
    expect(Math.min(...ruleRows.map((r) => r.row))).toBeGreaterThan(lastIndicatorRow + 1);
    const clerkColumns = [columns.code, columns.value, columns.explanation];
    const below = plan.cells.filter(
      (c) =>
        clerkColumns.includes(c.address.replace(/\d+$/, '')) &&
        Number(c.address.replace(/^[A-Z]+/, '')) > lastIndicatorRow,
    );
    expect(below.filter((c) => c.content.kind !== 'empty')).toEqual([]);
    const first = ruleRows[0].row;
    const range = `${columns.verdict}${first}:${columns.verdict}${ruleRows[2].row}`;
    expect(plan.conditionalFormats.filter((f) => f.range === range)).toEqual([
      { range, formula: `=$${columns.verdict}${first}="Không khớp"`, fill: '#FFC7CE', fontColor: '#9C0006' },
      { range, formula: `=$${columns.verdict}${first}="Khớp"`, fill: '#E2EFDA', fontColor: '#375623' },
      {
        range,
        formula: `=$${columns.verdict}${first}="Cần kiểm tra"`,
        fill: '#FFEB9C',
        fontColor: '#9C5700',
      },
    ]);
  });

  it('blanks, at 6 and 9 months, only the rule that sets a cumulative figure against a whole year', () => {
    expect(template.rules!.map((rule) => mixesPartialYear(rule, template.indicators))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('for every figure a clerk can store, in every period', () => {
    const figures = fc.record(
      Object.fromEntries(template.indicators.map((i) => [i.id, inputFor(template, i.id)])),
    );
    // Last year's production value, in its `Thực hiện 2022` cell; only read where the template gives none.
    const lastYear = inputFor(template, 'gia-tri-san-xuat', LAST_YEAR);
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        figures,
        lastYear,
        fc.constantFrom<Period>('nam', '6-thang', '9-thang'),
        (values: Record<string, CellInput>, last: CellInput, period: Period) => {
          const inputs: Record<string, CellInput> = { [periodCell]: periodLabels[period] };
          const lastOf = (id: string) => (id === 'gia-tri-san-xuat' ? last : null);
          const entered: EnteredFigure[] = template.indicators.map((indicator) => {
            const address = `${columns.value}${rowOf.get(indicator.id)}`;
            inputs[address] = values[indicator.id];
            const figure: EnteredFigure = {
              indicatorId: indicator.id,
              address,
              raw: rawOf(values[indicator.id]),
              numberFormat: formatOf.get(address),
            };
            if (entersBaseline.includes(indicator.id)) {
              const at = `${columns.baseline}${rowOf.get(indicator.id)}`;
              inputs[at] = lastOf(indicator.id);
              figure.baseline = {
                raw: rawOf(lastOf(indicator.id)),
                address: at,
                numberFormat: formatOf.get(at),
              };
            }
            return figure;
          });
          sheet.set(inputs);
          const report = checkFigures(template, { period, figures: entered });
          const results = new Map(report.results.map((r) => [r.indicator.id, r]));
          for (const { ruleId, row } of ruleRows) {
            const rule = template.rules!.find((r) => r.id === ruleId)!;
            const reads = template.indicators
              .map((i) => i.id)
              .filter((id) => rule.left.includes(`#{${id}}`) || rule.right.includes(`#{${id}}`));
            const readsLast = entersBaseline.filter(
              (id) => rule.left.includes(`#{${id}.baseline}`) || rule.right.includes(`#{${id}.baseline}`),
            );
            const found = report.findings.find((f) => f.rule === ruleId);
            const usable =
              reads.every((id) => {
                const r = results.get(id)!;
                return r.status !== 'invalid' && typeof r.value === 'number';
              }) && readsLast.every((id) => typeof results.get(id)!.baseline?.value === 'number');
            const result = sheet.value(`${columns.verdict}${row}`);
            const shown = {
              ruleId,
              period,
              values: Object.fromEntries(reads.map((id) => [id, values[id]])),
              lastYear: Object.fromEntries(readsLast.map((id) => [id, lastOf(id)])),
            };
            let expected: string;
            if (period !== 'nam' && mixesPartialYear(rule, template.indicators)) expected = '';
            else if ([...reads.map((id) => values[id]), ...readsLast.map(lastOf)].some(textOrError))
              expected = 'Cần kiểm tra';
            else if (!usable) expected = '';
            else if (found?.code === 'rule-division-by-zero') expected = 'Cần kiểm tra';
            else expected = found ? 'Không khớp' : 'Khớp';
            expect({ ...shown, result }).toEqual({ ...shown, result: expected });
            seen.add(`${ruleId} ${expected}`);
            if (readsLast.length > 0 && period === 'nam' && !reads.some((id) => textOrError(values[id]))) {
              const lastReading = results.get('gia-tri-san-xuat')!.baseline;
              if (last === null || last === '' || last === ' ') seen.add('last-empty');
              else if (textOrError(last)) seen.add('last-text');
              else if (typeof lastReading?.value !== 'number') seen.add('last-unusable');
            }
            if (found?.code === 'rule-failed' && expected === 'Không khớp') {
              // Both sides as the sheet computes them, to the core's 6 decimals (a last-digit half
              // may round either way: 158.8883325 → …332 or …333).
              const left = sheet.value(`${columns.baseline}${row}`) as number;
              const right = sheet.value(`${columns.percent}${row}`) as number;
              expect({ ...shown, left, right }).toEqual({
                ...shown,
                left: expect.closeTo(found.left!, 5),
                right: expect.closeTo(found.right!, 5),
              });
            }
          }
        },
      ),
      { numRuns: 600 },
    );
    // Every rule was seen holding, failing, skipped and unreadable.
    for (const { ruleId } of ruleRows) {
      for (const outcome of ['Khớp', 'Không khớp', '', 'Cần kiểm tra'])
        expect(seen).toContain(`${ruleId} ${outcome}`);
    }
    // Where the clerk enters last year, a missing, unreadable or text one was met as well.
    if (entersBaseline.includes('gia-tri-san-xuat')) {
      for (const outcome of ['last-empty', 'last-unusable', 'last-text']) expect(seen).toContain(outcome);
    }
  });
});
