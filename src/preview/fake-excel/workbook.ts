import type { BorderIndex, ProtectionOptions } from '../../adapters/excel/excel-api';
import { MAX_COLUMNS, parseRange, rangeAddress, type RangeRef } from '../../adapters/excel/a1';
import { FakeExcelError, type FakeErrorCode } from './errors';

/**
 * The state of an in-memory workbook: what Excel would show, without its calculation engine.
 * The request proxies (./context.ts) change it only inside `sync`, as Excel does; tests and the
 * browser preview read it directly and change it the way a clerk would (`enter`).
 */

export interface Border {
  style: string;
  weight: string;
  color: string;
}

export type Edge = 'top' | 'bottom' | 'left' | 'right';

export interface FakeCell {
  /** `''` is an empty cell; an error result is its text (`#DIV/0!`) with `isError`. */
  value: string | number | boolean;
  isError?: boolean;
  /** With the leading `=`, en-US function names. */
  formula?: string;
  numberFormat: string;
  fill?: string;
  font: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: string;
    color?: string;
  };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Partial<Record<Edge, Border>>;
  locked: boolean;
}

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

/** Fills in formula results; the browser preview plugs a calculation engine in here. */
export type Recalculate = (workbook: FakeWorkbook) => void;

function emptyCell(): FakeCell {
  return { value: '', numberFormat: 'General', font: {}, borders: {}, locked: true };
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
  assertEditable(range: RangeRef, what: 'contents' | 'formats' | 'columns' | 'rows' | 'structure'): void {
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

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/;

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** Excel's rule for reading typed text: a number, a formula, TRUE/FALSE, an error value, or text (`'` forces text). */
export function interpretEntry(text: string): {
  value: string | number | boolean;
  formula?: string;
  isError?: boolean;
} {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (ERROR_VALUES.has(text.toUpperCase())) return { value: text.toUpperCase(), isError: true };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  const number = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(text);
  if (number) return { value: Number(number[1]) / (number[2] ? 100 : 1) };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  return { value: text };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheet?: FakeSheet;
  selection?: { sheet: string; address: string };
  /** Every `context.sync` of every batch run on this workbook. */
  syncCount = 0;
  private fault?: { remaining: number; code: FakeErrorCode };

  constructor(private readonly recalculate?: Recalculate) {}

  sheet(name: string): FakeSheet | undefined {
    const folded = name.toLocaleLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLocaleLowerCase() === folded);
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet)
      throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist (sheet ${name}).`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    this.assertSheetName(name);
    if (this.sheet(name))
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.assertSheetName(name);
    const other = this.sheet(name);
    if (other && other !== sheet)
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    sheet.name = name;
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible');
  }

  moveSheet(sheet: FakeSheet, position: number): void {
    if (position < 0 || position >= this.sheets.length) {
      throw new FakeExcelError('InvalidArgument', `The position ${position} is outside the workbook.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /**
   * What a clerk does by typing or pasting into one cell: refused on a locked cell of a
   * protected sheet, as Excel refuses it. Text is kept as text (a paste of `8,67%`).
   */
  enter(sheetName: string, address: string, content: string | number | boolean | { formula: string }): void {
    const sheet = this.requireSheet(sheetName);
    const range = parseRange(address);
    if (!range) throw new FakeExcelError('InvalidArgument', `${address} is not a cell address.`);
    sheet.assertEditable(range, 'contents');
    const cell = sheet.ensureCell(range.top, range.left);
    delete cell.isError;
    if (typeof content === 'object') {
      cell.formula = content.formula;
      cell.value = '';
    } else {
      delete cell.formula;
      cell.value = content;
    }
    this.recalculate?.(this);
  }

  /**
   * Makes a later queued operation fail as Excel can fail half-way through a batch (the
   * operations before it stay applied): the one after `operations` more have run.
   */
  failAfter(operations: number, code: FakeErrorCode = 'GeneralException'): void {
    this.fault = { remaining: operations, code };
  }

  clearFault(): void {
    this.fault = undefined;
  }

  /** Called by the request context before each queued operation. */
  beforeOperation(): void {
    if (!this.fault) return;
    if (this.fault.remaining-- > 0) return;
    const { code } = this.fault;
    this.fault = undefined;
    throw new FakeExcelError(code, 'An internal error has occurred (injected by a test).');
  }

  /** Called by the request context after a sync that changed something. */
  changed(): void {
    this.recalculate?.(this);
  }

  private assertSheetName(name: string): void {
    if (name.length === 0 || name.length > 31 || FORBIDDEN_IN_SHEET_NAMES.test(name) || /^'|'$/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `${name} is not a valid sheet name.`);
    }
  }
}
