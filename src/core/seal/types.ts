import type { Finding } from '../check/types';
import type { Period } from '../template/types';

/** The seal format of this version; a record carries it so a later version can tell. */
export const SEAL_FORMAT = 'resolution-targets/seal/v1';

/**
 * SHA-256 of a UTF-8 text as lower-case hex. Passed in, so the core stays pure: Node gives
 * `crypto.createHash`, a browser `crypto.subtle.digest` (asynchronous, hence the Promise).
 */
export type Hasher = (text: string) => string | Promise<string>;

/** What the workbook stores when the clerk seals ("chốt") one standard sheet's figures. */
export interface SealRecord {
  format: typeof SEAL_FORMAT;
  /** ISO 8601, UTC. */
  sealedAt: string;
  period: Period;
  templateId: string;
  /** The sheet the figures were read from, so a workbook with several years keeps one seal each. */
  sheet: string;
  /** SHA-256 hex over the template, every entered value, number format and explanation, and the period. */
  fingerprint: string;
  /** A short hash of the template alone, so a later check can say the rules changed. */
  templateHash: string;
  /** A short hash per indicator, so a later check can name what changed. */
  perIndicator: Record<string, string>;
}

export type SealOutcome = { ok: true; record: SealRecord } | { ok: false; reasons: Finding[] };

export type SealState = 'unsealed' | 'unchanged' | 'changed';

export interface SealStatus {
  status: SealState;
  sealedAt?: string;
  /** Indicator ids whose figure, format, explanation or definition changed since sealing. */
  changed: string[];
  periodChanged: boolean;
  templateChanged: boolean;
}
