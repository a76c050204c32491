import type { Status, Summary } from '../check/types';
import type { SealState } from '../seal/types';
import type { Assess, Period } from '../template/types';

/** One indicator of one commune's sheet, as the district's summary shows it. */
export interface BatchIndicator {
  id: string;
  name: string;
  unit: string;
  value: number | string | null;
  target: string;
  percentOfTarget: number | null;
  status: Status;
  /** The level above's code for it, when the template gives one: consolidation matches by it. */
  code?: string;
  /** How it is followed through the year (template/defaults.ts assessOf): only cumulative ones add up. */
  assess?: Assess;
}

/**
 * What the batch keeps of one checked sheet: a few hundred bytes, never the workbook, so memory
 * stays flat however many files the district checks.
 */
export interface BatchSheet {
  file: string;
  ok: true;
  sheet: string;
  issuer: string;
  templateId: string;
  year: number;
  period: Period;
  seal: { status: SealState; sealedAt: string | null; changed: string[] };
  summary: Summary;
  indicators: BatchIndicator[];
}

/** A file the batch could not check, with the reason in the user's language. */
export interface BatchFailure {
  file: string;
  ok: false;
  code: string;
  reason: string;
}

export type BatchRow = BatchSheet | BatchFailure;
