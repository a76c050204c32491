import type { Localized } from '../i18n/localized';
import type { Expected, UnreadableReason } from '../numbers/types';
import type { Shortfall } from '../verdict/status';
import type { Severity } from './types';

/** The parameters each finding's message is built from, per stable code. */
export interface FindingParams {
  unreadable: { text: string; expected: Expected; reason: UnreadableReason };
  'cell-error': { error: string };
  'not-yes-no': { text: string };
  'not-on-scale': { text: string; scale: string[] };
  /** `typed`: what to type with the % sign (96,1 for a fraction 0,961 that lost its format). */
  'percent-not-formatted': { number: number; typed: number };
  'unit-mismatch': { text: string; unit: string };
  'not-integer': { value: number };
  'out-of-bounds': { value: number; min?: number; max?: number; unit: string };
  'unit-slip': { value: number; suggestion: number; unit: string };
  'far-from-baseline': { value: number; baseline: number; unit: string };
  'ambiguous-number': { text: string; chosen: number; other: number };
  'unit-converted': { text: string; value: number; unit: string };
  'level-respelled': { text: string; level: string };
  'stored-as-text': { text: string; value: number; percent: boolean };
  'formula-in-input': { formula: string };
  'target-overwritten': { found: Localized; expected: Localized };
  'missing-row': Record<string, never>;
  'missing-explanation': { status: Shortfall };
  'duplicate-row': Record<string, never>;
  'unknown-row': { id: string };
}

export type FindingCode = keyof FindingParams;

/** Where a finding is: the indicator's name and, when known, the cell. */
export interface Where {
  name: string;
  cell?: string;
}

/** One language's messages: each says what is wrong, where, and how to fix it. */
export type FindingMessages = { [C in FindingCode]: (where: Where, params: FindingParams[C]) => string };

/** Errors make a figure `invalid` (not judged); warnings ask the clerk to confirm. */
export const SEVERITY: Record<FindingCode, Severity> = {
  unreadable: 'error',
  'cell-error': 'error',
  'not-yes-no': 'error',
  'not-on-scale': 'error',
  'percent-not-formatted': 'error',
  'unit-mismatch': 'error',
  'not-integer': 'error',
  'out-of-bounds': 'error',
  'unit-slip': 'error',
  'target-overwritten': 'error',
  'missing-row': 'error',
  'duplicate-row': 'error',
  'far-from-baseline': 'warning',
  'ambiguous-number': 'warning',
  'unit-converted': 'warning',
  'level-respelled': 'warning',
  'stored-as-text': 'warning',
  'formula-in-input': 'warning',
  'missing-explanation': 'warning',
  'unknown-row': 'warning',
};

export const FINDING_CODES = Object.keys(SEVERITY) as FindingCode[];
