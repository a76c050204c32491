import fc from 'fast-check';
import { ExcelActionError, type ExcelAdapter } from '../../../src/adapters/excel';
import type { CheckReport } from '../../../src/core/check/types';
import { getBuiltInTemplate } from '../../../src/templates';
import type { FakeWorkbook } from '../../../src/testing/fake-excel';
import { newWorkbook, table, type Entered } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';
const ids = template.indicators.map((indicator) => indicator.id);
/** The indicators whose `Thực hiện 2022` the clerk enters (no baseline in the template). */
const lastYearIds = template.indicators
  .filter(
    (indicator) =>
      indicator.type !== 'rating' && indicator.type !== 'yesno' && indicator.baseline === undefined,
  )
  .map((indicator) => indicator.id);

const figure: fc.Arbitrary<Exclude<Entered, null>> = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
  fc.integer({ min: -5, max: 500 }),
  fc.constantFrom(
    '8,67%',
    '217,67',
    '1.234,5',
    '04',
    '1/2',
    'mười',
    'Có',
    'Không',
    "'trích",
    '=1+1',
    '#N/A',
    ' ',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.boolean(),
  fc.constantFrom('=1+1', '=G12*2', '=SUM(1,2)').map((formula) => ({ formula })),
);
const explanation = fc.oneof(
  fc.constantFrom('Do thiên tai, mất mùa', '=không phải công thức'),
  fc.string({ minLength: 1, maxLength: 20 }),
);

/** A clerk's entries: some figures, some explanations, a period. */
const entries = fc.record({
  figures: fc.dictionary(fc.constantFrom(...ids), figure, { maxKeys: 12 }),
  explanations: fc.dictionary(fc.constantFrom(...ids), explanation, { maxKeys: 5 }),
  lastYear: fc.dictionary(fc.constantFrom(...lastYearIds), figure, { maxKeys: 4 }),
  period: fc.constantFrom('Năm', '6 tháng', '9 tháng', 'nam', '9 THÁNG', 'quý 3', ''),
  /** A sheet of the clerk's own that happens to bear the report's name, with what they typed in it. */
  ownReport: fc.option(
    fc.dictionary(fc.constantFrom('A1', 'A6', 'B2', 'C10', 'G20', 'J12', 'L1'), figure, { minKeys: 1 }),
  ),
});

type Action =
  | { kind: 'insert'; choice?: 'open' | 'update' | 'copy' }
  | { kind: 'read' | 'check' | 'mark' | 'report' | 'seal' }
  | { kind: 'go-to'; id: string }
  /** An update, a copy, a check, a report or a seal that Excel fails after `after` operations. */
  | { kind: 'fail'; during: 'update' | 'copy' | 'check' | 'report' | 'seal'; after: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>(
    { kind: 'insert' },
    { kind: 'insert', choice: 'open' },
    { kind: 'insert', choice: 'update' },
    { kind: 'insert', choice: 'copy' },
    { kind: 'read' },
    { kind: 'check' },
    { kind: 'mark' },
    { kind: 'report' },
    { kind: 'seal' },
  ),
  fc.constantFrom(...ids).map((id): Action => ({ kind: 'go-to', id })),
  fc.record({
    kind: fc.constant('fail' as const),
    during: fc.constantFrom(
      'update' as const,
      'copy' as const,
      'check' as const,
      'report' as const,
      'seal' as const,
    ),
    after: fc.nat(400),
  }),
);

async function perform(
  workbook: FakeWorkbook,
  adapter: ExcelAdapter,
  step: Action,
  last: { report?: CheckReport },
) {
  switch (step.kind) {
    case 'insert':
      return adapter.insertSheet(template, {}, step.choice);
    case 'read':
      return adapter.readSnapshot();
    case 'check':
      last.report = (await adapter.checkAndMark()).report;
      return last.report;
    case 'mark':
      return last.report && adapter.markFindings(last.report);
    case 'report':
      return adapter.makeReport([], 'vi');
    case 'seal':
      return adapter.seal();
    case 'go-to':
      return adapter.goToCell(`'${SHEET}'!${table(workbook, SHEET, template).input(step.id)}`);
    case 'fail':
      workbook.failAfter(step.after);
      try {
        switch (step.during) {
          case 'update':
          case 'copy':
            return await adapter.insertSheet(template, {}, step.during);
          case 'check':
            return await adapter.checkAndMark();
          case 'report':
            return await adapter.makeReport([], 'vi');
          case 'seal':
            return await adapter.seal();
        }
      } finally {
        workbook.clearFault();
      }
  }
}

const OWN_REPORT = 'Báo cáo';

/** The sheets holding a standard table, with what was entered in each. */
function standardSheets(workbook: FakeWorkbook) {
  return workbook.sheets
    .filter(
      (sheet) => sheet.visibility === 'Visible' && sheet.name !== 'Sheet1' && !/^~?Báo cáo/.test(sheet.name),
    )
    .map((sheet) => ({
      name: sheet.name,
      protected: sheet.protection.protected,
      ...table(workbook, sheet.name, template),
    }));
}

/** What the clerk's own "Báo cáo" sheet holds in the given cells (undefined once the sheet is gone). */
function ownCells(workbook: FakeWorkbook, addresses: string[]) {
  const sheet = workbook.sheet(OWN_REPORT);
  return (
    sheet &&
    Object.fromEntries(
      addresses.map((address) => {
        const cell = sheet.cellAt(address);
        return [address, cell && { value: cell.value, formula: cell.formula }];
      }),
    )
  );
}

describe('data safety: no action but "convert" changes what the clerk entered', () => {
  it("enters last year in the production value's row: the property below covers entered baselines", () => {
    expect(lastYearIds).toContain('gia-tri-san-xuat');
  });

  it('keeps every figure, explanation and the period through any sequence of actions, failures included', async () => {
    await fc.assert(
      fc.asyncProperty(entries, fc.array(action, { minLength: 1, maxLength: 4 }), async (entered, steps) => {
        const { workbook, adapter } = newWorkbook();
        await adapter.insertSheet(template);
        const sheet = table(workbook, SHEET, template);
        workbook.enter(SHEET, sheet.periodAddress, entered.period);
        for (const [id, value] of Object.entries(entered.figures))
          workbook.enter(SHEET, sheet.input(id), value);
        for (const [id, text] of Object.entries(entered.explanations))
          workbook.enter(SHEET, sheet.explanationCell(id), text);
        for (const [id, value] of Object.entries(entered.lastYear))
          workbook.enter(SHEET, sheet.baselineCell(id), value);
        const before = sheet.entries();
        const own = entered.ownReport;
        if (own) {
          workbook.addSheet(OWN_REPORT);
          for (const [address, value] of Object.entries(own)) workbook.enter(OWN_REPORT, address, value);
        }
        const ownBefore = own && ownCells(workbook, Object.keys(own));

        const last: { report?: CheckReport } = {};
        for (const step of steps) {
          try {
            await perform(workbook, adapter, step, last);
          } catch (error) {
            // Excel may fail; the clerk must then get words, never a raw error.
            expect(error).toBeInstanceOf(ExcelActionError);
            expect((error as ExcelActionError).userMessage.vi).not.toMatch(/undefined|NaN|Error:/);
          }
        }

        const holding = standardSheets(workbook).filter(
          (found) => fc.stringify(found.entries()) === fc.stringify(before),
        );
        expect(holding.length).toBeGreaterThanOrEqual(1);
        expect(holding.every((found) => found.protected)).toBe(true);
        if (own) expect(ownCells(workbook, Object.keys(own))).toEqual(ownBefore);
        // The stored template survives too: the workbook still reads without the add-in's copy.
        await expect(adapter.readSnapshot()).resolves.toMatchObject({ template: { id: template.id } });
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('inserting the template again, with any choice, never loses a figure', async () => {
    await fc.assert(
      fc.asyncProperty(
        entries,
        fc.constantFrom('open' as const, 'update' as const, 'copy' as const),
        async (entered, choice) => {
          const { workbook, adapter } = newWorkbook();
          await adapter.insertSheet(template);
          const sheet = table(workbook, SHEET, template);
          workbook.enter(SHEET, sheet.periodAddress, entered.period);
          for (const [id, value] of Object.entries(entered.figures))
            workbook.enter(SHEET, sheet.input(id), value);
          for (const [id, text] of Object.entries(entered.explanations))
            workbook.enter(SHEET, sheet.explanationCell(id), text);
          for (const [id, value] of Object.entries(entered.lastYear))
            workbook.enter(SHEET, sheet.baselineCell(id), value);
          const before = sheet.entries();

          expect(await adapter.insertSheet(template)).toEqual({ kind: 'needs-choice', sheetName: SHEET });
          await adapter.insertSheet(template, {}, choice);
          expect(table(workbook, SHEET, template).entries()).toEqual(before);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
