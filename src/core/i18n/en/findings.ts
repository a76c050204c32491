import type { FindingMessages, Where } from '../../check/finding-codes';
import type { Expected } from '../../numbers/types';
import { formatNumber } from '../../numbers/format';
import { cellInSheet } from '../cell-in-sheet';

const n = (x: number) => formatNumber(x, 'en');
const plain = (x: number) => formatNumber(x, 'en', 6, false);
const at = ({ name, cell }: Where) => (cell ? `Cell ${cellInSheet(cell)} – ${name}` : `Indicator “${name}”`);
const unitOf = (unit: string) => (unit === '%' ? '%' : unit ? ` ${unit}` : '');

const EXPECTED: Record<Expected, { what: string; example: string }> = {
  number: { what: 'a number', example: '217.67' },
  integer: { what: 'a whole number', example: '8' },
  percent: { what: 'a percentage', example: '8.67%' },
  'yes-no': { what: '“Có” (yes) or “Không” (no)', example: 'Có' },
  rating: { what: 'a rating level', example: 'a level from the list' },
};

export const findings: FindingMessages = {
  unreadable: (w, { text, expected, reason }) => {
    const { what, example } = EXPECTED[expected];
    switch (reason) {
      case 'date':
        return `${at(w)}: the cell holds the date ${text}; Excel may have turned the number you typed into a date. Format the cell as Number and enter ${what} again, e.g. ${example}.`;
      case 'boolean':
        return `${at(w)}: the cell holds ${text}, not ${what}. Enter ${what}, e.g. ${example}.`;
      case 'too-long':
        return `${at(w)}: the content is too long to be a figure (“${text}”). Enter only ${what}, e.g. ${example}.`;
      case 'too-large':
        return `${at(w)}: the number “${text}” is too large. Check it and enter ${what}, e.g. ${example}.`;
      case 'hidden-characters':
        return `${at(w)}: “${text}” contains hidden characters (often from pasting). Clear the cell and type ${what} again, e.g. ${example}.`;
      case 'not-a-number':
        return `${at(w)}: “${text}” cannot be read as ${what}. Enter it again, e.g. ${example}.`;
    }
  },
  'cell-error': (w, { error }) =>
    `${at(w)}: the cell shows the error ${error}, usually from a formula in it. Remove the formula and enter the figure directly.`,
  'not-yes-no': (w, { text }) =>
    `${at(w)}: “${text}” is neither “Có” (yes) nor “Không” (no). Choose one from the cell's list.`,
  'not-on-scale': (w, { text, scale }) =>
    `${at(w)}: “${text}” is not a level of the rating scale (${scale.join('; ')}). Choose a level from the cell's list.`,
  'percent-not-formatted': (w, { number, typed }) =>
    `${at(w)}: the cell holds the number ${n(number)} without a % format, so the sheet's formulas would read it wrongly. Type it again with the % sign, e.g. ${n(typed)}%.`,
  'unit-mismatch': (w, { text, unit }) =>
    unit
      ? `${at(w)}: “${text}” does not match the indicator's unit (${unit}). Enter only the number, in ${unit}.`
      : `${at(w)}: “${text}” has words or signs that do not fit this indicator. Enter only the number.`,
  'not-integer': (w, { value }) =>
    `${at(w)}: ${n(value)} is not a whole number, but this indicator counts whole units. Enter a whole number, e.g. ${n(Math.round(value))}.`,
  'out-of-bounds': (w, { value, min, max, unit }) => {
    const range =
      min !== undefined && max !== undefined
        ? `${n(min)} to ${n(max)}`
        : min !== undefined
          ? `at least ${n(min)}`
          : `at most ${n(max ?? 0)}`;
    return `${at(w)}: ${n(value)}${unitOf(unit)} is outside the plausible range (${range}). Check the figure and its unit.`;
  },
  'unit-slip': (w, { value, suggestion, unit }) =>
    `${at(w)}: ${n(value)} looks like it was entered in the wrong unit; the unit is “${unit}”. If you mean ${n(suggestion)} ${unit}, enter ${n(suggestion)}.`,
  'far-from-baseline': (w, { value, baseline, unit }) =>
    `${at(w)}: ${n(value)}${unitOf(unit)} is far from last year's ${n(baseline)}${unitOf(unit)} (more than 3 times or less than a third). Check the figure and its unit; if it is right, say why in the Explanation column.`,
  'ambiguous-number': (w, { text, chosen, other }) =>
    `${at(w)}: “${text}” could mean ${n(chosen)} or ${n(other)}; it was read as ${n(chosen)}. To be sure, type it without a thousands separator: ${plain(chosen)} (or ${plain(other)} if you meant the other).`,
  'unit-converted': (w, { text, value, unit }) =>
    `${at(w)}: “${text}” was converted to ${n(value)} ${unit}. Check it; better enter the number in the indicator's unit, ${unit}.`,
  'level-respelled': (w, { text, level }) =>
    `${at(w)}: “${text}” was read as “${level}”. Write the level out in full as the list gives it, “${level}”, so that the sheet's own Verdict column can read it too.`,
  'stored-as-text': (w, { text, value, percent }) =>
    `${at(w)}: the figure “${text}” is stored as text, so the sheet's formulas cannot read it and show “Cần kiểm tra” (check needed). Type it again as a number, ${n(value)}${percent ? '%' : ''}, with your Excel's decimal separator.`,
  'formula-in-input': (w, { formula }) =>
    `${at(w)}: the figure cell holds a formula (${formula}). Enter the reported figure directly so that it cannot change by itself.`,
  'target-overwritten': (w, { found, expected }) =>
    `${at(w)}: the target in the sheet was changed to “${found.en}”, unlike the resolution (${expected.en}). Put back ${expected.en} or create the sheet again from the template.`,
  'missing-row': (w) =>
    `${at(w)}: this indicator's row was not found in the sheet (by the Mã column). Restore the deleted row or create the sheet again from the template.`,
  'missing-explanation': (w, { status }) =>
    `${at(w)}: the indicator ${{ missed: 'missed its target', behind: 'is behind schedule', 'forecast-missed': 'is expected to miss its target' }[status]} but has no explanation. Write the reason in the Explanation column.`,
  'duplicate-row': (w) =>
    `${at(w)}: the indicator appears on several rows of the sheet; only the first one was checked. Delete the extra rows.`,
  'unknown-row': (w, { id }) =>
    `${w.cell ? `Cell ${cellInSheet(w.cell)}` : 'Sheet'}: the code “${id}” is not in the template, so its row was not checked. Correct the code or delete the row.`,
};
