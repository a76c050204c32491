import fc from 'fast-check';
import { checkFigures } from '../../src/core/check';
import type { RawValue } from '../../src/core/check/types';
import { parseFigure } from '../../src/core/numbers';
import { getBuiltInTemplate } from '../../src/templates';
import { fuzzParameters } from './settings';

const template = getBuiltInTemplate('hung-tan-2023')!;
const PROBLEMS = [
  'unreadable',
  'cell-error',
  'not-yes-no',
  'not-on-scale',
  'percent-not-formatted',
  'unit-mismatch',
];
const LEAKS = /NaN|undefined|\[object /;

/** Texts that look like clerks' figures, so the parser's deeper branches are reached. */
const figureLike = fc
  .array(
    fc.constantFrom(
      ...'0123456789',
      '.',
      ',',
      ' ',
      '%',
      '-',
      '+',
      'e',
      'E',
      'tỷ',
      'tỉ',
      'triệu',
      'nghìn',
      'đồng',
      '\u00a0',
      '\u202e',
      '\u200b',
      '\t',
      '(',
      ')',
      '٣',
      '１',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

const raw: fc.Arbitrary<unknown> = fc.oneof(
  figureLike,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.record({ error: fc.string({ maxLength: 10 }) }),
  fc.constantFrom(null, undefined, {}, [], { error: 7 }, Symbol.iterator, 10n),
);

const numberFormat = fc.option(
  fc.oneof(
    fc.constantFrom('0.00%', 'General', '#,##0', 'dd/mm/yyyy', '0.0"%"', '0\\%', '[h]:mm', '@'),
    fc.string({ maxLength: 20 }),
  ),
  { nil: undefined },
);

describe('fuzz: the number parser', () => {
  it('reads 10,000 generated cells into a typed result, and the check words them clearly', () => {
    let count = 0;
    fc.assert(
      fc.property(fc.constantFrom(...template.indicators), raw, numberFormat, (indicator, cell, format) => {
        count++;
        const reading = parseFigure(cell, indicator, format);
        if (reading.ok) {
          const { value } = reading;
          if (!(value === null || typeof value === 'string' || Number.isFinite(value)))
            throw new Error(`value ${String(value)}`);
        } else if (!PROBLEMS.includes(reading.problem.code))
          throw new Error(`problem ${reading.problem.code}`);
        // One indicator at a time: the other rows would only add "missing row" findings.
        const report = checkFigures(
          { ...template, indicators: [indicator] },
          {
            period: 'nam',
            figures: [
              {
                indicatorId: indicator.id,
                raw: cell as RawValue,
                ...(format ? { numberFormat: format } : {}),
              },
            ],
          },
        );
        for (const finding of report.findings) {
          for (const text of [finding.message.vi, finding.message.en]) {
            if (text.trim() === '' || LEAKS.test(text.replace(/“[^”]*”|"[^"]*"/g, '')))
              throw new Error(`unclear message: ${JSON.stringify(text)}`);
          }
        }
      }),
      fuzzParameters(10_000),
    );
    expect(count).toBeGreaterThanOrEqual(10_000);
  });
});
