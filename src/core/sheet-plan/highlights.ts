import type { SheetTexts } from '../i18n/vi/sheet';
import { STATUS_STYLE, type Shown } from '../verdict/status';
import { COLUMNS } from './columns';
import { quote } from './formula-text';
import type { PlannedConditionalFormat } from './types';

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
