import { targetText } from '../check/target-text';
import { clean } from '../numbers/round';
import { baselineEntered } from '../template/entered-baseline';
import type { Indicator } from '../template/types';
import { COLUMN_WIDTHS } from './columns';
import { PERCENT_OF_TARGET_FORMAT, TEXT_FORMAT, figureFormat, targetFormat } from './formats';
import { percentFormula, verdictFormula, type FormulaContext } from './formulas';
import type { CellStyle, ColumnKey, PlannedContent } from './types';

/** One indicator's row of the standard sheet: what each column holds and how it looks. */

export const FONT = 'Times New Roman';
export const INPUT_FILL = '#FFF2CC';
export const isInput = (key: ColumnKey) => key === 'value' || key === 'estimate';
export const text = (value: string): PlannedContent => ({ kind: 'text', text: value });
export const font = (size: number, extra: CellStyle['font'] = {}): CellStyle['font'] => ({
  name: FONT,
  size,
  ...extra,
});

/** A figure as the sheet stores it: percent as a fraction (9% is 0.09), ratings and yes/no as their words. */
function stored(indicator: Indicator, value: number | string): PlannedContent {
  if (typeof value === 'string') return text(value);
  return { kind: 'number', value: indicator.type === 'percent' ? clean(value / 100) : value };
}

export function rowContents(
  indicator: Indicator,
  number: number,
  ctx: FormulaContext,
): Record<ColumnKey, PlannedContent> {
  const { target, baseline } = indicator;
  const numericTarget = target.op !== 'between' && typeof target.value === 'number';
  const percent = percentFormula(indicator, ctx);
  return {
    index: { kind: 'number', value: number },
    code: text(indicator.id),
    name: text(indicator.name),
    unit: indicator.unit ? text(indicator.unit) : { kind: 'empty' },
    baseline: baseline === undefined ? { kind: 'empty' } : stored(indicator, baseline),
    target: numericTarget ? stored(indicator, target.value) : text(targetText(indicator, 'vi')),
    value: { kind: 'empty' },
    estimate: { kind: 'empty' },
    percent: percent ? { kind: 'formula', formula: percent } : { kind: 'empty' },
    verdict: { kind: 'formula', formula: verdictFormula(indicator, ctx) },
    explanation: { kind: 'empty' },
  };
}

const ALIGN: Record<ColumnKey, CellStyle['horizontal']> = {
  index: 'center',
  code: 'left',
  name: 'left',
  unit: 'center',
  baseline: 'right',
  target: 'right',
  value: 'right',
  percent: 'right',
  estimate: 'right',
  verdict: 'center',
  explanation: 'left',
};

export function rowStyle(key: ColumnKey, indicator: Indicator): CellStyle {
  const choice = indicator.type === 'rating' || indicator.type === 'yesno';
  const style: CellStyle = {
    font: font(key === 'code' ? 10 : 12),
    border: 'thin',
    horizontal: choice && (key === 'baseline' || key === 'target' || isInput(key)) ? 'center' : ALIGN[key],
    vertical: 'middle',
    wrap:
      key === 'name' ||
      key === 'unit' ||
      key === 'explanation' ||
      key === 'code' ||
      (choice && key !== 'index'),
  };
  // Last year's figure is the clerk's to enter where the template gives none: an input like the figure.
  if (isInput(key) || key === 'explanation' || (key === 'baseline' && baselineEntered(indicator)))
    style.fill = INPUT_FILL;
  if (isInput(key)) style.numberFormat = choice ? TEXT_FORMAT : figureFormat(indicator);
  if (key === 'baseline' && !choice) style.numberFormat = figureFormat(indicator);
  if (key === 'target' && !choice && indicator.target.op !== 'between')
    style.numberFormat = targetFormat(indicator);
  if (key === 'percent') style.numberFormat = PERCENT_OF_TARGET_FORMAT;
  return style;
}

export function wrappedTexts(contents: Record<ColumnKey, PlannedContent>): [string, number][] {
  const keys: ColumnKey[] = ['code', 'name', 'unit', 'baseline', 'target'];
  return keys.flatMap((key): [string, number][] => {
    const content = contents[key];
    // The code column is set in 10 points, the others in 12.
    const perLine = (COLUMN_WIDTHS[key] - 1) * (key === 'code' ? 1.35 : 1.1);
    return content.kind === 'text' ? [[content.text, perLine]] : [];
  });
}
