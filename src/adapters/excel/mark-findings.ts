import type { CheckReport } from '../../core/check/types';
import { cellAddress, splitSheet, type RangeRef } from './a1';
import { columnRuns, setBorder } from './apply-plan';
import type { BorderIndex, NarrowWorksheet } from './excel-api';
import type { LocatedTable } from '../../core/read';

/**
 * Marks on input cells with an error: a red box, set and cleared by the add-in. Misses and
 * exceedances are not marked here: the sheet's own conditional formats colour them, so they
 * show without the add-in too. Only borders change, never a value.
 */
export const MARK_COLOR = '#C00000';
export const PLAIN_COLOR = '#000000';

export interface MarkResult {
  sheetName: string;
  /** Input cells now boxed in red. */
  marked: string[];
}

/** Ids of the indicators whose input cell has an error finding (findings about other cells do not count). */
export function idsWithInputErrors(report: CheckReport): Set<string> {
  const inputCell = new Map(report.results.map((result) => [result.indicator.id, result.cell]));
  return new Set(
    report.findings
      .filter((f) => f.severity === 'error' && f.indicatorId !== undefined && f.cell !== undefined)
      .filter((f) => inputCell.get(f.indicatorId as string) === f.cell)
      .map((f) => f.indicatorId as string),
  );
}

/** The sheet a report was made from, as its input cells name it. */
export function reportSheet(report: CheckReport): string | undefined {
  const cell = report.results.find((result) => result.cell)?.cell;
  return cell ? splitSheet(cell).sheet : undefined;
}

function box(sheet: NarrowWorksheet, runs: RangeRef[], weight: string, color: string): void {
  for (const run of runs) {
    const range = sheet.getRange(`${cellAddress(run.top, run.left)}:${cellAddress(run.bottom, run.right)}`);
    const inside: BorderIndex[] = run.bottom > run.top ? ['InsideHorizontal'] : [];
    for (const index of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...inside] as BorderIndex[]) {
      setBorder(range, index, weight, color);
    }
  }
}

/** Queues the marks of one table: red boxes on `errorIds`' input cells, the plain thin border on the others. */
export function queueMarks(
  sheet: NarrowWorksheet,
  table: LocatedTable,
  errorIds: ReadonlySet<string>,
): string[] {
  const column = table.columns.value;
  const cell = (row: number): RangeRef => ({ top: row, bottom: row, left: column, right: column });
  const marked: RangeRef[] = [];
  const plain: RangeRef[] = [];
  // The first row of an id holds its figure; a repeated row is left to the check's own finding.
  for (const [id, [row]] of table.rows) (errorIds.has(id) ? marked : plain).push(cell(row));
  // Plain first: a red box shares its edges with the cells above and below it.
  box(sheet, columnRuns(plain), 'Thin', PLAIN_COLOR);
  box(sheet, columnRuns(marked), 'Medium', MARK_COLOR);
  return marked.map((at) => cellAddress(at.top, at.left));
}
