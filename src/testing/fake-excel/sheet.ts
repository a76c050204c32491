import type { BorderIndex, ProtectionOptions } from '../../adapters/excel/excel-api';
import { MAX_COLUMNS, parseRange, rangeAddress, type RangeRef } from '../../adapters/excel/a1';
import { emptyCell, type Border, type Edge, type FakeCell } from './cell';
import { FakeExcelError } from './errors';

/**
 * One worksheet of the in-memory workbook: its cells, and what Excel keeps beside them (merges,
 * rules, protection, print layout, charts). Changed only inside a sync, or directly by a test.
 */

/** What a change touches, which decides whether a protected sheet allows it. */
export type EditKind = 'contents' | 'formats' | 'columns' | 'rows' | 'structure';

/** Queues a change of a range's cells, refused at sync as Excel refuses it on a protected sheet. */
export type RangeChange = (what: EditKind, apply: (sheet: FakeSheet, range: RangeRef) => void) => void;

export interface FakeConditionalFormat {
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeValidation {
  range: string;
  rule?: unknown;
  prompt?: { title: string; message: string; showPrompt: boolean };
  errorAlert?: { title: string; message: string; showAlert: boolean; style: string };
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  printArea?: string;
  centerHorizontally?: boolean;
  /** In points, by side. */
  margins?: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
}

export interface FakeChartSeries {
  name?: string;
  chartType: string;
  /** Range addresses on the chart's sheet. */
  values?: string;
  xValues?: string;
}

/** A chart as Excel would draw it: its type, where it stands, its series and their ranges. */
export interface FakeChart {
  name: string;
  type: string;
  source: string;
  title?: string;
  legend?: string;
  position?: { start: string; end?: string };
  /** Excel's default: cells in hidden rows and columns are left out of the chart. */
  plotVisibleOnly: boolean;
  series: FakeChartSeries[];
}

function key(row: number, column: number): number {
  return (row - 1) * MAX_COLUMNS + (column - 1);
}

export class FakeSheet {
  visibility = 'Visible';
  readonly merges: RangeRef[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly validations: FakeValidation[] = [];
  protection: { protected: boolean; password?: string; options?: ProtectionOptions } = { protected: false };
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  pageLayout: FakePageLayout = {};
  readonly hiddenColumns = new Set<number>();
  /** Rows a printed page starts at. */
  readonly pageBreaks: number[] = [];
  readonly charts: FakeChart[] = [];
  private readonly cells = new Map<number, FakeCell>();

  constructor(public name: string) {}

  /** The cell at a local address such as `H12`, or undefined when nothing was ever put there. */
  cellAt(address: string): FakeCell | undefined {
    const range = parseRange(address);
    return range ? this.cells.get(key(range.top, range.left)) : undefined;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(key(row, column));
  }

  ensureCell(row: number, column: number): FakeCell {
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  deleteCell(row: number, column: number): void {
    this.cells.delete(key(row, column));
  }

  /** Every cell ever touched, with its position. */
  *entries(): IterableIterator<{ row: number; column: number; cell: FakeCell }> {
    for (const [k, cell] of this.cells) {
      yield { row: Math.floor(k / MAX_COLUMNS) + 1, column: (k % MAX_COLUMNS) + 1, cell };
    }
  }

  /** Like Excel's used range: cells with a value (or, unless `valuesOnly`, any format). */
  usedRange(valuesOnly: boolean, within?: RangeRef): RangeRef | undefined {
    let used: RangeRef | undefined;
    for (const { row, column, cell } of this.entries()) {
      if (valuesOnly && cell.value === '' && cell.formula === undefined) continue;
      if (
        within &&
        (row < within.top || row > within.bottom || column < within.left || column > within.right)
      )
        continue;
      used = used
        ? {
            top: Math.min(used.top, row),
            bottom: Math.max(used.bottom, row),
            left: Math.min(used.left, column),
            right: Math.max(used.right, column),
          }
        : { top: row, bottom: row, left: column, right: column };
    }
    return used;
  }

  /** Refuses a change a protected sheet does not allow, with the error Excel gives. */
  assertEditable(range: RangeRef, what: EditKind): void {
    if (!this.protection.protected) return;
    const options = this.protection.options ?? {};
    const allowed =
      what === 'contents'
        ? this.allUnlocked(range)
        : what === 'formats'
          ? options.allowFormatCells === true
          : what === 'columns'
            ? options.allowFormatColumns === true
            : what === 'rows'
              ? options.allowFormatRows === true
              : false;
    if (!allowed) {
      throw new FakeExcelError(
        'AccessDenied',
        `The cell or chart you're trying to change is on a protected sheet (${this.name}!${rangeAddress(range)}).`,
      );
    }
  }

  private allUnlocked(range: RangeRef): boolean {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) {
        if (this.cell(row, column)?.locked !== false) return false;
      }
    }
    return true;
  }

  setBorder(range: RangeRef, index: BorderIndex, border: Partial<Border>): void {
    const apply = (row: number, column: number, edge: Edge) => {
      const cell = this.ensureCell(row, column);
      const next = {
        ...(cell.borders[edge] ?? { style: 'None', weight: 'Thin', color: '#000000' }),
        ...border,
      };
      if (next.style === 'None') delete cell.borders[edge];
      else cell.borders[edge] = next;
    };
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) {
        if (index === 'EdgeTop' && row === range.top) apply(row, column, 'top');
        if (index === 'EdgeBottom' && row === range.bottom) apply(row, column, 'bottom');
        if (index === 'EdgeLeft' && column === range.left) apply(row, column, 'left');
        if (index === 'EdgeRight' && column === range.right) apply(row, column, 'right');
        if (index === 'InsideHorizontal') {
          if (row > range.top) apply(row, column, 'top');
          if (row < range.bottom) apply(row, column, 'bottom');
        }
        if (index === 'InsideVertical') {
          if (column > range.left) apply(row, column, 'left');
          if (column < range.right) apply(row, column, 'right');
        }
      }
    }
  }
}
