/** A template file a clerk may receive, and where its refusal must point (`null`: accepted). */
export interface TemplateCase {
  id: string;
  /** The shipped template's JSON text, changed. */
  change: (
    shipped: Record<string, unknown> & { indicators: Record<string, unknown>[] },
    text: string,
  ) => string;
  /** The problem's path, `''` for the whole file; null when the file is accepted. */
  path: string | null;
}

const withFirst =
  (fields: Record<string, unknown>): TemplateCase['change'] =>
  (t) =>
    JSON.stringify({ ...t, indicators: [{ ...t.indicators[0], ...fields }, ...t.indicators.slice(1)] });

const FIRST = 'indicators[0] (gia-tri-san-xuat)';

export const TEMPLATE_CASES: TemplateCase[] = [
  { id: 'over the 1 MB limit', change: (_, text) => text + ' '.repeat(1024 * 1024), path: '' },
  {
    id: 'unknown key at the top',
    change: (t) => JSON.stringify({ ...t, macro: 'Auto_Open' }),
    path: 'macro',
  },
  { id: 'unknown key in an indicator', change: withFirst({ formula: '=1+1' }), path: `${FIRST} › formula` },
  { id: 'nesting 10,000 deep', change: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`, path: '' },
  {
    id: 'nesting 21 deep inside a valid file',
    change: (t) => JSON.stringify({ ...t, extra: JSON.parse(`${'['.repeat(21)}${']'.repeat(21)}`) }),
    path: '',
  },
  {
    id: 'bidi override in a name',
    change: withFirst({ name: 'Thu \u202engân sách' }),
    path: `${FIRST} › name`,
  },
  {
    id: 'control character in a name',
    change: withFirst({ name: 'Thu\u0007 ngân sách' }),
    path: `${FIRST} › name`,
  },
  {
    id: 'zero-width joiner in a group',
    change: withFirst({ group: 'Kinh\u200d tế' }),
    path: `${FIRST} › group`,
  },
  { id: 'name of 301 characters', change: withFirst({ name: 'x'.repeat(301) }), path: `${FIRST} › name` },
  {
    id: 'id with capitals and a formula',
    change: withFirst({ id: '=A1' }),
    path: 'indicators[0] (=A1) › id',
  },
  {
    id: 'target as a formula-like text for a number',
    change: withFirst({ target: { op: '>=', value: '=A1' } }),
    path: `${FIRST} › target › value`,
  },
  {
    id: 'an infinite number',
    change: (_, text) => text.replace('"year": 2023', '"year": 1e999'),
    path: 'year',
  },
  {
    id: 'duplicate key',
    change: (_, text) => text.replace('"year": 2023', '"year": 2023, "year": 2024'),
    path: '',
  },
  { id: 'not JSON (an .xlsx dropped by mistake)', change: () => 'PK\u0003\u0004\u0000\u0000', path: '' },
  { id: 'an empty file', change: () => '', path: '' },
  { id: 'a list instead of a template', change: () => '[]', path: '' },
  {
    id: '__proto__ key',
    change: (_, text) => text.replace('{', '{"__proto__": {"polluted": true},'),
    path: '__proto__',
  },
  { id: 'byte-order mark from a Windows editor', change: (_, text) => `\ufeff${text}`, path: null },
  {
    id: 'a name that looks like a formula (written as text)',
    change: withFirst({ name: '=HYPERLINK("http://example.com","x")' }),
    path: null,
  },
  {
    id: 'a name starting with a tab and a plus (trimmed, written as text)',
    change: withFirst({ name: '\t+1+1' }),
    path: null,
  },
];
