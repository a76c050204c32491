import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readWorkbook } from '../../src/adapters/xlsx';
import { writePlan } from '../../src/adapters/xlsx';
import { buildSheetPlan } from '../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../src/templates';
import { fuzzParameters } from './settings';

const CODES = [
  'too-large',
  'not-xlsx',
  'legacy-xls',
  'encrypted',
  'corrupt',
  'zip-bomb',
  'no-template',
  'invalid-template',
  'no-sheet',
];

// A three-indicator template keeps each ExcelJS load near 13 ms, so 10,000 inputs fit the CI stage.
const full = getBuiltInTemplate('hung-tan-2023')!;
const template = {
  ...full,
  indicators: full.indicators.filter((i) => ['bhyt', 'dang-vien-moi', 'dang-bo-tsvm'].includes(i.id)),
};

let original: Buffer;
let parts: [string, string][];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = await writePlan(workbook, buildSheetPlan(template));
  sheet.getCell('H12').value = '95,5%';
  original = Buffer.from(await workbook.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(original);
  parts = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map(async (entry): Promise<[string, string]> => [entry.name, await entry.async('string')]),
  );
});

type Input =
  | { kind: 'bytes'; flips: { at: number; byte: number }[]; cut: number }
  | { kind: 'part'; part: number; at: number; remove: number; insert: string }
  | { kind: 'zip'; entries: { name: string; text: string }[] };

const input: fc.Arbitrary<Input> = fc.oneof(
  fc.record({
    kind: fc.constant('bytes' as const),
    flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    cut: fc.oneof(fc.constant(0), fc.nat()),
  }),
  fc.record({
    kind: fc.constant('part' as const),
    part: fc.nat(),
    at: fc.nat(),
    remove: fc.nat(40),
    insert: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '<',
        '>',
        '"',
        '&amp;',
        '<f>1/0</f>',
        '<v>NaN</v>',
        't="e"',
        't="d"',
        'r="XFD1048577"',
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
        '&a;',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('zip' as const),
    entries: fc.array(
      fc.record({
        name: fc.oneof(
          fc.constantFrom(
            'xl/workbook.xml',
            '[Content_Types].xml',
            'xl/_rels/workbook.xml.rels',
            'xl/worksheets/sheet1.xml',
            'xl/sharedStrings.xml',
            '../evil.xml',
          ),
          fc.string({ maxLength: 12 }),
        ),
        text: fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom(
            '<workbook/>',
            '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>',
          ),
        ),
      }),
      { maxLength: 5 },
    ),
  }),
);

async function bytesOf(spec: Input): Promise<Buffer> {
  if (spec.kind === 'bytes') {
    const bytes = Buffer.from(original);
    for (const { at, byte } of spec.flips) bytes[at % bytes.length] = byte;
    return spec.cut ? bytes.subarray(0, spec.cut % bytes.length) : bytes;
  }
  const zip = new JSZip();
  if (spec.kind === 'part') {
    const chosen = spec.part % parts.length;
    parts.forEach(([name, text], i) => {
      const at = spec.at % (text.length + 1);
      zip.file(name, i === chosen ? text.slice(0, at) + spec.insert + text.slice(at + spec.remove) : text);
    });
  } else spec.entries.forEach(({ name, text }) => zip.file(name, text));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

describe('fuzz: the .xlsx reader', () => {
  it('answers 10,000 damaged or hostile files with sheets or a worded refusal, never a crash', async () => {
    let count = 0;
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(input, async (spec) => {
        count++;
        const reading = await readWorkbook(await bytesOf(spec));
        const key = reading.ok ? 'read' : reading.problem.code;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        if (reading.ok) {
          if (!Array.isArray(reading.sheets)) throw new Error('no sheets');
          return;
        }
        if (!CODES.includes(reading.problem.code)) throw new Error(`unknown code ${reading.problem.code}`);
        if (!reading.problem.message.vi.trim() || !reading.problem.message.en.trim())
          throw new Error('empty message');
      }),
      fuzzParameters(10_000),
    );
    expect(count).toBeGreaterThanOrEqual(10_000);
    // Shown in the log: how far the generated files got (guard, ExcelJS, the reader).
    process.stdout.write(`xlsx fuzz outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}\n`);
  });
});
