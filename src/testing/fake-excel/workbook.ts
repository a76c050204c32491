import {
  apiLevel,
  apiNotFound,
  atLeast,
  EXCEL_API_MEMBERS,
  NEWEST_API_LEVEL,
  type ApiLevel,
  type ExcelApiMember,
} from './api-levels';
import { FakeExcelError, type FakeErrorCode } from './errors';
import { parseRange } from '../../adapters/excel/a1';
import { FakeSheet } from './sheet';
import { calculateTextFormulas } from './text-formulas';

/**
 * The state of an in-memory workbook: what Excel would show, without its calculation engine.
 * The request proxies (./context.ts) change it only inside `sync`, as Excel does; tests and the
 * browser preview read it directly and change it the way a clerk would (`enter`).
 */

/**
 * Fills in formula results; the browser preview plugs a calculation engine in here. Without one,
 * only formulas of text and references are calculated (./text-formulas.ts).
 */
export type Recalculate = (workbook: FakeWorkbook) => void;

export interface FakeWorkbookOptions {
  /** The ExcelApi requirement set this Excel supports (`1.7` for Excel 2019); the newest modelled otherwise. */
  apiLevel?: string;
  recalculate?: Recalculate;
}

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheet?: FakeSheet;
  selection?: { sheet: string; address: string };
  /** Every `context.sync` of every batch run on this workbook. */
  syncCount = 0;
  /** Every member refused with `ApiNotFound`, even where the caller caught the error. */
  readonly refusedApis: ExcelApiMember[] = [];
  readonly apiLevel: ApiLevel;
  private readonly missingApis: ReadonlySet<ExcelApiMember>;
  private readonly recalculate: Recalculate;
  private fault?: { remaining: number; code: FakeErrorCode };

  constructor({ apiLevel: level = NEWEST_API_LEVEL, recalculate }: FakeWorkbookOptions = {}) {
    this.apiLevel = apiLevel(level);
    this.recalculate = recalculate ?? ((workbook) => calculateTextFormulas(workbook.sheets));
    // Asked at every request the adapter queues: worked out once.
    this.missingApis = new Set(
      (Object.keys(EXCEL_API_MEMBERS) as ExcelApiMember[]).filter(
        (member) => !atLeast(this.apiLevel, EXCEL_API_MEMBERS[member]),
      ),
    );
  }

  /** `Office.context.requirements.isSetSupported` of this Excel: it knows only ExcelApi. */
  readonly isSetSupported = (name: string, minVersion: string): boolean =>
    name === 'ExcelApi' && atLeast(this.apiLevel, minVersion);

  /** Whether this Excel has the member; a request queued for a missing one fails at its sync. */
  hasApi(member: ExcelApiMember): boolean {
    return !this.missingApis.has(member);
  }

  /** Throws the `ApiNotFound` Excel gives at the sync of a request for a member it lacks. */
  refuseApi(member: ExcelApiMember): never {
    this.refusedApis.push(member);
    throw apiNotFound(member, this.apiLevel);
  }

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
    this.recalculate(this);
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
    this.recalculate(this);
  }

  private assertSheetName(name: string): void {
    if (name.length === 0 || name.length > 31 || FORBIDDEN_IN_SHEET_NAMES.test(name) || /^'|'$/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `${name} is not a valid sheet name.`);
    }
  }
}
