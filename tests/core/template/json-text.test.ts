import fc from 'fast-check';
import { parseJsonText } from '../../../src/core/template/json-text';

function jsonParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

describe('the strict JSON reader', () => {
  it('reads what JSON.parse reads, to the same value', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const result = parseJsonText(text, 1000);
        expect(result).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what JSON.parse refuses, and refuses otherwise only a key given twice', () => {
    const nearJson = fc.oneof(
      fc.string({
        unit: fc.constantFrom(...'{}[]":,0123456789.-+eE tfnrulsa\\\'\n'.split('')),
        maxLength: 30,
      }),
      fc.json().chain((text) => fc.nat(text.length).map((cut) => text.slice(0, cut) + text.slice(cut + 1))),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        const mine = parseJsonText(text, 1000);
        const theirs = jsonParse(text);
        if (mine.ok) expect(theirs).toEqual(mine);
        else if (theirs.ok) expect(mine.error.kind).toBe('duplicate-key');
      }),
      { numRuns: 2000 },
    );
  });

  it('says at which line and column the text goes wrong', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}';
    expect(parseJsonText(text, 20)).toEqual({
      ok: false,
      error: { kind: 'syntax', syntax: 'missing-comma-or-brace', found: '"', line: 4, column: 3 },
    });
  });

  it.each([
    ['{"a": 1,}', 'trailing-comma', 9],
    ['[1, 2,]', 'trailing-comma', 7],
    ['{"a": 217,67}', 'decimal-comma', 10],
    ["{'a': 1}", 'single-quotes', 2],
    ['{a: 1}', 'key-not-quoted', 2],
    ['{"a" 1}', 'missing-colon', 6],
    ['[1 2]', 'missing-comma-or-bracket', 4],
    ['{"a": "x', 'unterminated-string', 7],
    ['{"a": "x\\q"}', 'bad-escape', 9],
    ['{"a": "x\ty"}', 'control-in-string', 9],
    ['{"a": 08}', 'bad-number', 7],
    ['{"a": +1}', 'bad-number', 7],
    ['{"a": NaN}', 'unexpected-character', 7],
    ['{"a": 1', 'unexpected-end', 8],
    ['{} {}', 'trailing-text', 4],
  ])('names the mistake in %j', (text, syntax, column) => {
    const result = parseJsonText(text, 20);
    expect(result.ok || result.error).toMatchObject({ kind: 'syntax', syntax, line: 1, column });
  });

  it('refuses a key given twice, saying where it first was', () => {
    expect(parseJsonText('{\n"a": 1,\n"b": 2,\n"a": 3}', 20)).toEqual({
      ok: false,
      error: { kind: 'duplicate-key', key: 'a', firstLine: 2, line: 4, column: 1 },
    });
  });

  it('stops at the depth limit without exhausting the stack', () => {
    expect(parseJsonText('[[1]]', 2).ok).toBe(true);
    expect(parseJsonText('[[[1]]]', 2)).toMatchObject({ ok: false, error: { kind: 'too-deep', column: 3 } });
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(parseJsonText(deep, 20)).toMatchObject({ ok: false, error: { kind: 'too-deep', column: 21 } });
  });

  it('keeps "__proto__" as an ordinary key instead of changing the prototype', () => {
    const result = parseJsonText('{"__proto__": {"polluted": true}}', 20);
    expect(result.ok).toBe(true);
    const value = (result.ok ? result.value : {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
