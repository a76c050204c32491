import { baselineEntered } from '../template/entered-baseline';
import type { Indicator } from '../template/types';
import { examineFigure } from './examine';
import type { EnteredFigure, Finding, IndicatorResult } from './types';

export interface ExaminedBaseline {
  /** What the result reports, when the clerk entered last year's figure. */
  entered?: NonNullable<IndicatorResult['baseline']>;
  findings: Finding[];
}

const blank = (raw: unknown) => raw === null || (typeof raw === 'string' && raw.trim() === '');

/**
 * Last year's figure as the clerk entered it (`Thực hiện <năm trước>`, a numeric indicator without
 * a template baseline): read with the same rules as a figure (`199,7`, a figure stored as text is a
 * finding), its findings on its own cell. It is never judged; rules read it as `#{id.baseline}`.
 */
export function examineBaseline(indicator: Indicator, figure: EnteredFigure): ExaminedBaseline | undefined {
  const cell = figure.baseline;
  if (!cell || !baselineEntered(indicator) || blank(cell.raw)) return undefined;
  const examined = examineFigure(
    indicator,
    { indicatorId: indicator.id, address: cell.address, raw: cell.raw, numberFormat: cell.numberFormat },
    'nam',
  );
  const failed = examined.findings.some((f) => f.severity === 'error');
  const value = !failed && typeof examined.value === 'number' ? examined.value : null;
  return {
    entered: { raw: cell.raw, value, ...(cell.address === undefined ? {} : { cell: cell.address }) },
    findings: examined.findings,
  };
}
