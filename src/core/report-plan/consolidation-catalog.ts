/** What the consolidation's warnings say (the catalogs' core/i18n/vi/consolidation.ts and en/consolidation.ts). */
export interface ConsolidationMessages {
  mixedPeriods: (p: { year: number; period: string; files: string }) => string;
  duplicateCommune: (p: { issuer: string; kept: string; files: string }) => string;
  notSealed: (p: { files: string }) => string;
  changedAfterSeal: (p: { files: string }) => string;
  periods: Record<'6-thang' | '9-thang' | 'nam', string>;
  table: {
    title: (p: { year: number | null; period: string }) => string;
    headers: string[];
    sheetNames: { indicators: string; warnings: string };
    /** How many communes a consolidated figure counts, under each indicator's table. */
    counted: (p: { count: number }) => string;
    warningsTitle: string;
    warningsHeaders: string[];
    noWarnings: string;
  };
}
