import type { ReadProblem } from '../adapters/xlsx';
import type { Finding, RawValue, Status, Summary } from '../core/check/types';
import type { SealStatus } from '../core/seal';
import type { Period } from '../core/template/types';

/**
 * The shapes `check --json` prints and the web page shows: one home, so the commands that fill them, the
 * formatter and the page import neither each other nor a command file.
 */

/** The seal part of a `check --json` report. */
export interface SealJson {
  status: SealStatus['status'];
  sealedAt: string | null;
  changed: string[];
  periodChanged: boolean;
  templateChanged: boolean;
}

/** One standard sheet's result in `check --json` (the issue's published shape). */
export interface SheetReport {
  file: string;
  sheet: string;
  template: { id: string; year: number };
  period: Period;
  indicators: {
    id: string;
    name: string;
    unit: string;
    cell: string | null;
    raw: RawValue;
    value: number | string | null;
    status: Status;
    percentOfTarget: number | null;
    /** The clerk's estimate for the whole year, where one is entered. */
    estimate?: { raw: RawValue; value: number | string | null };
    /** Last year's figure, where the clerk entered one (no baseline in the template). */
    baseline?: { raw: RawValue; value: number | null; cell: string | null };
  }[];
  issues: {
    indicator: string | null;
    cell: string | null;
    severity: Finding['severity'];
    code: string;
    message: string;
    /** Cross-indicator rules only: the rule, every input cell it reads, both sides' values. */
    rule?: string;
    cells?: string[];
    left?: number;
    right?: number;
  }[];
  summary: Summary;
  /** Whether the figures were sealed and what changed since (filled in by the check command). */
  seal?: SealJson;
}

/** A file that could not be checked at all. */
export interface FileFailure {
  file: string;
  error: { code: ReadProblem['code']; message: string; details: string[] };
}

export type FileReport = SheetReport | FileFailure;
