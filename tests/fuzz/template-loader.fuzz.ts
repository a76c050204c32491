import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { loadTemplateText } from '../../src/core/template/load';
import { fuzzParameters } from './settings';

const shipped = readFileSync(path.join(__dirname, '../../src/templates/hung-tan-2023.json'), 'utf8');
const LEAKS = /NaN|undefined|\[object /;

/** The shipped template with one stretch replaced: near-valid files reach the schema's checks. */
const mutated = fc
  .record({
    at: fc.nat(shipped.length),
    cut: fc.nat(12),
    insert: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '"',
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        'null',
        '-1e999',
        '"=HYPERLINK(1)"',
        '"\u202e"',
        '"__proto__":1,',
      ),
    ),
  })
  .map(({ at, cut, insert }) => shipped.slice(0, at) + insert + shipped.slice(at + cut));

/** The shipped template with one value replaced by any JSON value. */
const reshaped = fc
  .record({
    key: fc.constantFrom('year', 'indicators', 'title', 'id', 'format', 'extra'),
    value: fc.jsonValue({ maxDepth: 4 }),
  })
  .map(({ key, value }) => JSON.stringify({ ...(JSON.parse(shipped) as object), [key]: value }));

const nested = fc.nat(200).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);

const text = fc.oneof(
  mutated,
  mutated,
  reshaped,
  fc.json({ maxDepth: 6 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  nested,
);

describe('fuzz: the template loader', () => {
  it('answers 10,000 generated template files with a template or named problems, never a crash', () => {
    let count = 0;
    fc.assert(
      fc.property(text, (input) => {
        count++;
        const result = loadTemplateText(input);
        if (result.ok) {
          if (typeof result.template.id !== 'string') throw new Error('template without id');
          return;
        }
        if (result.problems.length === 0) throw new Error('refused without a problem');
        for (const problem of result.problems) {
          if (typeof problem.path !== 'string') throw new Error('problem without a path');
          for (const message of [problem.message.vi, problem.message.en])
            if (message.trim() === '' || LEAKS.test(message.replace(/“[^”]*”|"[^"]*"/g, '')))
              throw new Error(`unclear problem: ${JSON.stringify(problem)}`);
        }
      }),
      fuzzParameters(10_000),
    );
    expect(count).toBeGreaterThanOrEqual(10_000);
  });
});
