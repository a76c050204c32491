import { z } from 'zod';
import { describePath, problemsFromIssues } from '../../../src/core/template/problems';

/** Problems for a value checked by any zod schema, as the loader would report them. */
function problems(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : problemsFromIssues(result.error.issues, value);
}

describe('problemsFromIssues', () => {
  // The template schema cannot raise these today; a field added to it later must still be explained.
  it.each<[string, z.ZodType, unknown, RegExp, RegExp]>([
    [
      'a minimum length',
      z.object({ code: z.string().min(3) }),
      { code: 'ab' },
      /ít nhất 3 ký tự/,
      /at least 3 characters/,
    ],
    [
      'a pattern',
      z.object({ code: z.string().regex(/^[A-Z]+$/) }),
      { code: 'ab' },
      /"ab".*\^\[A-Z\]\+\$/,
      /"ab".*\^\[A-Z\]\+\$/,
    ],
    ['a format', z.object({ mail: z.email() }), { mail: 'ab' }, /"ab".*email/, /"ab".*email/],
    ['an exclusive bound', z.object({ n: z.number().gt(0) }), { n: 0 }, /lớn hơn 0/, /above 0/],
    ['an unusual check', z.object({ n: z.number().multipleOf(5) }), { n: 3 }, /không hợp lệ/, /not valid/],
  ])('explains %s', (_, schema, value, vi, en) => {
    const [problem] = problems(schema, value);
    expect(problem.message.vi).toMatch(vi);
    expect(problem.message.en).toMatch(en);
  });

  it('names list items by index, and indicators by id too', () => {
    const root = { indicators: [{ id: 'bhyt' }, { name: 'x' }] };
    expect(describePath(['indicators', 0, 'target', 'value'], root)).toBe(
      'indicators[0] (bhyt) › target › value',
    );
    expect(describePath(['indicators', 1, 'id'], root)).toBe('indicators[1] › id');
    expect(describePath([], root)).toBe('');
  });
});
