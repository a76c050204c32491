import type { JsonSyntaxKind } from './problem-catalog';

/**
 * A strict JSON reader for template files typed by hand. Unlike `JSON.parse`, whose messages
 * differ between engines and often give no position, it says where the text goes wrong (line
 * and column), refuses nesting deeper than a limit before it can exhaust the stack, and refuses
 * a key given twice (which `JSON.parse` silently resolves to the last one).
 */

export interface TextPosition {
  line: number;
  column: number;
}

export type JsonTextError =
  | ({ kind: 'syntax'; syntax: JsonSyntaxKind; found: string | null } & TextPosition)
  | ({ kind: 'too-deep' } & TextPosition)
  | ({ kind: 'duplicate-key'; key: string; firstLine: number } & TextPosition);

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: JsonTextError };

type ErrorAt = { index: number } & (
  | { kind: 'syntax'; syntax: JsonSyntaxKind }
  | { kind: 'too-deep' }
  | { kind: 'duplicate-key'; key: string; firstIndex: number }
);

/** Thrown only inside this module, to unwind the recursive descent at the first error. */
class Stop {
  constructor(readonly error: ErrorAt) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function parseJsonText(text: string, maxDepth: number): JsonTextResult {
  let i = 0;

  const fail = (index: number, syntax: JsonSyntaxKind): never => {
    throw new Stop({ kind: 'syntax', syntax, index });
  };
  const skipWhitespace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const unexpected = (): never => {
    if (i >= text.length) return fail(i, 'unexpected-end');
    if (text[i] === "'") return fail(i, 'single-quotes');
    return fail(i, 'unexpected-character');
  };

  const readValue = (depth: number): unknown => {
    skipWhitespace();
    const c = text[i];
    if (c === '{') return readObject(depth + 1);
    if (c === '[') return readArray(depth + 1);
    if (c === '"') return readString();
    if (c === '-' || c === '.' || c === '+' || (c >= '0' && c <= '9')) return readNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return unexpected();
  };

  const enter = (depth: number) => {
    if (depth > maxDepth) throw new Stop({ kind: 'too-deep', index: i });
    i++;
  };

  const readObject = (depth: number): Record<string, unknown> => {
    enter(depth);
    const result: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    let comma = -1;
    skipWhitespace();
    if (text[i] === '}') {
      i++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      const keyIndex = i;
      if (text[i] !== '"') {
        if (text[i] === '}') return fail(i, 'trailing-comma');
        if (comma >= 0 && /[0-9]/.test(text[i] ?? '')) return fail(comma, 'decimal-comma');
        if (/[A-Za-z_$]/.test(text[i] ?? '')) return fail(i, 'key-not-quoted');
        return unexpected();
      }
      const key = readString();
      const first = seen.get(key);
      if (first !== undefined)
        throw new Stop({ kind: 'duplicate-key', key, index: keyIndex, firstIndex: first });
      seen.set(key, keyIndex);
      skipWhitespace();
      if (text[i] !== ':') return i >= text.length ? fail(i, 'unexpected-end') : fail(i, 'missing-colon');
      i++;
      const value = readValue(depth);
      // An own property named __proto__, as JSON.parse makes it, rather than a new prototype.
      if (key === '__proto__') {
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      } else {
        result[key] = value;
      }
      skipWhitespace();
      if (text[i] === ',') {
        comma = i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return result;
      }
      return i >= text.length ? fail(i, 'unexpected-end') : fail(i, 'missing-comma-or-brace');
    }
  };

  const readArray = (depth: number): unknown[] => {
    enter(depth);
    const result: unknown[] = [];
    skipWhitespace();
    if (text[i] === ']') {
      i++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      if (text[i] === ']' && result.length > 0) return fail(i, 'trailing-comma');
      result.push(readValue(depth));
      skipWhitespace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return result;
      }
      return i >= text.length ? fail(i, 'unexpected-end') : fail(i, 'missing-comma-or-bracket');
    }
  };

  const readString = (): string => {
    const start = i;
    i++;
    let result = '';
    let chunkStart = i;
    for (;;) {
      if (i >= text.length) return fail(start, 'unterminated-string');
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        result += text.slice(chunkStart, i);
        i++;
        return result;
      }
      if (code < 0x20)
        return fail(i, code === 0x0a || code === 0x0d ? 'unterminated-string' : 'control-in-string');
      if (code !== 0x5c) {
        i++;
        continue;
      }
      result += text.slice(chunkStart, i);
      const escape = text[i + 1];
      if (escape === 'u' && HEX4.test(text.slice(i + 2, i + 6))) {
        result += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (escape !== undefined && escape in ESCAPES) {
        result += ESCAPES[escape];
        i += 2;
      } else {
        return fail(i, 'bad-escape');
      }
      chunkStart = i;
    }
  };

  const readNumber = (): number => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    const end = match ? i + match[0].length : i;
    if (!match || /[0-9.eE+\-A-Za-z]/.test(text[end] ?? '')) return fail(i, 'bad-number');
    i = end;
    return Number(match[0]);
  };

  try {
    const value = readValue(0);
    skipWhitespace();
    if (i < text.length) fail(i, 'trailing-text');
    return { ok: true, value };
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    return { ok: false, error: locate(text, stop.error) };
  }
}

function locate(text: string, error: ErrorAt): JsonTextError {
  const at = position(text, error.index);
  switch (error.kind) {
    case 'syntax':
      return { kind: 'syntax', syntax: error.syntax, found: text[error.index] ?? null, ...at };
    case 'too-deep':
      return { kind: 'too-deep', ...at };
    case 'duplicate-key':
      return {
        kind: 'duplicate-key',
        key: error.key,
        firstLine: position(text, error.firstIndex).line,
        ...at,
      };
  }
}

/** 1-based line and column; a column counts characters, as an editor's status bar does. */
export function position(text: string, index: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < index; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: index - lineStart + 1 };
}
