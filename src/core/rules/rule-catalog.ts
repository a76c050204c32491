import type { RuleOp } from './schema';

/** What a rule's problems and findings are built from (the catalogs' core/i18n/vi/rules.ts and en/rules.ts). */
export interface RuleMessages {
  problems: {
    syntax: (p: { side: string; column: number; found: string | null; text: string }) => string;
    badReference: (p: { side: string; column: number }) => string;
    tooDeep: (p: { side: string }) => string;
    unknownIndicator: (p: { id: string; suggestion?: string }) => string;
    notNumeric: (p: { id: string; name: string }) => string;
    constantDivision: (p: { side: string; column: number }) => string;
    duplicateId: (p: { id: string; first: number }) => string;
  };
  side: { left: string; right: string };
  failed: (p: {
    message: string;
    left: string;
    relation: string;
    right: string;
    tolerance?: string;
    cells: string;
  }) => string;
  /** How the left side must stand to the right, per operator: `bằng`, `không lớn hơn`… */
  relation: Record<RuleOp, string>;
  divisionByZero: (p: { message: string; side: string; cells: string }) => string;
  overflow: (p: { message: string; side: string; cells: string }) => string;
  /** The section of the command line's report that lists failed rules. */
  heading: string;
  /** Where a rule reads no input cell (only baselines and numbers). */
  noCells: string;
  sheet: {
    title: string;
    headers: { rule: string; left: string; op: string; right: string; result: string };
    agrees: string;
    disagrees: string;
  };
}
