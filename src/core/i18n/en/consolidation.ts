import type { ConsolidationMessages } from '../../report-plan/consolidation-catalog';

/** English words of the consolidation across communes: its warnings and tables. */
export const consolidation: ConsolidationMessages = {
  mixedPeriods: ({ year, period, files }) =>
    `Another year or report period than most files (${year}, ${period}), so left out of the figures: ${files}. Ask the commune for the right period, or consolidate these files on their own.`,
  duplicateCommune: ({ issuer, kept, files }) =>
    `${issuer} sent more than once; counted once, from ${kept}, leaving out: ${files}. Keep the right copy and remove the others.`,
  notSealed: ({ files }) =>
    `Figures not sealed: ${files}. They may still change; ask the commune to seal and send again.`,
  changedAfterSeal: ({ files }) =>
    `Changed after the figures were sealed: ${files}. Ask the commune which figures are final.`,
  periods: { '6-thang': '6 months', '9-thang': '9 months', nam: 'the full year' },
  table: {
    title: ({ year, period }) =>
      `CONSOLIDATED TARGETS OF THE COMMUNES FOR THE LEVEL ABOVE${year ? ` — ${year}, ${period.toUpperCase()}` : ''}`,
    headers: [
      'No.',
      'Code',
      'Indicator',
      'Unit',
      'Communes with a figure',
      'Total',
      'Minimum',
      'Median',
      'Maximum',
    ],
    sheetNames: { indicators: 'Consolidated', warnings: 'Consolidation warnings' },
    counted: ({ count }) => `${count} ${count === 1 ? 'commune' : 'communes'} consolidated`,
    warningsTitle: 'CONSOLIDATION WARNINGS',
    warningsHeaders: ['No.', 'Warning code', 'Message', 'Files'],
    noWarnings: 'No warnings.',
  },
};
