import type { SheetTexts } from '../i18n/vi/sheet';
import type { Status } from '../check/types';
import { COLUMNS } from './columns';
import { quote } from './formula-text';
import type { PlannedConditionalFormat } from './types';

// Excel's own "bad", "good" and "neutral" cell styles, which clerks already know.
const RED = { fill: '#FFC7CE', fontColor: '#9C0006' };
const GREEN = { fill: '#C6EFCE', fontColor: '#006100' };
const LIGHT_GREEN = { fill: '#E2EFDA', fontColor: '#375623' };
const AMBER = { fill: '#FFEB9C', fontColor: '#9C5700' };

export const COLOURS: [Status | 'needs-check', { fill: string; fontColor: string }][] = [
  ['missed', RED],
  ['behind', RED],
  ['exceeded', GREEN],
  ['met', LIGHT_GREEN],
  ['on-track', LIGHT_GREEN],
  ['invalid', AMBER],
  ['needs-check', AMBER],
];

/**
 * Whole rows coloured by their `Đánh giá` word. Expression rules, not "text contains" rules:
 * ExcelJS drops the text of the latter when it writes the file.
 */
export function conditionalFormats(
  range: string,
  firstRow: number,
  texts: SheetTexts,
): PlannedConditionalFormat[] {
  return COLOURS.map(([status, colours]) => {
    const word = status === 'needs-check' ? texts.needsCheck : texts.statusWords[status];
    return { range, formula: `=$${COLUMNS.verdict}${firstRow}=${quote(word)}`, ...colours };
  });
}
