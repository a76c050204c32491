import type { CheckReport, Finding } from '../core/check/types';
import { withReaderFindings } from '../core/read';
import type { Lang } from '../core/i18n/localized';
import type { ReadProblem } from '../adapters/xlsx';
import type { FileFailure, SheetReport } from './types';

/** Joins the reader's findings to the core's report; the counts cover both. */
export function sheetReport(
  file: string,
  sheet: string,
  report: CheckReport,
  readerFindings: Finding[],
  lang: Lang,
): SheetReport {
  const { findings, summary } = withReaderFindings(report, readerFindings);
  return {
    file,
    sheet,
    template: { id: report.templateId, year: report.year },
    period: report.period,
    indicators: report.results.map((result) => ({
      id: result.indicator.id,
      name: result.indicator.name,
      unit: result.indicator.unit,
      cell: result.cell ?? null,
      raw: result.raw,
      value: result.value,
      status: result.status,
      percentOfTarget: result.percentOfTarget,
      ...(result.estimate ? { estimate: { raw: result.estimate.raw, value: result.estimate.value } } : {}),
      ...(result.baseline
        ? {
            baseline: {
              raw: result.baseline.raw,
              value: result.baseline.value,
              cell: result.baseline.cell ?? null,
            },
          }
        : {}),
    })),
    issues: findings.map((finding) => ({
      indicator: finding.indicatorId ?? null,
      cell: finding.cell ?? null,
      severity: finding.severity,
      code: finding.code,
      message: finding.message[lang],
      ...ruleFields(finding),
    })),
    summary,
  };
}

function ruleFields({ rule, cells, left, right }: Finding): Partial<SheetReport['issues'][number]> {
  if (rule === undefined) return {};
  return {
    rule,
    cells: cells ?? [],
    ...(left === undefined ? {} : { left }),
    ...(right === undefined ? {} : { right }),
  };
}

export function fileFailure(file: string, problem: ReadProblem, lang: Lang): FileFailure {
  return {
    file,
    error: {
      code: problem.code,
      message: problem.message[lang],
      details: problem.details.map((detail) => detail[lang]),
    },
  };
}
