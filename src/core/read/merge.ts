import type { CheckReport, Finding } from '../check/types';

/**
 * The check's report with what the reader noticed (the period cell) and what the face itself met
 * (marks it could not set) put first; the counts cover them all.
 */
export function withReaderFindings(report: CheckReport, findings: readonly Finding[]): CheckReport {
  if (findings.length === 0) return report;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return {
    ...report,
    findings: [...findings, ...report.findings],
    summary: {
      ...report.summary,
      errors: report.summary.errors + errors,
      warnings: report.summary.warnings + findings.length - errors,
    },
  };
}
