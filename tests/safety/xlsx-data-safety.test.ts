import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readWorkbook } from '../../src/adapters/xlsx';
import { checkFigures } from '../../src/core/check';
import { editWorkbook, fillTypical, hungTan, layoutOf, runCli, tempDir } from '../cli/support';

const { dir, cleanup } = tempDir();
const file = (name: string) => path.join(dir, name);
afterAll(cleanup);
beforeAll(async () => {
  expect((await runCli(['template', '--out', 'blank.xlsx'], dir)).code).toBe(0);
});

const layout = layoutOf();
const ids = hungTan.indicators.map((indicator) => indicator.id);
const rowOf = (id: string) => layout.rows.find((row) => row.indicatorId === id)!.row;

type Entry = string | number | boolean | Date | { formula: string; result: number } | null;

const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc
    .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Object.is(x, -0) ? 0 : x)),
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
    '=1+1',
    '#N/A',
    '+84',
    '@x',
    '-',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
  fc.boolean(),
  fc.constantFrom(new Date('2023-12-31T00:00:00Z')),
  fc.constantFrom({ formula: '200+30', result: 230 }, { formula: 'G12*2', result: 0 }),
  fc.constant(null),
);

/** A clerk's work on the sheet: typical figures (clean enough to seal), then some changed at random. */
const entries = fc.record({
  figures: fc.dictionary(fc.constantFrom(...ids), entry, { maxKeys: 6 }),
  explanations: fc.dictionary(fc.constantFrom(...ids), fc.string({ minLength: 1, maxLength: 30 }), {
    maxKeys: 3,
  }),
  period: fc.constantFrom('Năm', '6 tháng', '9 THÁNG', 'quý 3', ''),
});

type Action = 'check' | 'seal' | 'report' | 'read' | 'template-again';
const action = fc.constantFrom<Action>('check', 'seal', 'report', 'read', 'template-again');

/** Every input, explanation and the period cell, straight from the file with ExcelJS (not the adapter). */
async function entered(name: string): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file(name));
  const sheet = workbook.getWorksheet('Chỉ tiêu 2023')!;
  const all: Record<string, unknown> = { period: sheet.getCell(layout.periodCell).value };
  for (const id of ids) {
    all[`${id}/value`] = sheet.getCell(`${layout.columns.value}${rowOf(id)}`).value;
    all[`${id}/explanation`] = sheet.getCell(`${layout.columns.explanation}${rowOf(id)}`).value;
  }
  return all;
}

async function perform(step: Action, name: string): Promise<void> {
  switch (step) {
    case 'check':
      expect((await runCli(['check', name, '--json'], dir)).code).toBeLessThan(2);
      return;
    case 'seal':
      expect((await runCli(['seal', name], dir)).code).toBeLessThan(2);
      return;
    case 'report':
      expect((await runCli(['report', name, '--out', `report-${name}`, '--force'], dir)).code).toBeLessThan(
        2,
      );
      return;
    case 'read': {
      const reading = await readWorkbook(file(name));
      if (reading.ok) reading.sheets.forEach((sheet) => checkFigures(sheet.template, sheet.snapshot));
      return;
    }
    case 'template-again':
      // Without --force the command refuses to write over the clerk's file.
      expect((await runCli(['template', '--out', name], dir)).code).toBe(2);
      return;
  }
}

describe('data safety on .xlsx files: no command changes what the clerk entered', () => {
  let run = 0;
  it('keeps every figure, explanation and the period through check, seal, report and template', async () => {
    const sealed: boolean[] = [];
    await fc.assert(
      fc.asyncProperty(entries, fc.array(action, { minLength: 1, maxLength: 3 }), async (work, steps) => {
        const name = `clerk-${run++}.xlsx`;
        copyFileSync(file('blank.xlsx'), file(name));
        await editWorkbook(file(name), (editor) => {
          fillTypical(editor);
          editor.input('thu-nhap-binh-quan').value = 57;
          // Typed again as a number: a figure stored as text is never sealed.
          editor.input('tang-truong-kinh-te').value = 0.0867;
          editor.cell('bhyt', 'explanation').value = 'Một số hộ chưa gia hạn thẻ';
          for (const [id, value] of Object.entries(work.figures)) editor.input(id).value = value;
          for (const [id, text] of Object.entries(work.explanations))
            editor.cell(id, 'explanation').value = text;
          editor.sheet.getCell(layout.periodCell).value = work.period;
        });
        const before = await entered(name);
        const bytes = readFileSync(file(name));
        for (const step of steps) {
          await perform(step, name);
          expect(await entered(name)).toEqual(before);
        }
        sealed.push(!readFileSync(file(name)).equals(bytes));
      }),
      { numRuns: 60 },
    );
    // Some runs must have sealed for real, or the property said nothing about seal.
    expect(sealed.some(Boolean)).toBe(true);
  }, 180_000);
});
