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
