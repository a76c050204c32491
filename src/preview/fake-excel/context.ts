import type {
  BorderIndex,
  ExcelRun,
  NarrowBasicValidation,
  NarrowChart,
  NarrowChartCollection,
  NarrowChartSeries,
  NarrowChartSeriesCollection,
  NarrowConditionalFormat,
  NarrowConditionalFormatCollection,
  NarrowContext,
  NarrowDataValidation,
  NarrowFreezePanes,
  NarrowPageBreakCollection,
  NarrowPageLayout,
  NarrowRange,
  NarrowRangeBorder,
  NarrowRangeFormat,
  NarrowValidationRule,
  NarrowWorkbook,
  NarrowWorksheet,
  NarrowWorksheetCollection,
  NarrowWorksheetProtection,
  ProtectionOptions,
} from '../../adapters/excel/excel-api';
import { parseRange, qualify, rangeAddress, type RangeRef } from '../../adapters/excel/a1';
import { FakeExcelError } from './errors';
import {
  interpretEntry,
  type FakeCell,
  type FakeChart,
  type FakeChartSeries,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeValidation,
  type FakeWorkbook,
} from './workbook';

/**
 * Excel's request model over a FakeWorkbook: property writes and method calls are queued and
 * applied in order at `sync`; a property can be read only after it was loaded and synced
 * (`PropertyNotLoaded` otherwise); a failing operation stops the batch, the ones before it stay
 * applied (Excel batches are not transactions).
 */

interface Operation {
  run: () => void;
  /** A load: Excel calculates before it reads, so pending changes are calculated first. */
  reads: boolean;
}

export class FakeContext implements NarrowContext {
  readonly workbook: NarrowWorkbook;
  private queue: Operation[] = [];
  private readonly nullables: Proxy[] = [];

  constructor(readonly state: FakeWorkbook) {
    this.workbook = { worksheets: new WorksheetCollectionProxy(this) };
  }

  enqueue(run: () => void, reads = false): void {
    this.queue.push({ run, reads });
  }

  trackNullable(proxy: Proxy): void {
    this.nullables.push(proxy);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<unknown> {
    this.state.syncCount += 1;
    const queue = this.queue;
    this.queue = [];
    let changed = false;
    try {
      for (const operation of queue) {
        this.state.beforeOperation();
        if (operation.reads && changed) {
          this.state.changed();
          changed = false;
        }
        operation.run();
        changed ||= !operation.reads;
      }
    } finally {
      if (changed) this.state.changed();
      for (const proxy of this.nullables) proxy.settleNull();
    }
    return undefined;
  }
}

/** `Excel.run` for a fake workbook: the batch gets a fresh context; queued leftovers are synced. */
export function fakeRun(state: FakeWorkbook): ExcelRun {
  return async (batch) => {
    const context = new FakeContext(state);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  };
}

function propertyNames(names: string | string[]): string[] {
  return (Array.isArray(names) ? names : names.split(',')).map((name) => name.trim()).filter(Boolean);
}

abstract class Proxy {
  private readonly loaded = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(protected readonly context: FakeContext) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  settleNull(): void {
    this.nullState = this.exists() === false;
  }

  /** Whether the object this proxy stands for exists now; undefined when not a null-object kind. */
  protected exists(): boolean | undefined {
    return undefined;
  }

  protected loadNames(names: string | string[]): void {
    const list = propertyNames(names);
    this.context.enqueue(() => this.loadNow(list), true);
  }

  /** Loads at once, inside a sync already running (a collection's items come back loaded). */
  protected loadNow(names: readonly string[]): void {
    if (this.exists() === false) return;
    for (const name of names) this.loaded.set(name, this.snapshot(name));
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected abstract snapshot(name: string): unknown;
}

function notLoaded(name: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function unknownProperty(name: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', `The fake Excel does not model the property '${name}'.`);
}

class WorksheetCollectionProxy extends Proxy implements NarrowWorksheetCollection {
  get items(): NarrowWorksheet[] {
    return this.get<NarrowWorksheet[]>('items');
  }

  add(name?: string): NarrowWorksheet {
    let created: FakeSheet | undefined;
    const proxy = new WorksheetProxy(this.context, () => created, false);
    this.context.enqueue(() => {
      const state = this.context.state;
      let fallback = state.sheets.length + 1;
      while (!name && state.sheet(`Sheet${fallback}`)) fallback += 1;
      created = state.addSheet(name ?? `Sheet${fallback}`);
    });
    return proxy;
  }

  getItem(key: string): NarrowWorksheet {
    return new WorksheetProxy(this.context, () => this.context.state.sheet(key), false, key);
  }

  getItemOrNullObject(key: string): NarrowWorksheet {
    const proxy = new WorksheetProxy(this.context, () => this.context.state.sheet(key), true, key);
    this.context.trackNullable(proxy);
    return proxy;
  }

  getActiveWorksheet(): NarrowWorksheet {
    return new WorksheetProxy(this.context, () => this.context.state.activeSheet, false);
  }

  load(names: string | string[]): NarrowWorksheetCollection {
    const itemNames = propertyNames(names)
      .filter((name) => name === 'items' || name.startsWith('items/'))
      .map((name) => name.slice('items/'.length))
      .filter(Boolean);
    this.loadNames('items');
    // Items come back loaded with what was asked, as Excel's collection loads do.
    this.context.enqueue(() => {
      for (const item of this.items as WorksheetProxy[])
        item.fill(itemNames.length ? itemNames : ['name', 'position', 'visibility']);
    }, true);
    return this;
  }

  protected snapshot(name: string): unknown {
    if (name !== 'items') throw unknownProperty(name);
    return this.context.state.sheets.map((sheet) => new WorksheetProxy(this.context, () => sheet, false));
  }
}

class WorksheetProxy extends Proxy implements NarrowWorksheet {
  private bound?: FakeSheet;

  constructor(
    context: FakeContext,
    private readonly locate: () => FakeSheet | undefined,
    private readonly nullable: boolean,
    private readonly key?: string,
  ) {
    super(context);
  }

  /** The sheet, bound at its first use in a batch so that a rename later keeps the link. */
  sheet(): FakeSheet {
    this.bound ??= this.locate();
    if (!this.bound || !this.context.state.sheets.includes(this.bound)) {
      throw new FakeExcelError(
        'ItemNotFound',
        `The requested resource doesn't exist (sheet ${this.key ?? '?'}).`,
      );
    }
    return this.bound;
  }

  protected exists(): boolean | undefined {
    if (!this.nullable) return undefined;
    this.bound ??= this.locate();
    return this.bound !== undefined && this.context.state.sheets.includes(this.bound);
  }

  fill(names: string[]): void {
    this.loadNow(names);
  }

  get name(): string {
    return this.get('name');
  }
  set name(name: string) {
    this.context.enqueue(() => this.context.state.renameSheet(this.sheet(), name));
  }

  get position(): number {
    return this.get('position');
  }
  set position(position: number) {
    this.context.enqueue(() => this.context.state.moveSheet(this.sheet(), position));
  }

  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(visibility: string) {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (visibility !== 'Visible' && this.context.state.activeSheet === sheet) {
        throw new FakeExcelError('InvalidOperation', 'The active sheet cannot be hidden.');
      }
      sheet.visibility = visibility;
    });
  }

  // Excel hands out the same child object each time; loads made through it stay readable.
  private protectionProxy?: ProtectionProxy;

  get protection(): NarrowWorksheetProtection {
    this.protectionProxy ??= new ProtectionProxy(this.context, () => this.sheet());
    return this.protectionProxy;
  }

  get freezePanes(): NarrowFreezePanes {
    return {
      freezeRows: (count = 1) => this.context.enqueue(() => void (this.sheet().frozenRows = count)),
    };
  }

  get pageLayout(): NarrowPageLayout {
    const layout = (change: (sheet: FakeSheet) => void) => this.context.enqueue(() => change(this.sheet()));
    const base = {
      get orientation(): string {
        throw notLoaded('orientation');
      },
      set orientation(orientation: string) {
        layout((sheet) => (sheet.pageLayout.orientation = orientation));
      },
      get paperSize(): string {
        throw notLoaded('paperSize');
      },
      set paperSize(paperSize: string) {
        layout((sheet) => (sheet.pageLayout.paperSize = paperSize));
      },
      get zoom(): NarrowPageLayout['zoom'] {
        throw notLoaded('zoom');
      },
      set zoom(zoom: NarrowPageLayout['zoom']) {
        layout((sheet) => (sheet.pageLayout.zoom = { ...zoom }));
      },
      setPrintTitleRows: (rows: string) => layout((sheet) => (sheet.pageLayout.printTitleRows = rows)),
      setPrintArea: (area: string) => layout((sheet) => (sheet.pageLayout.printArea = area)),
    };
    return writeOnly(
      {
        centerHorizontally: (center: boolean) =>
          layout((sheet) => (sheet.pageLayout.centerHorizontally = center)),
        leftMargin: (points: number) => layout((sheet) => margin(sheet, 'left', points)),
        rightMargin: (points: number) => layout((sheet) => margin(sheet, 'right', points)),
        topMargin: (points: number) => layout((sheet) => margin(sheet, 'top', points)),
        bottomMargin: (points: number) => layout((sheet) => margin(sheet, 'bottom', points)),
        headerMargin: (points: number) => layout((sheet) => margin(sheet, 'header', points)),
        footerMargin: (points: number) => layout((sheet) => margin(sheet, 'footer', points)),
      },
      base,
    );
  }

  get horizontalPageBreaks(): NarrowPageBreakCollection {
    return {
      add: (address: string) =>
        this.context.enqueue(() => {
          const range = parseRange(address);
          if (!range) throw new FakeExcelError('InvalidArgument', `${address} is not a range address.`);
          this.sheet().pageBreaks.push(range.top);
        }),
    };
  }

  get charts(): NarrowChartCollection {
    return {
      add: (type: string, sourceData: NarrowRange, seriesBy = 'Auto') => {
        const record: { chart?: FakeChart } = {};
        this.context.enqueue(() => {
          const sheet = this.sheet();
          const { range } = (sourceData as RangeProxy).located();
          const chart: FakeChart = {
            name: `Chart ${sheet.charts.length + 1}`,
            type,
            source: rangeAddress(range),
            plotVisibleOnly: true,
            series: columnsOf(range, seriesBy).map((values) => ({ chartType: type, values })),
          };
          sheet.charts.push(chart);
          record.chart = chart;
        });
        return new ChartProxy(this.context, () => {
          if (!record.chart) throw new FakeExcelError('ItemNotFound', 'The chart was not added.');
          return record.chart;
        });
      },
    };
  }

  activate(): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== 'Visible')
        throw new FakeExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.state.activeSheet = sheet;
    });
  }

  delete(): void {
    this.context.enqueue(() => this.context.state.deleteSheet(this.sheet()));
  }

  getRange(address: string): NarrowRange {
    return new RangeProxy(this.context, this, () => {
      const range = parseRange(address);
      if (!range) throw new FakeExcelError('InvalidArgument', `${address} is not a range address.`);
      return range;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): NarrowRange {
    const proxy = new RangeProxy(this.context, this, () => this.sheet().usedRange(valuesOnly), true);
    this.context.trackNullable(proxy);
    return proxy;
  }

  load(names: string | string[]): NarrowWorksheet {
    this.loadNames(names);
    return this;
  }

  protected snapshot(name: string): unknown {
    const sheet = this.sheet();
    if (name === 'name') return sheet.name;
    if (name === 'position') return this.context.state.sheets.indexOf(sheet);
    if (name === 'visibility') return sheet.visibility;
    throw unknownProperty(name);
  }
}

class ProtectionProxy extends Proxy implements NarrowWorksheetProtection {
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context);
  }

  get protected(): boolean {
    return this.get('protected');
  }

  protect(options?: ProtectionOptions, password?: string): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.protection.protected)
        throw new FakeExcelError('InvalidOperation', `The sheet ${sheet.name} is already protected.`);
      sheet.protection = { protected: true, password: password || undefined, options: { ...options } };
    });
  }

  unprotect(password?: string): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (!sheet.protection.protected) return;
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw new FakeExcelError('InvalidArgument', 'The password you supplied is not correct.');
      }
      sheet.protection = { protected: false };
    });
  }

  load(names: string | string[]): NarrowWorksheetProtection {
    this.loadNames(names);
    return this;
  }

  protected snapshot(name: string): unknown {
    if (name === 'protected') return this.sheet().protection.protected;
    throw unknownProperty(name);
  }
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === '' && cell.formula === undefined)) return 'Empty';
  if (cell.isError) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

class RangeProxy extends Proxy implements NarrowRange {
  private bound?: RangeRef | null;

  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
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
  change(
    what: 'contents' | 'formats' | 'columns' | 'rows' | 'structure',
    apply: (sheet: FakeSheet, range: RangeRef) => void,
  ): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      sheet.assertEditable(range, what);
      apply(sheet, range);
    });
  }

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

  private forCells(apply: (cell: FakeCell) => void): (sheet: FakeSheet, range: RangeRef) => void {
    return (sheet, range) => {
      for (let row = range.top; row <= range.bottom; row++) {
        for (let column = range.left; column <= range.right; column++) apply(sheet.ensureCell(row, column));
      }
    };
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
    this.formatProxy ??= this.makeFormat();
    return this.formatProxy;
  }

  private makeFormat(): NarrowRangeFormat {
    const set = (apply: (cell: FakeCell) => void) => this.change('formats', this.forCells(apply));
    const border = (index: BorderIndex): NarrowRangeBorder => {
      const setBorder = (part: Partial<Record<'style' | 'weight' | 'color', string>>) =>
        this.change('formats', (sheet, range) => sheet.setBorder(range, index, part));
      return writeOnly({
        style: (style) => setBorder({ style }),
        weight: (weight) => setBorder({ weight }),
        color: (color) => setBorder({ color }),
      });
    };
    const parts = {
      fill: writeOnly(
        { color: (color: string) => set((cell) => (cell.fill = color)) },
        { clear: () => set((cell) => delete cell.fill) },
      ),
      font: writeOnly({
        name: (name: string) => set((cell) => (cell.font.name = name)),
        size: (size: number) => set((cell) => (cell.font.size = size)),
        bold: (bold: boolean) => set((cell) => (cell.font.bold = bold)),
        italic: (italic: boolean) => set((cell) => (cell.font.italic = italic)),
        underline: (underline: string) => set((cell) => (cell.font.underline = underline)),
        color: (color: string) => set((cell) => (cell.font.color = color)),
      }),
      borders: { getItem: border },
      protection: writeOnly({
        locked: (locked: boolean) =>
          this.change(
            'structure',
            this.forCells((cell) => (cell.locked = locked)),
          ),
      }),
    };
    return writeOnly(
      {
        horizontalAlignment: (horizontal: string) => set((cell) => (cell.horizontal = horizontal)),
        verticalAlignment: (vertical: string) => set((cell) => (cell.vertical = vertical)),
        wrapText: (wrap: boolean) => set((cell) => (cell.wrap = wrap)),
        columnWidth: (width: number) =>
          this.change('columns', (sheet, range) => {
            for (let column = range.left; column <= range.right; column++)
              sheet.columnWidths.set(column, width);
          }),
        rowHeight: (height: number) =>
          this.change('rows', (sheet, range) => {
            for (let row = range.top; row <= range.bottom; row++) sheet.rowHeights.set(row, height);
          }),
      },
      parts,
    ) as NarrowRangeFormat;
  }

  get conditionalFormats(): NarrowConditionalFormatCollection {
    return {
      add: () => {
        const record: FakeConditionalFormat = { range: '', formula: '' };
        this.change('structure', (sheet, range) => {
          record.range = rangeAddress(range);
          sheet.conditionalFormats.push(record);
        });
        const edit = (apply: () => void) => this.change('structure', apply);
        const format: NarrowConditionalFormat = {
          custom: {
            rule: writeOnly({ formula: (formula: string) => edit(() => (record.formula = formula)) }),
            format: {
              fill: writeOnly({ color: (color: string) => edit(() => (record.fill = color)) }),
              font: writeOnly({ color: (color: string) => edit(() => (record.fontColor = color)) }),
            },
          },
        };
        return format;
      },
      clearAll: () =>
        this.change('structure', (sheet, range) => {
          const inside = (record: FakeConditionalFormat) => contains(range, parseRange(record.range));
          sheet.conditionalFormats.splice(
            0,
            sheet.conditionalFormats.length,
            ...sheet.conditionalFormats.filter((r) => !inside(r)),
          );
        }),
    };
  }

  get dataValidation(): NarrowDataValidation {
    const edit = (apply: (record: FakeValidation) => void) =>
      this.change('structure', (sheet, range) => {
        const address = rangeAddress(range);
        let record = sheet.validations.find((v) => v.range === address);
        if (!record) {
          record = { range: address };
          sheet.validations.push(record);
        }
        apply(record);
      });
    return writeOnly(
      {
        rule: (rule: NarrowValidationRule) => edit((record) => (record.rule = checkedRule(rule))),
        prompt: (prompt: NonNullable<FakeValidation['prompt']>) =>
          edit((record) => (record.prompt = { ...prompt })),
        errorAlert: (alert: NonNullable<FakeValidation['errorAlert']>) =>
          edit((record) => (record.errorAlert = { ...alert })),
      },
      {
        clear: () =>
          this.change('structure', (sheet, range) => {
            const kept = sheet.validations.filter((v) => !contains(range, parseRange(v.range)));
            sheet.validations.splice(0, sheet.validations.length, ...kept);
          }),
      },
    ) as NarrowDataValidation;
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

function margin(
  sheet: FakeSheet,
  side: keyof NonNullable<FakeSheet['pageLayout']['margins']>,
  points: number,
) {
  sheet.pageLayout.margins = { ...sheet.pageLayout.margins, [side]: points };
}

/** The series Excel makes from a source range: one per column (or per row). */
function columnsOf(range: RangeRef, seriesBy: string): string[] {
  if (seriesBy === 'Rows') {
    return Array.from({ length: range.bottom - range.top + 1 }, (_, i) =>
      rangeAddress({ ...range, top: range.top + i, bottom: range.top + i }),
    );
  }
  return Array.from({ length: range.right - range.left + 1 }, (_, i) =>
    rangeAddress({ ...range, left: range.left + i, right: range.left + i }),
  );
}

class ChartProxy implements NarrowChart {
  constructor(
    private readonly context: FakeContext,
    private readonly chart: () => FakeChart,
  ) {}

  private edit(apply: (chart: FakeChart) => void): void {
    this.context.enqueue(() => apply(this.chart()));
  }

  get name(): string {
    throw notLoaded('name');
  }
  set name(name: string) {
    this.edit((chart) => (chart.name = name));
  }

  get plotVisibleOnly(): boolean {
    throw notLoaded('plotVisibleOnly');
  }
  set plotVisibleOnly(only: boolean) {
    this.edit((chart) => (chart.plotVisibleOnly = only));
  }

  get title(): { text: string } {
    return writeOnly({ text: (text: string) => this.edit((chart) => (chart.title = text)) });
  }

  get legend(): { position: string } {
    return writeOnly({ position: (position: string) => this.edit((chart) => (chart.legend = position)) });
  }

  get series(): NarrowChartSeriesCollection {
    const seriesProxy = (find: (chart: FakeChart) => FakeChartSeries) =>
      new ChartSeriesProxy(this.context, () => find(this.chart()));
    return {
      add: (name?: string) => {
        const record: { series?: FakeChartSeries } = {};
        this.edit((chart) => {
          record.series = { name, chartType: chart.type };
          chart.series.push(record.series);
        });
        return seriesProxy(() => record.series!);
      },
      getItemAt: (index: number) =>
        seriesProxy((chart) => {
          const found = chart.series[index];
          if (!found) throw new FakeExcelError('ItemNotFound', `The chart has no series ${index}.`);
          return found;
        }),
    };
  }

  setPosition(start: string, end?: string): void {
    this.edit((chart) => (chart.position = { start, end }));
  }
}

class ChartSeriesProxy implements NarrowChartSeries {
  constructor(
    private readonly context: FakeContext,
    private readonly series: () => FakeChartSeries,
  ) {}

  private edit(apply: (series: FakeChartSeries) => void): void {
    this.context.enqueue(() => apply(this.series()));
  }

  get name(): string {
    throw notLoaded('name');
  }
  set name(name: string) {
    this.edit((series) => (series.name = name));
  }

  get chartType(): string {
    throw notLoaded('chartType');
  }
  set chartType(type: string) {
    this.edit((series) => (series.chartType = type));
  }

  setValues(source: NarrowRange): void {
    this.edit((series) => (series.values = rangeAddress((source as RangeProxy).located().range)));
  }

  setXAxisValues(source: NarrowRange): void {
    this.edit((series) => (series.xValues = rangeAddress((source as RangeProxy).located().range)));
  }
}

/** Excel quotes a sheet name in an address only when it must. */
function qualifiedAddress(sheet: string, local: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${local}` : qualify(sheet, local);
}

/** `null` leaves a cell as it is, as in Excel; strings are read as if typed (`=` starts a formula). */
function enterItem(cell: FakeCell, item: unknown): void {
  if (item === null || item === undefined) return;
  delete cell.isError;
  delete cell.formula;
  if (typeof item === 'number' || typeof item === 'boolean') {
    cell.value = item;
    return;
  }
  const entry = interpretEntry(String(item));
  cell.value = entry.value;
  if (entry.formula !== undefined) cell.formula = entry.formula;
  if (entry.isError) cell.isError = true;
}

function checkedRule(rule: NarrowValidationRule): NarrowValidationRule {
  const basic = (b?: NarrowBasicValidation) =>
    !b || (b.formula1 !== undefined && typeof b.operator === 'string');
  const kinds = [rule.list, rule.decimal, rule.wholeNumber].filter(Boolean).length;
  if (kinds !== 1 || !basic(rule.decimal) || !basic(rule.wholeNumber)) {
    throw new FakeExcelError('InvalidArgument', 'A validation rule needs exactly one complete kind.');
  }
  return structuredClone(rule);
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: RangeRef, inner: RangeRef | undefined): boolean {
  return (
    !!inner &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

function removeMerges(sheet: FakeSheet, range: RangeRef): void {
  const kept = sheet.merges.filter((merge) => !overlaps(merge, range));
  sheet.merges.splice(0, sheet.merges.length, ...kept);
}

/**
 * Adds to `base` properties that can be set (queued) but not read back without a load, like
 * Excel's. Never spread the result: spreading reads every property.
 */
function writeOnly<T extends Record<string, (value: never) => void>, B extends object = object>(
  setters: T,
  base: B = {} as B,
): { [K in keyof T]: Parameters<T[K]>[0] } & B {
  const target = base as { [K in keyof T]: Parameters<T[K]>[0] } & B;
  for (const name of Object.keys(setters)) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        throw notLoaded(name);
      },
      set: (value: never) => {
        setters[name](value);
      },
    });
  }
  return target;
}
