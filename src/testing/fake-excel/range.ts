import { rangeAddress, type RangeRef } from '../../adapters/excel/a1';
import type {
  NarrowConditionalFormatCollection,
  NarrowDataValidation,
  NarrowRange,
  NarrowRangeFormat,
} from '../../adapters/excel/excel-api';
import { enterItem, valueType, type FakeCell } from './cell';
import { FakeExcelError } from './errors';
import { overlaps, qualifiedAddress, removeMerges } from './geometry';
import { rangeFormat } from './range-format';
import { conditionalFormats, dataValidation } from './range-rules';
import { Proxy, unknownProperty, notLoaded, type Requests } from './request';
import type { FakeSheet, RangeChange } from './sheet';

/** A range seen through a request context: its cells' contents, formats and rules. */
export class RangeProxy extends Proxy implements NarrowRange {
  private bound?: RangeRef | null;

  constructor(
    context: Requests,
    private readonly worksheet: { sheet(): FakeSheet },
    private readonly locate: () => RangeRef | undefined,
    private readonly nullable = false,
  ) {
    super(context);
  }

  private target(): { sheet: FakeSheet; range: RangeRef } {
    const sheet = this.worksheet.sheet();
    if (this.bound === undefined) this.bound = this.locate() ?? null;
    if (!this.bound)
      throw new FakeExcelError('ItemNotFound', 'The range does not exist (the sheet is empty).');
    return { sheet, range: this.bound };
  }

  protected exists(): boolean | undefined {
    if (!this.nullable) return undefined;
    if (this.bound === undefined) this.bound = this.locate() ?? null;
    return this.bound !== null;
  }

  /** Queues a change of the range, refused as Excel refuses it on a protected sheet. */
  readonly change: RangeChange = (what, apply) => {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      sheet.assertEditable(range, what);
      apply(sheet, range);
    });
  };

  /** Queues a per-cell change from a grid that must match the range's shape. */
  private eachCell(
    grid: unknown[][],
    what: 'contents' | 'formats',
    apply: (cell: FakeCell, item: unknown) => void,
  ): void {
    this.change(what, (sheet, range) => {
      const rows = range.bottom - range.top + 1;
      const columns = range.right - range.left + 1;
      if (grid.length !== rows || grid.some((line) => line.length !== columns)) {
        throw new FakeExcelError(
          'InvalidArgument',
          `The grid is not ${rows}×${columns} like the range ${rangeAddress(range)}.`,
        );
      }
      grid.forEach((line, i) =>
        line.forEach((item, j) => apply(sheet.ensureCell(range.top + i, range.left + j), item)),
      );
    });
  }

  /** The sheet and cells this range stands for, when the batch runs. */
  located(): { sheet: FakeSheet; range: RangeRef } {
    return this.target();
  }

  get address(): string {
    return this.get('address');
  }

  get columnHidden(): boolean {
    throw notLoaded('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.context.requireApi('Range.columnHidden');
    this.change('columns', (sheet, range) => {
      for (let column = range.left; column <= range.right; column++) {
        if (hidden) sheet.hiddenColumns.add(column);
        else sheet.hiddenColumns.delete(column);
      }
    });
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(grid: unknown[][]) {
    this.eachCell(grid, 'contents', enterItem);
  }

  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.eachCell(grid, 'contents', enterItem);
  }

  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.eachCell(grid, 'formats', (cell, item) => {
      if (item !== null) cell.numberFormat = String(item);
    });
  }

  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  // Excel hands out the same child object each time; building it once also keeps the fake fast.
  private formatProxy?: NarrowRangeFormat;

  get format(): NarrowRangeFormat {
    this.formatProxy ??= rangeFormat(this.context, this.change);
    return this.formatProxy;
  }

  get conditionalFormats(): NarrowConditionalFormatCollection {
    this.context.requireApi('Range.conditionalFormats');
    return conditionalFormats(this.change);
  }

  get dataValidation(): NarrowDataValidation {
    this.context.requireApi('Range.dataValidation');
    return dataValidation(this.change);
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.change(applyTo === 'Contents' ? 'contents' : 'structure', (sheet, range) => {
      for (let row = range.top; row <= range.bottom; row++) {
        for (let column = range.left; column <= range.right; column++) {
          const cell = sheet.cell(row, column);
          if (!cell) continue;
          if (applyTo === 'All') sheet.deleteCell(row, column);
          else if (applyTo === 'Contents')
            Object.assign(cell, { value: '', formula: undefined, isError: undefined });
          else
            Object.assign(cell, {
              numberFormat: 'General',
              fill: undefined,
              font: {},
              borders: {},
              locked: true,
            });
        }
      }
      if (applyTo !== 'Contents') removeMerges(sheet, range);
    });
  }

  merge(across = false): void {
    this.context.requireApi('Range.merge');
    this.change('structure', (sheet, range) => {
      if (sheet.merges.some((merge) => overlaps(merge, range))) {
        throw new FakeExcelError('InvalidArgument', `${rangeAddress(range)} overlaps a merged area.`);
      }
      if (!across) sheet.merges.push(range);
      else
        for (let row = range.top; row <= range.bottom; row++)
          sheet.merges.push({ ...range, top: row, bottom: row });
    });
  }

  unmerge(): void {
    this.context.requireApi('Range.unmerge');
    this.change('structure', removeMerges);
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      if (this.context.state.activeSheet !== sheet) {
        throw new FakeExcelError('InvalidOperation', 'The range can only be selected on the active sheet.');
      }
      this.context.state.selection = { sheet: sheet.name, address: rangeAddress(range) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): NarrowRange {
    this.context.requireApi('Range.getUsedRangeOrNullObject');
    const proxy = new RangeProxy(
      this.context,
      this.worksheet,
      // Excel's answer: the smallest block holding every used cell inside this range.
      () => this.worksheet.sheet().usedRange(valuesOnly, this.target().range),
      true,
    );
    this.context.trackNullable(proxy);
    return proxy;
  }

  load(names: string | string[]): NarrowRange {
    this.loadNames(names);
    return this;
  }

  protected snapshot(name: string): unknown {
    const { sheet, range } = this.target();
    if (name === 'address') return qualifiedAddress(sheet.name, rangeAddress(range));
    const grid = (read: (cell: FakeCell | undefined) => unknown) => {
      const rows: unknown[][] = [];
      for (let row = range.top; row <= range.bottom; row++) {
        const line: unknown[] = [];
        for (let column = range.left; column <= range.right; column++)
          line.push(read(sheet.cell(row, column)));
        rows.push(line);
      }
      return rows;
    };
    if (name === 'values') return grid((cell) => cell?.value ?? '');
    if (name === 'formulas') return grid((cell) => cell?.formula ?? cell?.value ?? '');
    if (name === 'numberFormat') return grid((cell) => cell?.numberFormat ?? 'General');
    if (name === 'valueTypes') return grid(valueType);
    throw unknownProperty(name);
  }
}

/** The sheet and cells a range given back to the fake stands for, when the batch runs. */
export function locatedRange(range: NarrowRange): { sheet: FakeSheet; range: RangeRef } {
  if (!(range instanceof RangeProxy))
    throw new FakeExcelError('InvalidArgument', 'The range does not come from this workbook.');
  return range.located();
}
