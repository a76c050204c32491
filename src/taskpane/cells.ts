import { convertibleResults } from '../core/check';
import type { CheckReport } from '../core/check/types';
import { figureFormat } from '../core/sheet-plan/formats';
import type { TextFigure } from './actions';

/** `'Chỉ tiêu 2023'!H12` → `H12`: the sheet is the one the clerk is looking at. */
export function shortCell(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Figures the core says may be converted (stored as text, no error): the pane holds no rule of its own. */
export function textFigures(report: CheckReport): TextFigure[] {
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
