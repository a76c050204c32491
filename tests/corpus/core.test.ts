import { checkFigures } from '../../src/core/check';
import type { RawValue } from '../../src/core/check/types';
import { FIGURE_CASES } from './cases/figures';
import type { CellSpec } from './cases/types';
import { addressOf, expectOutcome, formatAfter, plannedFormat, template } from './support/standard';

/** The cell as either adapter hands it to the core. */
function rawOf(cell: CellSpec): RawValue {
  if ('text' in cell) return cell.text;
  if ('number' in cell) return cell.number;
  if ('boolean' in cell) return cell.boolean;
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  if ('error' in cell) return { error: cell.error };
  return cell.result;
}

describe('bad-input corpus, core: each bad figure ends in a clear finding', () => {
  it.each(FIGURE_CASES.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const address = addressOf('value', c.indicator);
    const numberFormat = formatAfter(c.cell, plannedFormat(address));
    const report = checkFigures(template, {
      period: 'nam',
      figures: [
        {
          indicatorId: c.indicator,
          address,
          raw: rawOf(c.cell),
          ...(numberFormat ? { numberFormat } : {}),
          ...('formula' in c.cell ? { formula: c.cell.formula } : {}),
        },
      ],
    });
    expectOutcome(report, c.indicator, c.expect);
  });
});
