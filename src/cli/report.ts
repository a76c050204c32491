import type { CheckReport, Finding, RawValue, Status, Summary } from '../core/check/types';
import type { Lang } from '../core/i18n/localized';
import type { Period } from '../core/template/types';
import type { ReadProblem } from '../adapters/xlsx';
import type { SealJson } from './seal-command';

/** One standard sheet's result in `check --json` (the issue's published shape). */
export interface SheetReport {
  file: string;
  sheet: string;
  template: { id: string; year: number };
  period: Period;
  indicators: {
    id: string;
    name: string;
    unit: string;
    cell: string | null;
    raw: RawValue;
    value: number | string | null;
    status: Status;
    percentOfTarget: number | null;
    /** The clerk's estimate for the whole year, where one is entered. */
    estimate?: { raw: RawValue; value: number | string | null };
  }[];
  issues: {
    indicator: string | null;
    cell: string | null;
    severity: Finding['severity'];
    code: string;
    message: string;
  }[];
  summary: Summary;
  /** Whether the figures were sealed and what changed since (filled in by the check command). */
  seal?: SealJson;
}

/** A file that could not be checked at all. */
export interface FileFailure {
  file: string;
  error: { code: ReadProblem['code']; message: string; details: string[] };
}

export type FileReport = SheetReport | FileFailure;

/** Joins the reader's findings to the core's report; the counts cover both. */
export function sheetReport(
  file: string,
  sheet: string,
  report: CheckReport,
  readerFindings: Finding[],
  lang: Lang,
): SheetReport {
  const findings = [...readerFindings, ...report.findings];
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
    })),
    issues: findings.map((finding) => ({
      indicator: finding.indicatorId ?? null,
      cell: finding.cell ?? null,
      severity: finding.severity,
      code: finding.code,
      message: finding.message[lang],
    })),
    summary: {
      ...report.summary,
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
    },
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
