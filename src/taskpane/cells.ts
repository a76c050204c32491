import { convertibleResults } from '../core/check';
import type { CheckReport } from '../core/check/types';
import { figureFormat } from '../core/sheet-plan/formats';
import type { TextFigure } from './actions';

/** `'Chỉ tiêu 2023'!H12` → `H12`: the sheet is the one the clerk is looking at. */
export function shortCell(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/**
 * Figures the core says may be converted (stored as text, no error): the pane holds no rule of its
 * own. Last year's values the clerk entered (`Thực hiện <năm trước>`) count too, when their own
 * cell has a `stored-as-text` finding and no error.
 */
export function textFigures(report: CheckReport): TextFigure[] {
  return [...figuresAsText(report), ...baselinesAsText(report)];
}

function baselinesAsText(report: CheckReport): TextFigure[] {
  return report.results.flatMap((result) => {
    const baseline = result.baseline;
    if (!baseline?.cell || typeof baseline.raw !== 'string' || typeof baseline.value !== 'number') return [];
    const findings = report.findings.filter((f) => f.cell === baseline.cell);
    const convertible =
      findings.some((f) => f.code === 'stored-as-text') && !findings.some((f) => f.severity === 'error');
    return convertible
      ? [
          {
            indicatorId: result.indicator.id,
            cell: baseline.cell,
            text: baseline.raw,
            value: baseline.value,
            percent: result.indicator.type === 'percent',
            numberFormat: figureFormat(result.indicator),
          },
        ]
      : [];
  });
}

function figuresAsText(report: CheckReport): TextFigure[] {
  return convertibleResults(report).flatMap((result) =>
    typeof result.value === 'number' && result.cell && typeof result.raw === 'string'
      ? [
          {
            indicatorId: result.indicator.id,
            cell: result.cell,
            text: result.raw,
            value: result.value,
            percent: result.indicator.type === 'percent',
            numberFormat: figureFormat(result.indicator),
          },
        ]
      : [],
  );
}
