import { Buffer } from 'buffer';
import ExcelJS from 'exceljs';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { reportDocxBytes } from '../adapters/docx';
import {
  injectChart,
  readAuthoringBytes,
  readWorkbook,
  summaryWorkbookBytes,
  writePlan,
  writeReportSheet,
} from '../adapters/xlsx';
import { sealJson } from '../check-json/seal-json';
import { fileFailure, sheetReport } from '../check-json/sheet-report';
import type { FileFailure, SheetReport } from '../check-json/types';
import { readAuthoringSheet, type AuthoringFinding } from '../core/authoring';
import { checkFigures } from '../core/check';
import type { CheckReport, Finding } from '../core/check/types';
import { buildResultsReport, type ReportDetails } from '../core/document';
import type { Lang } from '../core/i18n/localized';
import { withReaderFindings } from '../core/read';
import { batchSheetOf, buildReportPlan, summaryWorkbookTables, type BatchRow } from '../core/report-plan';
import { buildSheetPlan } from '../core/sheet-plan';
import type { Period, Template } from '../core/template/types';

/**
 * Everything the web page does with files and ExcelJS, in one module: the page's components only
 * call these. The same adapters and core functions as the command line, on bytes instead of paths.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The seal's SHA-256 in any browser (crypto.subtle is missing on plain http). */
const sha256Hex = (text: string) => bytesToHex(sha256(new TextEncoder().encode(text)));

/** The standard sheet of `template`, as `resolution-targets template` writes it. */
export async function standardSheetBytes(
  template: Template,
  period: Period,
  lang: Lang,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolution-targets';
  await writePlan(workbook, buildSheetPlan(template, { period, lang }));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One checked standard sheet: its `check --json` report, and what the report files need. */
export interface CheckedSheet {
  json: SheetReport;
  template: Template;
  report: CheckReport;
  /** Errors of the reader and of the check: a report is refused while there are any. */
  errors: Finding[];
}

/** A chosen file: its standard sheets, or why it could not be read (as `check --json` says it). */
export interface CheckedFile {
  file: string;
  sheets: CheckedSheet[];
  failure: FileFailure | null;
  /** What the consolidated summary keeps of this file, as `check --summary` keeps it. */
  rows: BatchRow[];
}

/** Checks one chosen file exactly as `check --json` does; a file that cannot be read says why. */
export async function checkFileBytes(file: string, bytes: ArrayBuffer, lang: Lang): Promise<CheckedFile> {
  const reading = await readWorkbook(Buffer.from(bytes) as unknown as globalThis.Buffer);
  if (!reading.ok) {
    const failure = fileFailure(file, reading.problem, lang);
    const reason = [failure.error.message, ...failure.error.details.slice(0, 3)].join(' ');
    return { file, sheets: [], failure, rows: [{ file, ok: false, code: failure.error.code, reason }] };
  }
  const sheets: CheckedSheet[] = [];
  const rows: BatchRow[] = [];
  for (const sheet of reading.sheets) {
    const report = checkFigures(sheet.template, sheet.snapshot);
    const json = sheetReport(file, sheet.sheetName, report, sheet.findings, lang);
    const seal = await sealJson(reading.workbook, sheet, sha256Hex);
    json.seal = seal;
    const errors = [...sheet.findings, ...report.findings].filter((f) => f.severity === 'error');
    sheets.push({ json, template: sheet.template, report, errors });
    const withReader = withReaderFindings(report, sheet.findings);
    rows.push(batchSheetOf(file, sheet.sheetName, sheet.template, withReader, seal, lang));
  }
  return { file, sheets, failure: null, rows };
}

/**
 * The consolidated workbook of the checked files, as `check FILES… --summary tong-hop.xlsx`
 * writes it: one row per commune, one sheet per indicator, totals where a sum means something.
 */
export function summaryBytes(checked: readonly CheckedFile[], lang: Lang): Promise<Uint8Array> {
  const tables = summaryWorkbookTables(
    checked.flatMap((each) => each.rows),
    lang,
  );
  return summaryWorkbookBytes(tables);
}

/** The authoring sheet of a chosen .xlsx file: the template, or why not (each finding names its cell). */
export type AuthoringOutcome =
  | { ok: true; template: Template; sheetName: string }
  | { ok: false; sheetName: string | null; findings: AuthoringFinding[] | null; reason: string | null };

/** Reads the “Khai báo chỉ tiêu” sheet of a chosen file, as `template --template KHAI-BAO.xlsx` does. */
export async function authoringBytes(bytes: ArrayBuffer, lang: Lang): Promise<AuthoringOutcome> {
  const reading = await readAuthoringBytes(Buffer.from(bytes) as unknown as globalThis.Buffer);
  if (!reading.ok)
    return { ok: false, sheetName: null, findings: null, reason: reading.problem.message[lang] };
  const sheet = readAuthoringSheet(reading.grid);
  if (sheet.ok) return { ok: true, template: sheet.template, sheetName: reading.sheetName };
  return {
    ok: false,
    sheetName: reading.sheetName,
    findings: sheet.findings.filter((finding) => finding.severity === 'error'),
    reason: null,
  };
}

/** The headline lines of the results report ("Đạt và vượt 8/12 chỉ tiêu chủ yếu."). */
export function headlines(sheet: CheckedSheet, lang: Lang): string[] {
  return buildResultsReport(sheet.template, sheet.report, {}, lang)
    .body.filter((paragraph) => paragraph.kind === 'headline')
    .map((paragraph) => paragraph.text);
}

/** The workbook with the "Báo cáo" sheet, as `resolution-targets report` writes it; null while errors remain. */
export async function reportXlsxBytes(
  sheet: CheckedSheet,
  details: ReportDetails,
  lang: Lang,
): Promise<Uint8Array | null> {
  const planned = buildReportPlan(sheet.template, sheet.report, { lang, details });
  if (!planned.ok || sheet.errors.length > 0) return null;
  const { plan } = planned;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolution-targets';
  writeReportSheet(workbook, plan);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer()) as unknown as globalThis.Buffer;
  return new Uint8Array(plan.chart ? await injectChart(bytes, plan.sheetName, plan.chart) : bytes);
}

/** The Word report, as `resolution-targets report --docx` writes it; null while errors remain. */
export async function reportWordBytes(
  sheet: CheckedSheet,
  details: ReportDetails,
  lang: Lang,
): Promise<Uint8Array | null> {
  if (sheet.errors.length > 0) return null;
  return reportDocxBytes(buildResultsReport(sheet.template, sheet.report, details, lang));
}

/** Hands bytes to the browser as a download; nothing leaves the computer. */
export function download(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's task has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
