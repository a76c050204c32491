import type { FakeCell } from './cell';

/**
 * The part of Excel's calculation the fake does without a calculation engine: formulas made only
 * of text constants, cell references of the same sheet, `&`, `=`/`<>` (text compared ignoring
 * case, as Excel does), `IF`, `AND`, `OR` and `CHAR(34)`, such as the standard sheet's title and
 * headers, which follow the period cell. Any other formula (the verdicts, the percentages) keeps
 * no result, as before; the browser preview plugs a whole engine in instead (`recalculate`).
 */

type Value = string | number | boolean;
type Node =
  | { kind: 'text'; value: string }
  | { kind: 'ref'; row: number; column: number }
  | { kind: 'call'; name: 'IF' | 'AND' | 'OR' | 'CHAR'; args: Node[] }
  | { kind: 'concat'; parts: Node[] }
  | { kind: 'compare'; op: '=' | '<>'; left: Node; right: Node };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d{1,7})(?![A-Z(\d])|(IF|AND|OR|CHAR)\(|(\d+)|(<>|[=&(),]))/y;

function tokenize(text: string): string[] | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) return null;
    tokens.push(match[3] ? `${match[3]}(` : (match[1] ?? match[2] ?? match[4] ?? match[5]));
  }
  return tokens;
}

function parse(formula: string): Node | null {
  const tokens = formula.startsWith('=') ? tokenize(formula.slice(1)) : null;
  if (!tokens) return null;
  let i = 0;
  const next = () => tokens[i++];
  const primary = (): Node | null => {
    const token = next();
    if (token === undefined) return null;
    if (token.startsWith('"')) return { kind: 'text', value: token.slice(1, -1).replace(/""/g, '"') };
    if (/^\d+$/.test(token)) return { kind: 'text', value: token };
    if (token === '(') {
      const inner = expression();
      return inner && next() === ')' ? inner : null;
    }
    if (token.endsWith('(')) {
      const args: Node[] = [];
      for (;;) {
        const arg = expression();
        if (!arg) return null;
        args.push(arg);
        const after = next();
        if (after === ')') break;
        if (after !== ',') return null;
      }
      return { kind: 'call', name: token.slice(0, -1) as 'IF', args };
    }
    const ref = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(token);
    if (!ref) return null;
    const column = [...ref[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { kind: 'ref', row: Number(ref[2]), column };
  };
  const concat = (): Node | null => {
    const parts: Node[] = [];
    for (;;) {
      const part = primary();
      if (!part) return null;
      parts.push(part);
      if (tokens[i] !== '&') break;
      i++;
    }
    return parts.length === 1 ? parts[0] : { kind: 'concat', parts };
  };
  const expression = (): Node | null => {
    const left = concat();
    if (!left) return null;
    const op = tokens[i];
    if (op !== '=' && op !== '<>') return left;
    i++;
    const right = concat();
    return right && { kind: 'compare', op, left, right };
  };
  const tree = expression();
  return tree && i === tokens.length ? tree : null;
}

const parsed = new Map<string, Node | null>();

function evaluate(node: Node, cellAt: (row: number, column: number) => FakeCell | undefined): Value {
  const ev = (n: Node) => evaluate(n, cellAt);
  const textOf = (v: Value) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
  switch (node.kind) {
    case 'text':
      return node.value;
    case 'ref':
      return cellAt(node.row, node.column)?.value ?? '';
    case 'concat':
      return node.parts.map((part) => textOf(ev(part))).join('');
    case 'compare': {
      const [a, b] = [ev(node.left), ev(node.right)];
      const same =
        typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
      return node.op === '=' ? same : !same;
    }
    case 'call': {
      const args = node.args;
      if (node.name === 'IF') return ev(args[0]) === true ? ev(args[1]) : args[2] ? ev(args[2]) : false;
      if (node.name === 'AND') return args.every((arg) => ev(arg) === true);
      if (node.name === 'OR') return args.some((arg) => ev(arg) === true);
      return String.fromCharCode(Number(ev(args[0])));
    }
  }
}

/** Gives each formula cell of the kinds above its result; leaves the others as they are. */
export function calculateTextFormulas(
  sheets: Iterable<{
    entries(): Iterable<{ row: number; column: number; cell: FakeCell }>;
    cell(row: number, column: number): FakeCell | undefined;
  }>,
): void {
  for (const sheet of sheets) {
    for (const { cell } of sheet.entries()) {
      if (cell.formula === undefined) continue;
      if (!parsed.has(cell.formula)) parsed.set(cell.formula, parse(cell.formula));
      const tree = parsed.get(cell.formula);
      if (tree) cell.value = evaluate(tree, (row, column) => sheet.cell(row, column));
    }
  }
}
