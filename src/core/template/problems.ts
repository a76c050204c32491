import type { z } from 'zod';
import type { Localized } from '../i18n/localized';
import type { ProblemCatalog, ValueKind } from './problem-catalog';
import { inBothLanguages } from '../i18n/catalog';
import { HIDDEN_CHARACTERS, ID_PATTERN, indicatorSchema, targetSchema, templateSchema } from './schema';

/** One reason a template is refused: which field (`indicators[3] (bhyt) › target › value`) and why. */
export interface TemplateProblem {
  /** The field, named by its JSON keys; empty when the problem concerns the whole file. */
  path: string;
  message: Localized;
}

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Beyond this, more messages bury the first ones without helping anybody fix the file. */
export const MAX_PROBLEMS = 100;

/** Says the same thing in every language of the product. */
export function say(build: (c: ProblemCatalog) => string): Localized {
  return inBothLanguages((c) => build(c.templateProblems));
}

/** One line for a log or a terminal: `path: message`. */
export function formatProblem(problem: TemplateProblem, lang: keyof Localized): string {
  return problem.path ? `${problem.path}: ${problem.message[lang]}` : problem.message[lang];
}

/** Turns zod's issues into problems a person can act on, naming fields by the ids found in `root`. */
export function problemsFromIssues(issues: readonly Issue[], root: unknown): TemplateProblem[] {
  const problems = issues.flatMap((issue) => fromIssue(issue, issue.path, root));
  if (problems.length <= MAX_PROBLEMS) return problems;
  const hidden = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { path: '', message: say((c) => c.andMore(hidden)) }];
}

function fromIssue(issue: Issue, path: Path, root: unknown): TemplateProblem[] {
  const value = valueAt(root, path);
  const at = (message: Localized): TemplateProblem[] => [{ path: describePath(path, root), message }];
  const shown = (c: ProblemCatalog) => show(value, c);
  const plain = (c: ProblemCatalog) => (typeof value === 'string' ? quote(value) : show(value, c));

  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedKind(issue.expected);
      if (!expected) return at(say((c) => c.invalid()));
      const example = exampleFor(path);
      if (value === undefined) return at(say((c) => c.missing({ expected: c.kind[expected], example })));
      const suggestion = expected === 'number' || expected === 'integer' ? numberInText(value) : undefined;
      if (suggestion !== undefined) {
        return at(say((c) => c.numberAsText({ received: shown(c), suggestion })));
      }
      return at(say((c) => c.wrongType({ expected: c.kind[expected], received: shown(c), example })));
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const length = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
      if (issue.origin === 'string') {
        if (!small) return at(say((c) => c.textTooLong({ max: limit, length })));
        return at(say((c) => (limit <= 1 ? c.emptyText() : c.textTooShort({ min: limit }))));
      }
      if (issue.origin === 'array') {
        return at(
          say((c) => (small ? c.listTooShort({ min: limit }) : c.listTooLong({ max: limit, length }))),
        );
      }
      const inclusive = issue.inclusive !== false;
      return at(
        say((c) => {
          const p = { limit: c.number(limit), inclusive, received: shown(c) };
          return small ? c.numberTooSmall(p) : c.numberTooBig(p);
        }),
      );
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && issue.pattern === String(ID_PATTERN)) {
        return at(say((c) => c.badId({ received: plain(c), suggestion: suggestId(value) })));
      }
      if (issue.format === 'date') return at(say((c) => c.badDate({ received: plain(c) })));
      if (issue.format === 'regex') {
        return at(say((c) => c.badPattern({ received: plain(c), pattern: issue.pattern ?? '' })));
      }
      return at(say((c) => c.badFormat({ received: plain(c), format: issue.format })));
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (issue.values.length === 1) {
        const expected = options;
        if (value === undefined) return at(say((c) => c.missing({ expected })));
        return at(say((c) => c.wrongLiteral({ expected, received: plain(c) })));
      }
      if (value === undefined) return at(say((c) => c.missingOption({ options })));
      return at(say((c) => c.notAnOption({ received: plain(c), options })));
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path, root);
      return issue.keys.map((key) => ({
        path: describePath([...path, key], root),
        message: say((c) =>
          c.unknownKey({
            key: quote(key),
            suggestion: closestKey(key, allowed),
            allowed: allowed.join(', '),
          }),
        ),
      }));
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const options = ('options' in issue ? (issue.options ?? []) : [])
          .map((v) => JSON.stringify(v))
          .join(', ');
        if (value === undefined) return at(say((c) => c.missingOption({ options })));
        return at(say((c) => c.notAnOption({ received: plain(c), options })));
      }
      // A branch that failed only because the value has another type says nothing useful;
      // a branch that got further (the right type, a wrong content) says what to fix.
      const wrongType = (branch: Issue[]) =>
        branch.length === 1 && branch[0].code === 'invalid_type' && branch[0].path.length === 0;
      const further = issue.errors.filter((branch) => !wrongType(branch));
      if (further.length === 1) {
        return further[0].flatMap((inner) => fromIssue(inner, [...path, ...inner.path], root));
      }
      const kinds = issue.errors
        .filter(wrongType)
        .map((branch) => (branch[0].code === 'invalid_type' ? expectedKind(branch[0].expected) : undefined))
        .filter((kind): kind is ValueKind => kind !== undefined);
      const expected = (c: ProblemCatalog) => c.alternatives(kinds.map((kind) => c.kind[kind]));
      if (value === undefined) return at(say((c) => c.missing({ expected: expected(c) })));
      return at(say((c) => c.noAlternative({ expected: expected(c), received: shown(c) })));
    }
    case 'custom':
      return at(fromRule(issue.params ?? {}, value, root));
    default:
      return at(say((c) => c.invalid()));
  }
}

function fromRule(params: Record<string, unknown>, value: unknown, root: unknown): Localized {
  const num = (c: ProblemCatalog, key: string) =>
    typeof params[key] === 'number' ? c.number(params[key] as number) : undefined;
  const str = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : '');
  const received = (c: ProblemCatalog) => show(value, c);
  const plain = (c: ProblemCatalog) =>
    typeof value === 'number' ? c.number(value) : typeof value === 'string' ? quote(value) : received(c);
  const rootField = (c: ProblemCatalog, key: string) => {
    const field = valueAt(root, [key]);
    return typeof field === 'number' ? c.number(field) : show(field, c);
  };

  switch (params.rule) {
    case 'hidden-characters':
    case 'rating-needs-scale':
    case 'scale-only-for-rating':
    case 'bounds-only-for-numbers':
    case 'accumulates-only-for-numbers':
    case 'cumulative-only-for-numbers':
    case 'assess-contradicts-accumulates':
    case 'between-only-for-numbers':
    case 'yesno-target':
    case 'rating-op': {
      const rule = params.rule;
      return say((c) => c.rules[rule]());
    }
    case 'scale-duplicates':
      return say((c) => c.rules['scale-duplicates']({ level: quote(str('level')) }));
    case 'min-above-max':
      return say((c) => c.rules['min-above-max']({ min: num(c, 'min') ?? '', max: num(c, 'max') ?? '' }));
    case 'target-must-be-number':
    case 'baseline-must-be-number': {
      const rule = params.rule;
      return say((c) => c.rules[rule]({ received: received(c), suggestion: numberInText(value) }));
    }
    case 'target-must-be-integer':
    case 'yesno-baseline': {
      const rule = params.rule;
      return say((c) => c.rules[rule]({ received: received(c) }));
    }
    case 'target-outside-bounds':
    case 'baseline-outside-bounds': {
      const rule = params.rule;
      return say((c) =>
        c.rules[rule]({ received: plain(c), range: c.range({ min: num(c, 'min'), max: num(c, 'max') }) }),
      );
    }
    case 'target-not-on-scale':
    case 'baseline-not-on-scale': {
      const rule = params.rule;
      return say((c) => c.rules[rule]({ received: plain(c), scale: str('scale') }));
    }
    case 'duplicate-id': {
      const first = typeof params.firstIndex === 'number' ? params.firstIndex : 0;
      return say((c) =>
        c.rules['duplicate-id']({ id: quote(str('id')), first: describePath(['indicators', first], root) }),
      );
    }
    case 'baseline-year':
      return say((c) =>
        c.rules['baseline-year']({ baselineYear: rootField(c, 'baselineYear'), year: rootField(c, 'year') }),
      );
    default:
      return say((c) => c.invalid());
  }
}

/** `indicators[3] (bhyt) › target › value`: JSON keys, with each indicator's id where it has one. */
export function describePath(path: Path, root: unknown): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const key of path) {
    node = child(node, key);
    if (typeof key === 'number' && parts.length > 0) {
      const id = isRecord(node) && typeof node.id === 'string' ? visible(node.id, 40) : '';
      parts[parts.length - 1] += `[${key}]${id ? ` (${id})` : ''}`;
    } else {
      parts.push(visible(String(key), 60));
    }
  }
  return parts.join(' › ');
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = child(node, key);
  return node;
}

function child(node: unknown, key: PropertyKey): unknown {
  if (Array.isArray(node) && typeof key === 'number') return node[key];
  if (isRecord(node) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(node, key))
    return node[key];
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectedKind(expected: string): ValueKind | undefined {
  const kinds: Record<string, ValueKind> = {
    string: 'text',
    number: 'number',
    int: 'integer',
    boolean: 'boolean',
    array: 'list',
    object: 'object',
    null: 'null',
  };
  return kinds[expected];
}

/** A value as the message shows it: its kind, and for a scalar the value itself, made visible. */
function show(value: unknown, c: ProblemCatalog): string {
  if (value === null) return c.kind.null;
  if (Array.isArray(value)) return c.kind.list;
  switch (typeof value) {
    case 'string':
      return c.shownValue.text(quote(value));
    case 'number':
      return Number.isFinite(value) ? c.shownValue.number(c.number(value)) : c.notFinite;
    case 'boolean':
      return c.shownValue.boolean(String(value));
    case 'object':
      return c.kind.object;
    default:
      return c.unknownValue;
  }
}

/** A string in double quotes, shortened, with hidden characters spelled out so the reader sees them. */
function quote(text: string): string {
  return `"${visible(text, 60)}"`;
}

function visible(text: string, max: number): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short.replace(
    new RegExp(HIDDEN_CHARACTERS.source, 'g'),
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The JSON number a clerk meant by text such as `"217,67"` or `"96%"`, if there is exactly one. */
function numberInText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(-?\d+)(?:[.,](\d+))?\s*%?\s*$/.exec(value);
  return match ? String(Number(`${match[1]}.${match[2] ?? '0'}`)) : undefined;
}

/** `Hưng Tân 2023` → `hung-tan-2023`. */
function suggestId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id && id !== value ? id : undefined;
}

const EXAMPLES: Record<string, string> = {
  format: '"resolution-targets/v1"',
  id: '"tang-truong-kinh-te"',
  title: '"Nghị quyết … về phương hướng, nhiệm vụ trọng tâm năm 2023"',
  issuer: '"Đảng bộ xã Hưng Tân"',
  year: '2023',
  baselineYear: '2022',
  issuedOn: '"2022-12-26"',
  indicators: '[{ … }]',
  group: '"Kinh tế"',
  name: '"Tốc độ tăng trưởng kinh tế"',
  type: '"percent"',
  target: '{ "op": ">=", "value": 9 }',
  value: '9',
  scale: '["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"]',
};

function exampleFor(path: Path): string | undefined {
  const last = path[path.length - 1];
  return typeof last === 'string' && Object.prototype.hasOwnProperty.call(EXAMPLES, last)
    ? EXAMPLES[last]
    : undefined;
}

function allowedKeys(path: Path, root: unknown): string[] {
  if (path.length === 0) return Object.keys(templateSchema.shape);
  if (path.length === 2 && path[0] === 'indicators') return Object.keys(indicatorSchema.shape);
  if (path.length === 3 && path[0] === 'indicators' && path[2] === 'target') {
    const between = child(valueAt(root, path), 'op') === 'between';
    return Object.keys(targetSchema.options[between ? 1 : 0].shape);
  }
  return [];
}

/** The allowed key a typo most likely meant: same letters ignoring case, or at most two edits away. */
function closestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best && `"${best.key}"`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}
