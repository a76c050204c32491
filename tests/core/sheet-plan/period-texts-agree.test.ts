import { buildSheetPlan, PERIOD_FALLBACK, periodFromLabel } from '../../../src/core/sheet-plan';
import { longLiteral } from '../../../src/core/sheet-plan/period-texts';
import type { SheetPlan } from '../../../src/core/sheet-plan/types';
import { PERIODS, type Template } from '../../../src/core/template/types';
import { PlanSheet } from './support/evaluate';
import { textAt } from './support/plan-cells';
import { builtIn, everyKind } from './support/templates';

/**
 * The title, the column headers and the note follow the period cell (docs/design.md, "Through
 * the year"): recalculated by HyperFormula after the period cell changes, each shows what the
 * sheet made for that period shows, and the cached result is what the formula gives as planned.
 */

// The row-9 header, the title and the note: every cell whose words may depend on the period.
function periodCells(plan: SheetPlan): string[] {
  return plan.cells
    .filter((c) => c.content.kind === 'formula' && c.content.result !== undefined)
    .map((c) => c.address);
}

const CELL_TEXTS = ['6 tháng', '9 tháng', 'Năm', '6 THÁNG', 'năm', '6 thang', ' 6 tháng', '', 'Quý I'];

describe.each([
  ['hung-tan-2023', builtIn()],
  ['every kind, English', everyKind()],
] as const)('the period words of %s', (_, template: Template) => {
  const lang = template.id === 'hung-tan-2023' ? 'vi' : 'en';
  const plans = Object.fromEntries(PERIODS.map((p) => [p, buildSheetPlan(template, { period: p, lang })]));

  test('are formulas on the period cell for the title, the figure, percent and estimate headers and the note', () => {
    const plan = plans.nam;
    const { columns, headerRow } = plan.layout;
    const note = plan.cells.find((c) => /^(Ghi chú|Note):/.test(textAt(plan, c.address) ?? ''))!.address;
    const header = (key: 'value' | 'percent' | 'estimate') => `${columns[key]}${headerRow}`;
    expect(periodCells(plan).sort()).toEqual(
      ['A5', header('value'), header('percent'), header('estimate'), note].sort(),
    );
  });

  test.each(PERIODS)(
    'made for %s, show every period the cell is changed to, and the cached words as made',
    (made) => {
      const plan = plans[made];
      const sheet = new PlanSheet(plan);
      try {
        for (const address of periodCells(plan)) expect(sheet.value(address)).toBe(textAt(plan, address));
        for (const cellText of CELL_TEXTS) {
          sheet.set({ [plan.layout.periodCell]: cellText === '' ? null : cellText });
          const shown = periodFromLabel(cellText, plan.layout.periodLabels) ?? PERIOD_FALLBACK;
          for (const address of periodCells(plan))
            expect({ cellText, address, text: sheet.value(address) }).toEqual({
              cellText,
              address,
              text: textAt(plans[shown], address),
            });
        }
      } finally {
        sheet.destroy();
      }
    },
  );

  test('grey the estimate column exactly when the formulas judge the whole year', () => {
    const plan = plans['6-thang'];
    const { columns, headerRow, rows } = plan.layout;
    const last = rows[rows.length - 1].row;
    const grey = plan.conditionalFormats.find(
      (f) => f.range === `${columns.estimate}${headerRow}:${columns.estimate}${last}`,
    )!;
    expect(grey).toMatchObject({ fill: '#D9D9D9', fontColor: '#7F7F7F' });
    const sheet = new PlanSheet(plan);
    try {
      // The rule's expression is absolute: evaluated in a spare cell, it is what the column shows.
      for (const cellText of CELL_TEXTS) {
        sheet.set({
          [plan.layout.periodCell]: cellText === '' ? null : cellText,
          Z1: { formula: grey.formula },
        });
        const yearEnd = (periodFromLabel(cellText, plan.layout.periodLabels) ?? PERIOD_FALLBACK) === 'nam';
        expect({ cellText, grey: sheet.value('Z1') }).toEqual({ cellText, grey: yearEnd });
      }
    } finally {
      sheet.destroy();
    }
  });
});

test('a text longer than Excel allows in one formula constant is joined from pieces', () => {
  const long = `${'Ghi chú: “Thực hiện 6 tháng” '.repeat(12)}"quoted"`;
  expect(long.length).toBeGreaterThan(255);
  const formula = `=${longLiteral(long)}`;
  for (const piece of formula.match(/"[^"]*"/g) ?? []) expect(piece.length - 2).toBeLessThanOrEqual(255);
  const plan = buildSheetPlan(builtIn());
  const sheet = new PlanSheet({ ...plan, cells: [{ address: 'A1', content: { kind: 'formula', formula } }] });
  try {
    expect(sheet.value('A1')).toBe(long);
  } finally {
    sheet.destroy();
  }
});
