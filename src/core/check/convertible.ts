import type { CheckReport, Finding, IndicatorResult } from './types';

/**
 * The results whose figure may be rewritten as a number: read from text with a `stored-as-text`
 * finding and no error on the same cell. The finding is already left out when the number itself
 * is wrong (a unit slip, out of bounds), so converting never fixes a wrong figure in place.
 */
export function convertibleResults(report: CheckReport): IndicatorResult[] {
  const on = (result: IndicatorResult) => (finding: Finding) =>
    finding.indicatorId === result.indicator.id && finding.cell === result.cell;
  return report.results.filter((result) => {
    const findings = report.findings.filter(on(result));
    return (
      result.storedAsText &&
      findings.some((finding) => finding.code === 'stored-as-text') &&
      !findings.some((finding) => finding.severity === 'error')
    );
  });
}
