/**
 * The expressions of cross-indicator rules (docs/design.md, "Cross-indicator rules"): numbers as
 * JSON writes them (`772`, `41.8`), `+ - * /`, unary minus, parentheses, `#{id}` (the entered
 * figure) and `#{id.baseline}` (last year's figure from the template). Parsed by hand, by
 * recursive descent, so that a template is data and never code: no `eval`, no `Function`.
 */

export type Expression =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; id: string; baseline: boolean; position: number }
  | { kind: 'negate'; operand: Expression }
  | { kind: 'binary'; op: BinaryOp; left: Expression; right: Expression; position: number };

export type BinaryOp = '+' | '-' | '*' | '/';

/** Why a text is not an expression, and where (0-based character offset). */
export interface SyntaxProblem {
  kind: 'unexpected' | 'end' | 'bad-reference' | 'too-deep';
  position: number;
  /** The character found where something else was expected; null at the end of the text. */
  found: string | null;
}

export type ParseResult = { ok: true; expression: Expression } | { ok: false; problem: SyntaxProblem };

/** Parentheses nested deeper than any real rule are refused rather than risking the stack. */
const MAX_DEPTH = 50;
const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const REFERENCE = /^#\{([a-z0-9]+(?:-[a-z0-9]+)*)(\.baseline)?\}/;

class Failure extends Error {
  constructor(readonly problem: SyntaxProblem) {
    super(problem.kind);
  }
}

export function parseExpression(text: string): ParseResult {
  let pos = 0;
  let depth = 0;

  const skipSpaces = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const fail = (kind: SyntaxProblem['kind'], at = pos): never => {
    throw new Failure({ kind, position: at, found: at < text.length ? text[at] : null });
  };
  const unexpected = () => fail(pos < text.length ? 'unexpected' : 'end');

  // sum := product (('+' | '-') product)*
  const sum = (): Expression => {
    let left = product();
    for (skipSpaces(); text[pos] === '+' || text[pos] === '-'; skipSpaces()) {
      const position = pos;
      const op = text[pos++] as BinaryOp;
      left = { kind: 'binary', op, left, right: product(), position };
    }
    return left;
  };
  // product := unary (('*' | '/') unary)*
  const product = (): Expression => {
    let left = unary();
    for (skipSpaces(); text[pos] === '*' || text[pos] === '/'; skipSpaces()) {
      const position = pos;
      const op = text[pos++] as BinaryOp;
      left = { kind: 'binary', op, left, right: unary(), position };
    }
    return left;
  };
  // unary := '-' unary | '+' unary | primary
  const unary = (): Expression => {
    skipSpaces();
    if (text[pos] === '-' || text[pos] === '+') {
      const sign = text[pos++];
      nest();
      const operand = unary();
      depth--;
      return sign === '-' ? { kind: 'negate', operand } : operand;
    }
    return primary();
  };
  const nest = () => {
    if (++depth > MAX_DEPTH) fail('too-deep');
  };
  // primary := number | reference | '(' sum ')'
  const primary = (): Expression => {
    skipSpaces();
    const rest = text.slice(pos);
    if (text[pos] === '(') {
      pos++;
      nest();
      const inner = sum();
      depth--;
      skipSpaces();
      if (text[pos] !== ')') unexpected();
      pos++;
      return inner;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      pos += number[0].length;
      const value = Number(number[0]);
      if (!Number.isFinite(value)) fail('unexpected', pos - number[0].length);
      return { kind: 'number', value };
    }
    if (text[pos] === '#') {
      const reference = REFERENCE.exec(rest);
      if (!reference) fail('bad-reference');
      const position = pos;
      pos += reference![0].length;
      return { kind: 'ref', id: reference![1], baseline: reference![2] !== undefined, position };
    }
    return unexpected();
  };

  try {
    const expression = sum();
    skipSpaces();
    if (pos < text.length) unexpected();
    return { ok: true, expression };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** Every reference of an expression, left to right. */
export function referencesOf(expression: Expression): Extract<Expression, { kind: 'ref' }>[] {
  switch (expression.kind) {
    case 'number':
      return [];
    case 'ref':
      return [expression];
    case 'negate':
      return referencesOf(expression.operand);
    case 'binary':
      return [...referencesOf(expression.left), ...referencesOf(expression.right)];
  }
}

/** The value of a part without references; null when it depends on a figure. */
export function constantValue(expression: Expression): number | null {
  const result = evaluate(expression, () => null);
  return result.kind === 'value' ? result.value : null;
}

/** Position of a division whose divisor is a constant zero (`#{a} / (2 - 2)`), if any. */
export function constantDivisionByZero(expression: Expression): number | null {
  switch (expression.kind) {
    case 'number':
    case 'ref':
      return null;
    case 'negate':
      return constantDivisionByZero(expression.operand);
    case 'binary': {
      const inner = constantDivisionByZero(expression.left) ?? constantDivisionByZero(expression.right);
      if (inner !== null) return inner;
      return expression.op === '/' && constantValue(expression.right) === 0 ? expression.position : null;
    }
  }
}

export type Evaluation =
  { kind: 'value'; value: number } | { kind: 'empty' } | { kind: 'division-by-zero' } | { kind: 'overflow' };

/**
 * Evaluates with the figures `lookup` gives; `empty` as soon as one is missing (the rule is then
 * skipped); `division-by-zero` or `overflow` rather than Infinity or NaN.
 */
export function evaluate(
  expression: Expression,
  lookup: (id: string, baseline: boolean) => number | null,
): Evaluation {
  switch (expression.kind) {
    case 'number':
      return { kind: 'value', value: expression.value };
    case 'ref': {
      const value = lookup(expression.id, expression.baseline);
      return value === null ? { kind: 'empty' } : { kind: 'value', value };
    }
    case 'negate': {
      const operand = evaluate(expression.operand, lookup);
      return operand.kind === 'value' ? { kind: 'value', value: -operand.value } : operand;
    }
    case 'binary': {
      const left = evaluate(expression.left, lookup);
      const right = evaluate(expression.right, lookup);
      // An empty figure anywhere skips the rule, even where the other side divides by zero.
      if (left.kind === 'empty' || right.kind === 'empty') return { kind: 'empty' };
      if (left.kind !== 'value') return left;
      if (right.kind !== 'value') return right;
      return arithmetic(expression.op, left.value, right.value);
    }
  }
}

function arithmetic(op: BinaryOp, a: number, b: number): Evaluation {
  if (op === '/' && b === 0) return { kind: 'division-by-zero' };
  const value = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
  return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'overflow' };
}
