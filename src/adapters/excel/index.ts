export {
  createExcelAdapter,
  type CheckOutcome,
  type ExcelAdapter,
  type ExcelAdapterDeps,
  type ResultsReportOutcome,
} from './adapter';
export type {
  AuthoringInsertResult,
  AuthoringSheetReading,
  NextYearChoice,
  NextYearResult,
} from './authoring-sheet';
export type { ConversionResult, TextFigure } from './convert-text-figures';
export { ExcelActionError } from './errors';
export type { ExcelRun, IsSetSupported, NarrowContext } from './excel-api';
export type { ExistingSheetChoice, InsertResult } from './insert-sheet';
export { MARK_COLOR, type MarkResult } from './mark-findings';
export type { SheetReading } from './read-snapshot';
export type { ReportResult } from './report-sheet';
export type { SealResult, SealView } from './seal';
