import { checkRules } from '../rules/check-rules';
import type { Template } from '../template/types';
import { examineFigure } from './examine';
import { finding } from './finding';
import type { CheckReport, EnteredFigure, FiguresSnapshot, Finding, IndicatorResult, Summary } from './types';
import { isShortfall, judge, percentOfTarget } from '../verdict';
import { examineEstimate } from './estimate';
import { examineBaseline } from './baseline';

/**
 * Checks the figures of one workbook against its template: validation findings, a verdict and
 * % of target per indicator (template order), and a summary. A figure with any error is
 * `invalid` and not judged, so the add-in never states a verdict on a figure it doubts.
 */
export function checkFigures(template: Template, snapshot: FiguresSnapshot): CheckReport {
  const { period } = snapshot;
  const byId = new Map(template.indicators.map((i) => [i.id, i]));
  const missing = new Set(snapshot.missingRows ?? []);
  const first = new Map<string, EnteredFigure>();
  const extra: Finding[] = [];
  for (const figure of snapshot.figures) {
    const indicator = byId.get(figure.indicatorId);
    if (!indicator) {
      extra.push(
        finding(
          'unknown-row',
          { name: figure.indicatorId, cell: figure.address },
          { id: figure.indicatorId },
        ),
      );
    } else if (first.has(figure.indicatorId)) {
      const where = { name: indicator.name, cell: figure.address, indicatorId: indicator.id };
      extra.push(finding('duplicate-row', where, {}));
    } else {
      first.set(figure.indicatorId, figure);
    }
  }

  const findings: Finding[] = [];
  const results: IndicatorResult[] = template.indicators.map((indicator) => {
    const figure = first.get(indicator.id);
    if (!figure || missing.has(indicator.id)) {
      findings.push(finding('missing-row', { name: indicator.name, indicatorId: indicator.id }, {}));
      return {
        indicator,
        raw: null,
        value: null,
        status: 'invalid',
        percentOfTarget: null,
        storedAsText: false,
      };
    }
    const examined = examineFigure(indicator, figure, period);
    const estimate = examineEstimate(indicator, figure, period);
    const figureFindings = [...examined.findings, ...extra.filter((f) => f.indicatorId === indicator.id)];
    const figureFailed = figureFindings.some((f) => f.severity === 'error');
    const own = [...figureFindings, ...(estimate?.findings ?? [])];
    const status = own.some((f) => f.severity === 'error')
      ? 'invalid'
      : judge(indicator, examined.value, period, estimate?.judged ?? null);
    // Last year's figure, where the clerk enters it: its findings are its own cell's, never the verdict's.
    const baseline = examineBaseline(indicator, figure);
    own.push(...(baseline?.findings ?? []));
    const explanation = figure.explanation?.trim() || undefined;
    if (isShortfall(status) && !explanation) {
      own.push(
        finding(
          'missing-explanation',
          { name: indicator.name, cell: figure.address, indicatorId: indicator.id },
          { status },
        ),
      );
    }
    findings.push(...own);
    const result: IndicatorResult = {
      indicator,
      raw: figure.raw,
      value: examined.value,
      status,
      // From the figure alone, as the sheet's `%` column: an estimate's problem does not remove it.
      percentOfTarget: figureFailed ? null : percentOfTarget(indicator, examined.value),
      storedAsText: examined.storedAsText,
    };
    if (figure.address !== undefined) result.cell = figure.address;
    if (estimate?.entered) result.estimate = estimate.entered;
    if (baseline?.entered) result.baseline = baseline.entered;
    if (explanation !== undefined) result.explanation = explanation;
    return result;
  });
  findings.push(...extra.filter((f) => f.indicatorId === undefined));
  findings.push(...checkRules(template, results, period));

  return {
    templateId: template.id,
    year: template.year,
    period,
    results,
    findings,
    summary: summarize(results, findings),
  };
}

function summarize(results: IndicatorResult[], findings: Finding[]): Summary {
  const count = (status: IndicatorResult['status']) => results.filter((r) => r.status === status).length;
  return {
    exceeded: count('exceeded'),
    met: count('met'),
    missed: count('missed'),
    onTrack: count('on-track'),
    behind: count('behind'),
    forecastExceeded: count('forecast-exceeded'),
    forecastMet: count('forecast-met'),
    forecastMissed: count('forecast-missed'),
    notYet: count('not-yet'),
    notAssessed: count('not-assessed'),
    noData: count('no-data'),
    invalid: count('invalid'),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    missingExplanations: findings.filter((f) => f.code === 'missing-explanation').length,
  };
}
