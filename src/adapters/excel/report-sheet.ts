import type { CheckReport, Finding } from '../../core/check/types';
import type { ReportDetails } from '../../core/document';
import type { Lang, Localized } from '../../core/i18n/localized';
import { buildReportPlan, type ReportPlan } from '../../core/report-plan';
import { SEAL_SHEET_NAME } from '../../core/seal';
import { STORE_SHEET_NAME } from '../../core/sheet-plan';
import type { Template } from '../../core/template/types';
import { columnLetters } from './a1';
import { queueLaidOutCells, type Capabilities } from './apply-plan';
import type { NarrowContext, NarrowWorksheet } from './excel-api';
import { freeSheetName } from './insert-sheet';
import { ExcelActionError, excelErrorCode, explainExcelError } from './errors';
import { message, messageWithReason } from './messages';
import type { WorkbookReading } from './read-snapshot';
import type { SheetGrid } from './sheet-grid';
import { blockingFindings } from '../../core/check/blocking';

export type ReportResult =
  { ok: true; sheetName: string; notes: Localized[] } | { ok: false; reasons: Finding[] };

/** Party-document margins (Hướng dẫn 36-HD/VPTW), in points: as the command line's report. */
const MARGINS = { left: 64.8, right: 43.2, top: 57.6, bottom: 57.6, header: 21.6, footer: 21.6 };

/**
 * Writes the "Báo cáo" sheet from the report plan, replacing an earlier one, in one sync; refused,
 * with the errors as reasons, while the check finds any. Only the report sheet is written: the
 * standard sheet and its entered figures are never touched.
 */
export async function makeReportIn(
  context: NarrowContext,
  reading: WorkbookReading,
  template: Template,
  report: CheckReport,
  options: { lang: Lang; details: ReportDetails; can: Capabilities & { plotHidden: boolean } },
): Promise<ReportResult> {
  const reasons = blockingFindings(report.findings);
  const planned = buildReportPlan(template, report, { lang: options.lang, details: options.details });
  if (reasons.length > 0 || !planned.ok) return { ok: false, reasons };
  const { plan } = planned;

  const worksheets = context.workbook.worksheets;
  // Only a report this add-in wrote (it carries the marker) is replaced: a clerk's own sheet of
  // that name, or a sheet holding figures or the add-in's stores, is kept and the report takes `(2)`.
  const kept = new Set([
    ...reading.standard.map((found) => found.sheet.name.toLocaleLowerCase()),
    STORE_SHEET_NAME.toLocaleLowerCase(),
    SEAL_SHEET_NAME.toLocaleLowerCase(),
  ]);
  const earlier = earlierReport(reading.sheets, plan.sheetName, kept);
  const names = reading.sheets.map((sheet) => sheet.name);
  const name = earlier?.name ?? freeSheetName(plan.sheetName, names);
  // The new report is written in full before the earlier one goes: a batch that stops half-way
  // leaves the earlier report, or the complete new one under its temporary name.
  const written = earlier ? freeSheetName(`~${name}`.slice(0, 27), names) : name;

  const sheet = worksheets.add(written);
  queueReport(sheet, plan, options.can.plotHidden);
  queueMarker(sheet, plan);
  const notes: Localized[] = [];
  if (options.can.pageLayout) queuePrint(sheet, plan);
  else notes.push(message('report-layout-unsupported'));
  if (plan.chart && !options.can.plotHidden) notes.push(chartDataPrinted(plan));
  sheet.activate();
  if (earlier) {
    worksheets.getItem(earlier.name).delete();
    sheet.name = name;
  }
  try {
    await context.sync();
  } catch (error) {
    throw await afterFailedReport(context, { name, written, replaced: earlier !== undefined }, error);
  }
  return { ok: true, sheetName: name, notes };
}

/**
 * What a failed report batch left, told plainly: Excel keeps the operations before the failing
 * one, so the workbook is probed and an unfinished new sheet removed. The standard sheet and its
 * figures are never part of the batch.
 */
async function afterFailedReport(
  context: NarrowContext,
  sheets: { name: string; written: string; replaced: boolean },
  error: unknown,
): Promise<ExcelActionError> {
  const reason = explainExcelError(error);
  const fail = (key: 'report-failed-kept' | 'report-failed-renamed' | 'report-failed-unknown') =>
    new ExcelActionError(
      key,
      messageWithReason(key, { sheet: sheets.name, temporary: sheets.written }, reason),
      error,
    );
  try {
    const worksheets = context.workbook.worksheets;
    const earlier = worksheets.getItemOrNullObject(sheets.name);
    const written = worksheets.getItemOrNullObject(sheets.written);
    await context.sync();
    // Complete, only its name is left: the earlier report is already gone, so it is kept.
    if (sheets.replaced && earlier.isNullObject && !written.isNullObject)
      return fail('report-failed-renamed');
    // A name taken meanwhile is someone else's sheet, never removed.
    if (!written.isNullObject && excelErrorCode(error) !== 'ItemAlreadyExists') {
      written.delete();
      await context.sync();
    }
    return fail('report-failed-kept');
  } catch {
    return fail('report-failed-unknown');
  }
}

/**
 * Written in a hidden cell right of the report, outside its print area: the sign that the sheet is
 * the add-in's own report, the only kind "Lập báo cáo" may replace. The same in both languages.
 */
export const REPORT_MARKER = 'Chỉ tiêu Nghị quyết: báo cáo / report';

/** The column of the marker: the first one right of everything the plan writes. */
function markerColumn(plan: ReportPlan): number {
  return Math.max(plan.columnWidths.length, ...plan.hiddenColumns) + 1;
}

function queueMarker(sheet: NarrowWorksheet, plan: ReportPlan): void {
  const letters = columnLetters(markerColumn(plan));
  sheet.getRange(`${letters}1`).values = [[REPORT_MARKER]];
  sheet.getRange(`${letters}:${letters}`).columnHidden = true;
}

/** The add-in's earlier report under the plan's name or one of its `(n)` names, the exact name first. */
function earlierReport(
  sheets: readonly SheetGrid[],
  base: string,
  kept: ReadonlySet<string>,
): SheetGrid | undefined {
  const lower = base.toLocaleLowerCase();
  const ours = sheets.filter((sheet) => {
    const name = sheet.name.toLocaleLowerCase();
    const named =
      name === lower || (name.startsWith(`${lower} (`) && /^ \(\d+\)$/.test(name.slice(lower.length)));
    return named && !kept.has(name) && sheet.values.some((line) => line.includes(REPORT_MARKER));
  });
  return ours.find((sheet) => sheet.name.toLocaleLowerCase() === lower) ?? ours[0];
}

/**
 * The chart's numbers sit in hidden columns. An Excel that cannot be told to plot hidden cells
 * (before ExcelApi 1.8) must keep them shown, or the chart is empty; it also has no print area
 * (ExcelApi 1.9), so they would print: the clerk is told (chartDataPrinted).
 */
function queueReport(sheet: NarrowWorksheet, plan: ReportPlan, plotHidden: boolean): void {
  queueLaidOutCells(sheet, plan);
  for (const column of plotHidden ? plan.hiddenColumns : []) {
    const letters = columnLetters(column);
    sheet.getRange(`${letters}:${letters}`).columnHidden = true;
  }
  const { chart } = plan;
  if (!chart) return;
  // The bars are the % of target; the 100% mark is a second series drawn as a line (ExcelApi 1.7).
  const drawn = sheet.charts.add('ColumnClustered', sheet.getRange(chart.values), 'Columns');
  if (plotHidden) drawn.plotVisibleOnly = false;
  drawn.title.text = chart.title;
  drawn.legend.position = 'Bottom';
  const bars = drawn.series.getItemAt(0);
  bars.name = chart.seriesNames.values;
  bars.setXAxisValues(sheet.getRange(chart.labels));
  const line = drawn.series.add(chart.seriesNames.line);
  line.setValues(sheet.getRange(chart.line));
  line.setXAxisValues(sheet.getRange(chart.labels));
  line.chartType = 'Line';
  drawn.setPosition(
    `A${chart.anchor.fromRow}`,
    `${columnLetters(chart.anchor.toColumn)}${chart.anchor.toRow}`,
  );
}

/** Which columns the chart's numbers take, and the print area that leaves them out. */
function chartDataPrinted(plan: ReportPlan): Localized {
  const first = columnLetters(Math.min(...plan.hiddenColumns));
  const last = columnLetters(Math.max(...plan.hiddenColumns));
  return message('report-chart-data-printed', {
    columns: first === last ? first : `${first}–${last}`,
    printArea: plan.printArea,
  });
}

/** Portrait A4, one page wide, the plan's print area and page breaks: ExcelApi 1.9. */
function queuePrint(sheet: NarrowWorksheet, plan: ReportPlan): void {
  const { pageLayout } = sheet;
  pageLayout.orientation = 'Portrait';
  pageLayout.paperSize = 'A4';
  pageLayout.zoom = { horizontalFitToPages: 1 };
  pageLayout.centerHorizontally = true;
  pageLayout.leftMargin = MARGINS.left;
  pageLayout.rightMargin = MARGINS.right;
  pageLayout.topMargin = MARGINS.top;
  pageLayout.bottomMargin = MARGINS.bottom;
  pageLayout.headerMargin = MARGINS.header;
  pageLayout.footerMargin = MARGINS.footer;
  pageLayout.setPrintArea(plan.printArea);
  // The plan gives the row after which a page ends; Excel's break goes before the given row.
  for (const row of plan.pageBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
