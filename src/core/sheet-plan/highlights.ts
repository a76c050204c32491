import type { SheetTexts } from '../i18n/vi/sheet';
import { STATUS_STYLE, type Shown } from '../verdict/status';
import { COLUMNS } from './columns';
import { quote } from './formula-text';
import { atYearEnd } from './period-texts';
import type { Period } from '../template/types';
import type { PlannedConditionalFormat } from './types';

/** Grey cells and grey words for the estimate column while the period cell says the year. */
export const ESTIMATE_GREY = { fill: '#D9D9D9', fontColor: '#7F7F7F' } as const;

/**
 * The estimate column (Ước cả năm), header included, greyed while the period cell holds the year
 * (or none of the labels, which the formulas judge as the year): the estimate plays no part then
 * (docs/design.md, "Through the year"). What the clerk entered stays as it is, only shown grey.
 */
export function estimateAtYearEnd(
  range: string,
  period: { ref: string; labels: Record<Period, string> },
): PlannedConditionalFormat {
  return { range, formula: `=${atYearEnd(period)}`, ...ESTIMATE_GREY };
}

/**
 * Whole rows coloured by their `Đánh giá` word, in the colours of STATUS_STYLE (the report, the
 * summary, the command line and the pane use the same). Expression rules, not "text contains"
 * rules: ExcelJS drops the text of the latter when it writes the file.
 */
export function conditionalFormats(
  range: string,
  firstRow: number,
  texts: SheetTexts,
): PlannedConditionalFormat[] {
  return (Object.keys(STATUS_STYLE) as Shown[]).flatMap((shown) => {
    const style = STATUS_STYLE[shown];
    if (!style) return [];
    const word = shown === 'needs-check' ? texts.needsCheck : texts.statusWords[shown];
    const formula = `=$${COLUMNS.verdict}${firstRow}=${quote(word)}`;
    return [{ range, formula, fill: style.fill, fontColor: style.fontColor }];
  });
}
