import {
  constantDivisionByZero,
  evaluate,
  parseExpression,
  referencesOf,
} from '../../../src/core/rules/expression';

const figures: Record<string, number> = { a: 10, b: 4, zero: 0 };
const lookup = (id: string, baseline: boolean) =>
  baseline ? (id === 'a' ? 8 : null) : (figures[id] ?? null);

function value(text: string) {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(`${text}: ${JSON.stringify(parsed.problem)}`);
  return evaluate(parsed.expression, lookup);
}

describe('rule expressions', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['12 / 3 / 2', 2],
    ['-3 + 5', 2],
    ['--3', 3],
    ['2 * -3', -6],
    ['41.8 + 39.7 + 18.5', 41.8 + 39.7 + 18.5],
    ['1e3 / 4', 250],
    ['#{a} + #{b}', 14],
    ['(#{a} - #{a.baseline}) / #{a.baseline} * 100', 25],
    ['  #{a}*#{b}  ', 40],
  ])('%s = %d', (text, expected) => {
    expect(value(text)).toEqual({ kind: 'value', value: expected });
  });

  it('is empty when any figure is missing, even beside a division by zero', () => {
    expect(value('#{a} + #{missing}')).toEqual({ kind: 'empty' });
    expect(value('#{b.baseline} * 2')).toEqual({ kind: 'empty' });
    expect(value('#{a} / #{zero} + #{missing}')).toEqual({ kind: 'empty' });
  });

  it('reports a division by zero with the figures entered, never Infinity or NaN', () => {
    expect(value('#{a} / #{zero}')).toEqual({ kind: 'division-by-zero' });
    expect(value('#{zero} / #{zero}')).toEqual({ kind: 'division-by-zero' });
    expect(value('1e300 * 1e300')).toEqual({ kind: 'overflow' });
  });

  it.each([
    ['', 'end', 0],
    ['1 +', 'end', 3],
    ['1 + * 2', 'unexpected', 4],
    ['(1 + 2', 'end', 6],
    ['1 + 2)', 'unexpected', 5],
    ['1,5 + 2', 'unexpected', 1],
    ['#{Lua}', 'bad-reference', 0],
    ['#{lua.last}', 'bad-reference', 0],
    ['{lua}', 'unexpected', 0],
    ['alert(1)', 'unexpected', 0],
    ['2 ^ 3', 'unexpected', 2],
    ['01', 'unexpected', 1],
  ])('refuses %j (%s at %d)', (text, kind, position) => {
    const parsed = parseExpression(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatchObject({ kind, position });
  });

  it('refuses nesting deeper than any rule needs without overflowing the stack', () => {
    const parsed = parseExpression(`${'('.repeat(10_000)}1${')'.repeat(10_000)}`);
    expect(parsed).toMatchObject({ ok: false, problem: { kind: 'too-deep' } });
    expect(parseExpression('-'.repeat(10_000) + '1')).toMatchObject({
      ok: false,
      problem: { kind: 'too-deep' },
    });
  });

  it('lists references and finds a division by a constant zero', () => {
    const parsed = parseExpression('#{a} + #{b.baseline} / (2 - 2)');
    if (!parsed.ok) throw new Error('parse');
    expect(referencesOf(parsed.expression).map((r) => [r.id, r.baseline])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(constantDivisionByZero(parsed.expression)).toBe(21);
    const fine = parseExpression('#{a} / #{b}');
    if (!fine.ok) throw new Error('parse');
    expect(constantDivisionByZero(fine.expression)).toBeNull();
  });
});
