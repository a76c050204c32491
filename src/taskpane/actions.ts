import type { CheckReport } from '../core/check/types';
import type { Localized } from '../core/i18n/localized';
import type { Template } from '../core/template/types';

/** What to do when the workbook already holds a sheet made from the chosen template. */
export type ExistingSheetChoice = 'open' | 'update' | 'copy';

export interface InsertOutcome {
  sheetName: string;
  /** `created` for a new sheet (also a new copy), `opened` or `updated` for the existing one. */
  kind: 'created' | 'opened' | 'updated';
}

/** A figure stored as text, with the number the check read from it. */
export interface TextFigure {
  indicatorId: string;
  cell: string;
  text: string;
  value: number;
  /** Percent indicators: `value` is in percent units (8.67 for 8,67%). */
  percent: boolean;
}

/**
 * Everything the task pane asks of Excel. The pane's components receive it as a prop, so tests
 * inject fakes and only src/taskpane/office.ts binds it to Office.js.
 */
export interface ExcelActions {
  /** Name of the sheet already made from this template, or null. */
  findSheet(template: Template): Promise<string | null>;
  insertSheet(template: Template, choice?: ExistingSheetChoice): Promise<InsertOutcome>;
  /** Reads the standard sheet, checks it and marks the findings in the workbook. */
  check(): Promise<CheckReport>;
  goToCell(address: string): Promise<void>;
  /** Writes the numbers in place of the texts; returns how many cells changed. */
  convertTextFigures(figures: TextFigure[]): Promise<number>;
}

/** A failure already worded for a clerk; anything else is shown with a generic message. */
export class ActionError extends Error {
  constructor(readonly userMessage: Localized) {
    super(userMessage.en);
    this.name = 'ActionError';
  }
}
