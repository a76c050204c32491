/**
 * The part of the Excel JavaScript API that the adapter uses, and nothing more.
 *
 * The real `Excel.*` classes and the in-memory fake (src/testing/fake-excel) both satisfy these
 * interfaces; tests/adapters/excel/excel-api.types.test.ts makes the type checker prove it for
 * the real ones, so the adapter cannot start using something the fake does not model.
 * Enumerations are plain strings here: Excel's own enum members are strings too.
 */

export interface ExcelObject {
  /** Readable after a sync, for objects got with a `...OrNullObject` method. */
  readonly isNullObject: boolean;
}

export interface NarrowContext {
  readonly workbook: NarrowWorkbook;
  sync(): Promise<unknown>;
}

/** `Excel.run`, or the fake's equivalent: one batch of queued operations on one context. */
export type ExcelRun = <T>(batch: (context: NarrowContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, e.g. `('ExcelApi', '1.8')`. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;

export interface NarrowWorkbook {
  readonly worksheets: NarrowWorksheetCollection;
}

export interface NarrowWorksheetCollection {
  readonly items: NarrowWorksheet[];
  add(name?: string): NarrowWorksheet;
  getItem(key: string): NarrowWorksheet;
  getItemOrNullObject(key: string): NarrowWorksheet;
  getActiveWorksheet(): NarrowWorksheet;
  load(propertyNames: string | string[]): NarrowWorksheetCollection;
}

export interface NarrowWorksheet extends ExcelObject {
  name: string;
  position: number;
  visibility: string;
  readonly protection: NarrowWorksheetProtection;
  readonly freezePanes: NarrowFreezePanes;
  /** ExcelApi 1.9. */
  readonly pageLayout: NarrowPageLayout;
  /** ExcelApi 1.9. */
  readonly horizontalPageBreaks: NarrowPageBreakCollection;
  readonly charts: NarrowChartCollection;
  activate(): void;
  delete(): void;
  getRange(address: string): NarrowRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): NarrowRange;
  load(propertyNames: string | string[]): NarrowWorksheet;
}

export interface ProtectionOptions {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowAutoFilter?: boolean;
  allowSort?: boolean;
}

export interface NarrowWorksheetProtection extends ExcelObject {
  readonly protected: boolean;
  protect(options?: ProtectionOptions, password?: string): void;
  unprotect(password?: string): void;
  load(propertyNames: string | string[]): NarrowWorksheetProtection;
}

export interface NarrowFreezePanes {
  freezeRows(count?: number): void;
}

export interface NarrowPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: string): void;
  setPrintArea(printArea: string): void;
  centerHorizontally: boolean;
  /** In points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
}

export interface NarrowPageBreakCollection {
  /** A break before the row of the range's first cell. */
  add(pageBreakRange: string): unknown;
}

/** Charts: ExcelApi 1.1; a series' own type, values and categories: ExcelApi 1.7. */
export interface NarrowChartCollection {
  add(type: string, sourceData: NarrowRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): NarrowChart;
}

export interface NarrowChart {
  name: string;
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: NarrowChartSeriesCollection;
  /** ExcelApi 1.8; Excel leaves hidden cells out of a chart unless this is false. */
  plotVisibleOnly: boolean;
  setPosition(startCell: string, endCell?: string): void;
}

export interface NarrowChartSeriesCollection {
  add(name?: string): NarrowChartSeries;
  getItemAt(index: number): NarrowChartSeries;
}

export interface NarrowChartSeries {
  name: string;
  chartType: string;
  setValues(sourceData: NarrowRange): void;
  setXAxisValues(sourceData: NarrowRange): void;
}

/** What `Range.valueTypes` reports per cell. */
export type ValueType =
  'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

export interface NarrowRange extends ExcelObject {
  readonly address: string;
  // The cell grids are `any[][]` in Office.js; unknown keeps the adapter honest when reading.
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  /** ExcelApi 1.2. */
  columnHidden: boolean;
  readonly format: NarrowRangeFormat;
  readonly conditionalFormats: NarrowConditionalFormatCollection;
  /** ExcelApi 1.8. */
  readonly dataValidation: NarrowDataValidation;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  /** ExcelApi 1.4: the used part of this range, for reading a window without its empty cells. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): NarrowRange;
  load(propertyNames: string | string[]): NarrowRange;
}

export type BorderIndex =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface NarrowRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: {
    name: string;
    size: number;
    bold: boolean;
    italic: boolean;
    underline: string;
    color: string;
  };
  readonly borders: { getItem(index: BorderIndex): NarrowRangeBorder };
  readonly protection: { locked: boolean };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  columnWidth: number;
  rowHeight: number;
}

export interface NarrowRangeBorder {
  style: string;
  weight: string;
  color: string;
}

export interface NarrowConditionalFormatCollection {
  add(type: 'Custom'): NarrowConditionalFormat;
  clearAll(): void;
}

export interface NarrowConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };
}

export interface NarrowValidationRule {
  list?: { inCellDropDown: boolean; source: string | object };
  decimal?: NarrowBasicValidation;
  wholeNumber?: NarrowBasicValidation;
  textLength?: NarrowBasicValidation;
}

export interface NarrowBasicValidation {
  formula1: string | number | object;
  formula2?: string | number | object;
  operator: string;
}

export interface NarrowDataValidation {
  rule: NarrowValidationRule;
  prompt: { title: string; message: string; showPrompt: boolean };
  errorAlert: { title: string; message: string; showAlert: boolean; style: string };
  clear(): void;
}
