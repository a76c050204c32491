import { parseRange } from '../../adapters/excel/a1';
import type {
  NarrowChartCollection,
  NarrowFreezePanes,
  NarrowPageBreakCollection,
  NarrowPageLayout,
  NarrowRange,
  NarrowWorksheet,
  NarrowWorksheetProtection,
} from '../../adapters/excel/excel-api';
import { chartCollection } from './chart';
import { FakeExcelError } from './errors';
import { pageBreaksProxy, pageLayoutProxy } from './page-layout';
import { ProtectionProxy } from './protection';
import { RangeProxy } from './range';
import { Proxy, unknownProperty, type Requests } from './request';
import type { FakeSheet } from './sheet';

/** One worksheet seen through a request context, bound to its sheet at first use. */
export class WorksheetProxy extends Proxy implements NarrowWorksheet {
  private bound?: FakeSheet;

  constructor(
    context: Requests,
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

  /** Runs inside the collection's sync: Excel hands the items back loaded from that same sync. */
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
    this.context.requireApi('Worksheet.visibility (set)');
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
    this.context.requireApi('Worksheet.protection');
    this.protectionProxy ??= new ProtectionProxy(this.context, () => this.sheet());
    return this.protectionProxy;
  }

  get freezePanes(): NarrowFreezePanes {
    this.context.requireApi('Worksheet.freezePanes');
    return {
      freezeRows: (count = 1) => this.context.enqueue(() => void (this.sheet().frozenRows = count)),
    };
  }

  get pageLayout(): NarrowPageLayout {
    this.context.requireApi('Worksheet.pageLayout');
    return pageLayoutProxy(this.context, () => this.sheet());
  }

  get horizontalPageBreaks(): NarrowPageBreakCollection {
    this.context.requireApi('Worksheet.horizontalPageBreaks');
    return pageBreaksProxy(this.context, () => this.sheet());
  }

  get charts(): NarrowChartCollection {
    return chartCollection(this.context, () => this.sheet());
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
    this.context.requireApi('Worksheet.getUsedRangeOrNullObject');
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
