import type { FindingCode } from '../../../src/core/check/finding-codes';
import type { Severity, Status } from '../../../src/core/check/types';

/** What a clerk put in an input cell, as plain data every path can reproduce. */
export type CellSpec =
  | { text: string }
  | { number: number; format?: string }
  | { boolean: boolean }
  /** A date typed into the cell: Excel stores a serial number with a date format. */
  | { date: string }
  | { error: string }
  /** A formula with the result Excel last calculated (a number, a text or an error value). */
  | { formula: string; result: number | string | { error: string } };

/** The outcome a case must end in: the indicator's finding (and so its status), or a clean verdict. */
export type FigureOutcome =
  { finding: FindingCode; severity: Severity; status?: Status } | { status: Status; warning?: FindingCode };

/** One bad figure in the standard sheet of the built-in template. */
export interface FigureCase {
  id: string;
  indicator: string;
  cell: CellSpec;
  expect: FigureOutcome;
  /** Where the add-in path differs for a stated reason (Office.js hands a date over as its serial number). */
  addin?: FigureOutcome;
}

/** Something done to the workbook by a clerk, by another program, or by someone tampering with it. */
export type WorkbookEdit =
  | { kind: 'rename-sheet'; name: string }
  /** Another sheet put in front of the standard sheet. */
  | { kind: 'move-sheet-behind'; other: string }
  | { kind: 'hide-sheet' }
  | { kind: 'delete-sheet' }
  /** The whole table copied to a second sheet. */
  | { kind: 'copy-sheet'; name: string }
  | { kind: 'delete-row'; indicator: string }
  /** The `Mã` cell of the indicator's row merged with the next row's (Excel keeps the first value). */
  | { kind: 'merge-codes'; indicator: string }
  /** The indicator's code typed again in a row below the table. */
  | { kind: 'repeat-row'; indicator: string }
  | { kind: 'set-cell'; column: 'target' | 'explanation' | 'value'; indicator: string; cell: CellSpec | null }
  | { kind: 'set-period'; text: string }
  | { kind: 'rename-header'; column: 'value' | 'code'; text: string }
  /** One cell of the stored template's sheet changed by hand. */
  | { kind: 'store-cell'; address: string; text: string }
  /** The stored template's JSON rewritten (see `tamperedStore`). */
  | { kind: 'store-json'; change: StoreChange }
  | { kind: 'delete-store' }
  | { kind: 'rename-store'; name: string }
  | { kind: 'unhide-store' }
  /** The sheet protected again with a password the add-in does not know. */
  | { kind: 'protect'; password: string };

export type StoreChange =
  'lower-target' | 'unknown-type' | 'unknown-key' | 'broken-json' | 'over-size' | 'formula-name';

export type WorkbookOutcome =
  /** The file or the action is refused as a whole, with this code and a message. */
  | { refused: string }
  /** The check runs and reports this finding (of the indicator, when given). */
  | { finding: string; severity: 'error' | 'warning'; indicator?: string }
  /** The check runs on this many standard sheets, the first of this name, with no error at all. */
  | { reads: number; sheetName?: string };

export interface WorkbookCase {
  id: string;
  /** A new workbook with only a look-alike table and no stored template, instead of the standard sheet. */
  blank?: boolean;
  edits: WorkbookEdit[];
  expect: WorkbookOutcome;
  /** Where the add-in (Office.js, fake Excel) differs for a stated reason. */
  addin?: WorkbookOutcome;
}
