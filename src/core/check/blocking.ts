import type { Finding } from './types';

/**
 * What stops a seal or a report: every error, and every figure stored as text. The printed sheet
 * says "Cần kiểm tra" for a figure stored as text, so a report or a seal that judged it would
 * state a verdict the workbook itself does not (one verdict per figure, docs/design.md).
 */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error' || finding.code === 'stored-as-text');
}

/** The cells of the figures stored as text among some findings, for the refusal's headline. */
export function textFigureCells(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.code === 'stored-as-text' && f.cell).map((f) => f.cell as string);
}
