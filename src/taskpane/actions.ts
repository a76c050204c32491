import type {
  AuthoringSheetReading,
  ConversionResult,
  ExistingSheetChoice,
  InsertResult,
  NextYearChoice,
  NextYearResult,
  ReportResult,
  SealResult,
  SealView,
  TextFigure,
} from '../adapters/excel';
import type { CheckReport, Finding } from '../core/check/types';
import type { Localized } from '../core/i18n/localized';
import type { ReportDetails } from '../core/document';
import type { Template } from '../core/template/types';

export type {
  AuthoringSheetReading,
  ConversionResult,
  ExistingSheetChoice,
  InsertResult,
  NextYearChoice,
  NextYearResult,
  ReportResult,
  SealResult,
  SealView,
  TextFigure,
};

export type WordReportOutcome =
  { ok: true; fileName: string; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reasons: Finding[] };

/** What the new authoring sheet starts from. */
export type AuthoringSource =
  { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'template'; template: Template };

export type AuthoringOutcome =
  | { ok: true; sheetName: string; count: number; notes: Localized[] }
  /** The pasted text holds no target the drafting recognises: nothing was inserted. */
  | { ok: false; reason: 'no-targets' };

/**
 * Everything the task pane asks of Excel. The pane's components receive it as a prop, so tests
 * inject fakes and only src/taskpane/office.ts binds it to Office.js (through the Excel adapter).
 */
export interface ExcelActions {
  /** Without a choice, a sheet already made from the template comes back as `needs-choice`. */
  insertSheet(template: Template, choice?: ExistingSheetChoice): Promise<InsertResult>;
  /** Reads the standard sheet, checks it and marks the findings in the workbook. */
  check(): Promise<CheckReport>;
  /** Inserts the authoring sheet "Khai báo chỉ tiêu" as a new sheet, never over a clerk's own. */
  insertAuthoringSheet(source: AuthoringSource): Promise<AuthoringOutcome>;
  /** Reads the authoring sheet to a template, or its findings with their cells. */
  readAuthoringSheet(): Promise<AuthoringSheetReading>;
  /**
   * "Chuẩn bị năm sau": next year's authoring sheet from the standard sheet, refused with the
   * findings while it has errors; `needs-choice` when "Khai báo chỉ tiêu" is already there.
   */
  prepareNextYear(choice?: NextYearChoice): Promise<NextYearResult>;
  goToCell(address: string): Promise<void>;
  /** Writes the numbers in place of the texts; cells changed since the check are skipped. */
  convertTextFigures(figures: TextFigure[]): Promise<ConversionResult>;
  /** Writes the "Báo cáo" sheet; refused, with the errors as reasons, while there are any. */
  makeReport(details?: ReportDetails): Promise<ReportResult>;
  /** The Word report's file; refused, with the errors as reasons, while there are any. */
  wordReport(details?: ReportDetails): Promise<WordReportOutcome>;
  /** Whether this host lets a task pane save a file (false in Excel for Mac and iPad). */
  canSaveFiles: boolean;
  /** Offers the file to the clerk to save, as a browser download. */
  saveFile(name: string, bytes: Uint8Array<ArrayBuffer>, type: string): void;
  /** Seals ("chốt") the figures; refused, with the errors as reasons, while there are any. */
  seal(): Promise<SealResult>;
  /** Whether the figures were sealed, as the last `check` found; null before any check. */
  sealStatus(): SealView | null;
}
