import fc from 'fast-check';
import { checkFigures } from '../../../src/core/check';
import type { EnteredFigure, RawValue } from '../../../src/core/check/types';
import { needsCheckWord, statusWord } from '../../../src/core/i18n/status-words';
import { NO_FORMS, YES_FORMS, sameWords } from '../../../src/core/numbers/choices';
import { clean } from '../../../src/core/numbers/round';
import { buildSheetPlan, PERIOD_FALLBACK, periodFromLabel } from '../../../src/core/sheet-plan';
import { effectiveBounds } from '../../../src/core/template/bounds';
import { assessOf } from '../../../src/core/template/defaults';
import { PERIODS, type Indicator, type Template } from '../../../src/core/template/types';
import { PlanSheet, type CellInput } from './support/evaluate';
import { builtIn, everyKind, load, throughTheYear } from './support/templates';

/**
 * The sheet's own formulas, evaluated by a spreadsheet engine (HyperFormula), must give the
 * add-in's verdict word and % of target for every figure a clerk can store: a workbook that
 * travels without the add-in says the same as the add-in.
 */

const ERRORS: Record<string, string> = { '=1/0': '#DIV/0!', '=NA()': '#N/A' };

function rawOf(value: CellInput): RawValue {
  if (value !== null && typeof value === 'object') return { error: ERRORS[value.formula] };
  return value;
}

/** Figures in the core's units (percent in percent units) worth trying for a numeric indicator. */
function landmarks(indicator: Indicator): number[] {
  const { target, baseline, decimals } = indicator;
  const unit = 10 ** -decimals;
  const points = target.op === 'between' ? [target.min, target.max] : [target.value as number];
  if (typeof baseline === 'number') points.push(baseline);
  const { min, max } = effectiveBounds(indicator);
  const around = [...points, ...points.map((p) => p * 0.5), ...points.map((p) => p * 0.75)];
  const near = around.flatMap((p) => [p, p + unit, p - unit, p + unit / 2, p - unit / 2, p - 1e-6, p + 1e-6]);
  for (const bound of [min, max])
    if (bound !== undefined) near.push(bound, bound - unit, bound + unit, bound + 1e-9);
  return [...near, 0, -unit, 57_000_000, 217_670, 1.5].map((n) => clean(n));
}

/** A stored number as the clerk's cell holds it: percent figures as fractions. */
const toCell = (indicator: Indicator, n: number) => (indicator.type === 'percent' ? clean(n / 100) : n);

function numberInput(indicator: Indicator): fc.Arbitrary<CellInput> {
  const { min, max } = effectiveBounds(indicator);
  const low = (min ?? -1000) - 10;
  const high = (max ?? 1000) + 10;
  const scale = 10 ** (indicator.decimals + 1);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...landmarks(indicator)).map((n) => toCell(indicator, n)) },
    {
      weight: 3,
      arbitrary: fc.double({ min: low, max: high, noNaN: true }).map((n) => toCell(indicator, n)),
    },
    // Figures with one decimal more than the indicator's, halves included: rounding decides.
    {
      weight: 3,
      arbitrary: fc
        .integer({ min: Math.ceil(low * scale), max: Math.floor(high * scale) })
        .map((k) => toCell(indicator, k / scale)),
    },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 300 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<CellInput>(null, '96,1', '', ' ', true, false, { formula: '=1/0' }),
    },
  );
}

function choiceInput(indicator: Indicator): fc.Arbitrary<CellInput> {
  const choices =
    indicator.type === 'yesno'
      ? ['Có', 'Không', 'có', 'KHÔNG', 'x', ' X ', 'Đạt', 'chua dat', 'Chưa', 'Đat']
      : (indicator.scale ?? []);
  const respelled = (indicator.scale ?? []).map((level) => level.replace(/[,]/g, ''));
  return fc.constantFrom<CellInput>(
    ...choices,
    ...choices.map((c) => c.toUpperCase()),
    ...respelled,
    'HTXSNV',
    'Xuất sắc lắm',
    'Co',
    null,
    5,
    true,
    { formula: '=NA()' },
  );
}

const inputOf = (indicator: Indicator) =>
  indicator.type === 'rating' || indicator.type === 'yesno' ? choiceInput(indicator) : numberInput(indicator);

/**
 * What a formula can read without doubt: an empty cell, a stored number in a numeric row, one of
 * the written forms of a choice (any case, spaces trimmed: a level as the scale writes it, the
 * yes/no words with or without diacritics) or TRUE/FALSE in a yes/no row. Anything else must
 * say "Cần kiểm tra".
 */
function readableBySheet(indicator: Indicator, value: CellInput): boolean {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return true;
  if (indicator.type === 'number' || indicator.type === 'integer' || indicator.type === 'percent') {
    return typeof value === 'number';
  }
  if (indicator.type === 'yesno' && typeof value === 'boolean') return true;
  const forms = indicator.type === 'yesno' ? [...YES_FORMS, ...NO_FORMS] : (indicator.scale ?? []);
  return typeof value === 'string' && forms.some((form) => sameWords(form, value));
}

/** An estimate for the year: mostly none, else what a clerk may type for a figure. */
const estimateOf = (indicator: Indicator) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<CellInput>(null) },
    { weight: 3, arbitrary: inputOf(indicator) },
  );

function agreementProperty(template: Template, sheet: PlanSheet) {
  const plan = buildSheetPlan(template);
  const { columns, rows, periodCell, periodLabels } = plan.layout;
  const rowOf = new Map(rows.map((r) => [r.indicatorId, r.row]));
  const formatOf = new Map(plan.cells.map((c) => [c.address, c.style?.numberFormat]));
  const figures = fc.record(Object.fromEntries(template.indicators.map((i) => [i.id, inputOf(i)])));
  const estimates = fc.record(Object.fromEntries(template.indicators.map((i) => [i.id, estimateOf(i)])));

  // What the period cell may hold: the list's labels, and what a clerk types instead. The readers
  // take the period through periodFromLabel, so the checker must judge as the formulas do.
  const periodTexts = fc.constantFrom<string | null>(
    ...PERIODS.map((period) => periodLabels[period]),
    '6 THÁNG',
    '9 Tháng',
    '6 thang',
    ' 6 tháng',
    '9 tháng ',
    '6-thang',
    'nam',
    '',
    null,
  );
  const property = (
    values: Record<string, CellInput>,
    guesses: Record<string, CellInput>,
    periodText: string | null,
  ) => {
    const period = periodFromLabel(periodText, periodLabels) ?? PERIOD_FALLBACK;
    const inputs: Record<string, CellInput> = { [periodCell]: periodText };
    const entered: EnteredFigure[] = template.indicators.map((indicator) => {
      const row = rowOf.get(indicator.id);
      const address = `${columns.value}${row}`;
      const estimateAddress = `${columns.estimate}${row}`;
      inputs[address] = values[indicator.id];
      inputs[estimateAddress] = guesses[indicator.id];
      return {
        indicatorId: indicator.id,
        address,
        raw: rawOf(values[indicator.id]),
        numberFormat: formatOf.get(address),
        estimate: {
          raw: rawOf(guesses[indicator.id]),
          address: estimateAddress,
          numberFormat: formatOf.get(estimateAddress),
        },
      };
    });
    sheet.set(inputs);
    const report = checkFigures(template, { period, figures: entered });

    for (const result of report.results) {
      const { indicator } = result;
      const row = rowOf.get(indicator.id)!;
      const value = values[indicator.id];
      const estimate = guesses[indicator.id];
      const choice = indicator.type === 'rating' || indicator.type === 'yesno';
      const readable = readableBySheet(indicator, value);
      // At 6 and 9 months the estimate is read too; at the year end it plays no part.
      const bothReadable = readable && (period === 'nam' || readableBySheet(indicator, estimate));
      const word = bothReadable ? statusWord(result.status, 'vi') : needsCheckWord('vi');
      const shown = { indicator: indicator.id, value, estimate, periodText };
      expect({ ...shown, verdict: sheet.value(`${columns.verdict}${row}`) }).toEqual({
        ...shown,
        verdict: word,
      });
      if (!choice) {
        const percent = readable && result.percentOfTarget !== null ? result.percentOfTarget : '';
        expect({ ...shown, percent: sheet.value(`${columns.percent}${row}`) ?? '' }).toEqual({
          ...shown,
          percent,
        });
      }
    }
  };
  return fc.property(figures, estimates, periodTexts, property);
}

describe.each([
  ['the built-in template hung-tan-2023', builtIn],
  ['a template with every kind of target', everyKind],
  ['a template with every way of following an indicator through the year', throughTheYear],
])('the sheet formulas of %s', (_name, make) => {
  const template = make();
  let sheet: PlanSheet;
  beforeAll(() => {
    sheet = new PlanSheet(buildSheetPlan(template));
  });
  afterAll(() => sheet.destroy());

  test('give the core verdict and % of target for random and boundary figures in every period cell text', () => {
    fc.assert(agreementProperty(template, sheet), { numRuns: 400 });
  });

  test('say "Chưa có số liệu" for every empty input in every period ("Chưa đánh giá" mid-year for what is decided at the year end)', () => {
    const plan = buildSheetPlan(template);
    const { columns, rows, periodCell, periodLabels } = plan.layout;
    const byId = new Map(template.indicators.map((i) => [i.id, i]));
    for (const period of PERIODS) {
      sheet.set({
        [periodCell]: periodLabels[period],
        ...Object.fromEntries(rows.map(({ row }) => [`${columns.value}${row}`, null])),
        ...Object.fromEntries(rows.map(({ row }) => [`${columns.estimate}${row}`, null])),
      });
      for (const { indicatorId, row } of rows) {
        const yearEnd = period !== 'nam' && assessOf(byId.get(indicatorId)!) === 'year-end';
        const expected = yearEnd ? 'Chưa đánh giá' : 'Chưa có số liệu';
        expect({ indicatorId, period, verdict: sheet.value(`${columns.verdict}${row}`) }).toEqual({
          indicatorId,
          period,
          verdict: expected,
        });
      }
    }
  });
});

describe('the verdict formula of a rating whose levels look like formulas', () => {
  const template = load({
    format: 'resolution-targets/v1',
    id: 'thu-muc-la',
    title: 'Thử',
    issuer: 'Đảng bộ xã Thử',
    year: 2023,
    indicators: [
      {
        id: 'xep-loai',
        group: 'Khác',
        name: 'Xếp loại',
        type: 'rating',
        scale: ['="Tốt"', 'Khá, "giỏi"'],
        target: { op: '>=', value: 'Khá, "giỏi"' },
      },
    ],
  });

  test('matches each level as the words it is', () => {
    const plan = buildSheetPlan(template);
    const sheet = new PlanSheet(plan);
    const row = plan.layout.rows[0].row;
    const { value, verdict } = plan.layout.columns;
    const verdictOf = (input: CellInput) => {
      sheet.set({ [`${value}${row}`]: input });
      return sheet.value(`${verdict}${row}`);
    };
    expect([verdictOf('="Tốt"'), verdictOf('Khá, "giỏi"'), verdictOf('Tốt')]).toEqual([
      'Vượt',
      'Đạt',
      'Cần kiểm tra',
    ]);
    sheet.destroy();
  });
});
