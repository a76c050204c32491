import type { FigureCase } from './types';

/**
 * Bad figures as clerks type or paste them, each with the finding it must end in. Indicators of
 * the built-in template: `gia-tri-san-xuat` (number, tỷ đồng, 0–10,000), `thu-nhap-binh-quan`
 * (triệu đồng/người, 0–1,000), `bhyt` and `tang-truong-kinh-te` (percent), `dang-vien-moi`
 * (integer, 0–200), `xa-chuan-y-te` (yes/no), `dang-bo-tsvm` (rating).
 */
const unreadable = { finding: 'unreadable', severity: 'error', status: 'invalid' } as const;
const cellError = { finding: 'cell-error', severity: 'error', status: 'invalid' } as const;
const unitMismatch = { finding: 'unit-mismatch', severity: 'error', status: 'invalid' } as const;
const outOfBounds = { finding: 'out-of-bounds', severity: 'error', status: 'invalid' } as const;
const asText = { finding: 'stored-as-text', severity: 'warning' } as const;

const malformed: FigureCase[] = [
  ['letters', 'abc'],
  ['two decimal commas', '12,3,4'],
  ['mixed separators out of order', '1.2.3,4,5'],
  ['double dot', '1..5'],
  ['double comma', '1,,5'],
  ['two signs', '--5'],
  ['text "Infinity"', 'Infinity'],
  ['text "NaN"', 'NaN'],
  ['hexadecimal', '0x1F'],
  ['Arabic-Indic digits', '١٢٣'],
  ['text "#N/A" typed, not an error value', '#N/A'],
  ['a date typed as text', '31/12/2023'],
  ['a fraction', '1/2'],
  ['only a unit', 'tỷ đồng'],
  ['only a sign', '-'],
  ['Vietnamese thousands with a broken group', '1.23.456'],
  ['English thousands with a broken group', '1,23,456.5'],
].map(([label, text]) => ({
  id: `number text: ${label}`,
  indicator: 'gia-tri-san-xuat',
  cell: { text },
  expect: unreadable,
}));

const hidden: FigureCase[] = [
  ['bidi override', '12\u202e3'],
  ['right-to-left mark', '\u200f230'],
  ['NUL', '1\u00002'],
  ['bell', '230\u0007'],
  ['line break inside', '2\n30'],
  ['tab inside', '2\t30'],
].map(([label, text]) => ({
  id: `hidden character in a figure: ${label}`,
  indicator: 'gia-tri-san-xuat',
  cell: { text },
  expect: unreadable,
}));

const errors: FigureCase[] = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'].map(
  (error) => ({
    id: `Excel error value ${error}`,
    indicator: 'gia-tri-san-xuat',
    cell: { error },
    expect: cellError,
  }),
);

export const FIGURE_CASES: FigureCase[] = [
  ...malformed,
  ...hidden,
  ...errors,
  {
    id: 'number text: trailing sign',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '5-' },
    expect: unitMismatch,
  },
  {
    id: 'number text: number then words',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '230 tấn lúa' },
    expect: unitMismatch,
  },
  // Pasted from a web page: the invisible space is dropped, and the figure is flagged as text.
  {
    id: 'zero-width space before a figure',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '\u200b230' },
    expect: { ...asText, status: 'exceeded' },
  },
  {
    id: 'Excel error value in a percent cell',
    indicator: 'bhyt',
    cell: { error: '#DIV/0!' },
    expect: cellError,
  },
  {
    id: 'very large string (40,000 characters)',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '9'.repeat(32_000) },
    expect: unreadable,
  },
  {
    id: 'long text of 400 characters',
    indicator: 'thu-nhap-binh-quan',
    cell: { text: 'số liệu chưa có '.repeat(25) },
    expect: unreadable,
  },
  {
    id: 'number too large for any figure',
    indicator: 'gia-tri-san-xuat',
    cell: { number: 1e300 },
    expect: unreadable,
  },
  {
    id: 'percent sign in an amount',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '8,67%' },
    expect: unitMismatch,
  },
  { id: 'magnitude word in a percent', indicator: 'bhyt', cell: { text: '95,5 tỷ' }, expect: unitMismatch },
  { id: 'percent sign in a count', indicator: 'dang-vien-moi', cell: { text: '50%' }, expect: unitMismatch },
  {
    id: 'đồng where triệu đồng is meant (unit slip)',
    indicator: 'thu-nhap-binh-quan',
    cell: { text: '57.000.000' },
    expect: { finding: 'unit-slip', severity: 'error', status: 'invalid' },
  },
  {
    id: 'decimal in an integer count',
    indicator: 'dang-vien-moi',
    cell: { text: '10,5' },
    expect: { finding: 'not-integer', severity: 'error', status: 'invalid' },
  },
  { id: 'negative count', indicator: 'dang-vien-moi', cell: { number: -3 }, expect: outOfBounds },
  {
    id: 'count above the plausible bound',
    indicator: 'dang-vien-moi',
    cell: { number: 250 },
    expect: outOfBounds,
  },
  { id: 'percent above 100', indicator: 'bhyt', cell: { text: '150%' }, expect: outOfBounds },
  {
    id: 'growth below its bound',
    indicator: 'tang-truong-kinh-te',
    cell: { text: '-60%' },
    expect: outOfBounds,
  },
  {
    id: 'plain number in a percent cell whose % format was removed',
    indicator: 'bhyt',
    cell: { number: 95, format: 'General' },
    expect: { finding: 'percent-not-formatted', severity: 'error', status: 'invalid' },
  },
  {
    id: 'percent typed as whole number into a % cell (9500%)',
    indicator: 'bhyt',
    cell: { number: 95 },
    expect: outOfBounds,
  },
  {
    id: 'Vietnamese decimal comma stored as text',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '217,67' },
    expect: { ...asText, status: 'met' },
  },
  {
    id: 'Vietnamese thousands and decimals stored as text',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '1.234,5' },
    expect: { ...asText, status: 'exceeded' },
  },
  {
    id: 'English thousands and decimals stored as text',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '1,234.5' },
    expect: { ...asText, status: 'exceeded' },
  },
  {
    id: 'number with two readings (1.234)',
    indicator: 'gia-tri-san-xuat',
    cell: { text: '1.234' },
    expect: { finding: 'ambiguous-number', severity: 'warning' },
  },
  {
    id: 'English decimal point in a percent',
    indicator: 'bhyt',
    cell: { text: '95.5%' },
    expect: { ...asText, status: 'missed' },
  },
  {
    id: 'date in an amount cell',
    indicator: 'gia-tri-san-xuat',
    cell: { date: '2023-12-31' },
    expect: { ...unreadable },
  },
  {
    id: 'date in a count cell',
    indicator: 'dang-vien-moi',
    cell: { date: '2023-06-30' },
    expect: { ...unreadable },
  },
  {
    id: 'date in a percent cell',
    indicator: 'bhyt',
    cell: { date: '2023-01-15' },
    expect: { ...unreadable },
  },
  {
    id: 'TRUE in an amount cell',
    indicator: 'gia-tri-san-xuat',
    cell: { boolean: true },
    expect: unreadable,
  },
  { id: 'FALSE in a percent cell', indicator: 'bhyt', cell: { boolean: false }, expect: unreadable },
  { id: 'TRUE in a count cell', indicator: 'dang-vien-moi', cell: { boolean: true }, expect: unreadable },
  {
    id: 'yes/no answered with a guess',
    indicator: 'xa-chuan-y-te',
    cell: { text: 'Có lẽ' },
    expect: { finding: 'not-yes-no', severity: 'error', status: 'invalid' },
  },
  {
    id: 'yes/no answered with a number',
    indicator: 'xa-chuan-y-te',
    cell: { number: 1 },
    expect: { finding: 'not-yes-no', severity: 'error', status: 'invalid' },
  },
  {
    id: 'yes/no answered with an error value',
    indicator: 'xa-chuan-y-te',
    cell: { error: '#N/A' },
    expect: cellError,
  },
  {
    id: 'rating not on the scale',
    indicator: 'dang-bo-tsvm',
    cell: { text: 'Tốt' },
    expect: { finding: 'not-on-scale', severity: 'error', status: 'invalid' },
  },
  {
    id: 'rating given as a number',
    indicator: 'dang-bo-tsvm',
    cell: { number: 5 },
    expect: { finding: 'not-on-scale', severity: 'error', status: 'invalid' },
  },
  {
    id: 'rating with a bidi override',
    indicator: 'dang-bo-tsvm',
    cell: { text: 'Trong sạch\u202e vững mạnh' },
    expect: { finding: 'not-on-scale', severity: 'error', status: 'invalid' },
  },
  {
    id: 'formula in an input cell',
    indicator: 'gia-tri-san-xuat',
    cell: { formula: '=200+30', result: 230 },
    expect: { status: 'exceeded', warning: 'formula-in-input' },
  },
  {
    id: 'formula that fails',
    indicator: 'gia-tri-san-xuat',
    cell: { formula: '=1/0', result: { error: '#DIV/0!' } },
    expect: cellError,
  },
  {
    id: 'HYPERLINK formula in an input cell',
    indicator: 'gia-tri-san-xuat',
    cell: { formula: '=HYPERLINK("http://example.com","x")', result: 'x' },
    expect: unreadable,
  },
  {
    id: 'WEBSERVICE formula in an input cell',
    indicator: 'bhyt',
    cell: { formula: '=WEBSERVICE("http://example.com")', result: { error: '#VALUE!' } },
    expect: cellError,
  },
  {
    id: 'formula giving a date-like number for a count',
    indicator: 'dang-vien-moi',
    cell: { formula: '=TODAY()', result: 45291 },
    expect: outOfBounds,
  },
];
