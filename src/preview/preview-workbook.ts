import { cellAddress, parseRange } from '../adapters/excel/a1';
import { Calculator, type Look } from './calc/engine';
import { FakeExcelError, FakeWorkbook, interpretEntry, type FakeSheet } from '../testing/fake-excel';

export type EntryOutcome = { ok: true } | { ok: false; reason: 'locked' | 'bad-address' };

/**
 * The preview's workbook: the fake Excel with a calculation engine, plus what the page needs to
 * draw it and let a person act on it (select a cell, type into it). Every change, by the adapter's
 * batches or by the person, notifies the page.
 */
export class PreviewWorkbook {
  readonly calculator = new Calculator();
  readonly state: FakeWorkbook;
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor() {
    this.state = new FakeWorkbook({
      recalculate: (workbook) => {
        this.calculator.recalculate(workbook);
        this.notify();
      },
    });
    // A new workbook, as Excel opens one: one empty sheet, A1 selected.
    this.state.addSheet('Sheet1');
    this.state.selection = { sheet: 'Sheet1', address: 'A1' };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly version = (): number => this.revision;

  private notify(): void {
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }

  get activeSheet(): FakeSheet | undefined {
    return this.state.activeSheet;
  }

  /** The selected cell of the active sheet (the top-left one of a selected range). */
  selected(): { row: number; column: number } {
    const { selection, activeSheet } = this.state;
    const range =
      selection && activeSheet && selection.sheet === activeSheet.name
        ? parseRange(selection.address)
        : undefined;
    return range ? { row: range.top, column: range.left } : { row: 1, column: 1 };
  }

  select(row: number, column: number): void {
    const sheet = this.state.activeSheet;
    if (!sheet) return;
    this.state.selection = { sheet: sheet.name, address: cellAddress(row, column) };
    this.notify();
  }

  activate(name: string): void {
    const sheet = this.state.sheet(name);
    if (!sheet || sheet.visibility !== 'Visible') return;
    this.state.activeSheet = sheet;
    this.state.selection = { sheet: sheet.name, address: 'A1' };
    this.notify();
  }

  /** What a person types into a cell, read as Excel reads a typed entry; refused on a locked cell. */
  type(row: number, column: number, text: string): EntryOutcome {
    const sheet = this.state.activeSheet;
    if (!sheet) return { ok: false, reason: 'bad-address' };
    const content = typedContent(text, sheet.cell(row, column)?.numberFormat ?? 'General');
    try {
      this.state.enter(sheet.name, cellAddress(row, column), content);
    } catch (error) {
      if (error instanceof FakeExcelError && error.code === 'AccessDenied')
        return { ok: false, reason: 'locked' };
      throw error;
    }
    return { ok: true };
  }

  /** The text a person edits: the formula, or the value as entered. */
  content(row: number, column: number): string {
    const cell = this.state.activeSheet?.cell(row, column);
    if (!cell) return '';
    if (cell.formula !== undefined) return cell.formula;
    return typeof cell.value === 'boolean' ? String(cell.value).toUpperCase() : String(cell.value);
  }

  look(row: number, column: number): Look | undefined {
    const sheet = this.state.activeSheet;
    return sheet ? this.calculator.look(sheet.name, row, column) : undefined;
  }
}

/**
 * Excel's reading of a typed entry with the cell's format in mind: a text-formatted cell (`@`)
 * keeps the text; a percent-formatted cell takes `9` as 9% (its automatic percent entry).
 */
function typedContent(text: string, numberFormat: string): string | number | boolean | { formula: string } {
  if (numberFormat === '@') return text;
  const entry = interpretEntry(text);
  if (entry.formula !== undefined) return { formula: entry.formula };
  if (typeof entry.value === 'number' && numberFormat.includes('%') && !text.trim().endsWith('%'))
    return entry.value / 100;
  return entry.value;
}
