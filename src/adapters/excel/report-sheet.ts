import type { CheckReport, Finding } from '../../core/check/types';
import type { Lang, Localized } from '../../core/i18n/localized';
import { buildReportPlan, type ReportPlan } from '../../core/report-plan';
import { SEAL_SHEET_NAME } from '../../core/seal';
import { STORE_SHEET_NAME } from '../../core/sheet-plan';
import type { Template } from '../../core/template/types';
import { columnLetters } from './a1';
import { queueCells, queueStyles, widthInPoints, type Capabilities } from './apply-plan';
import type { NarrowContext, NarrowWorksheet } from './excel-api';
import { freeSheetName } from './insert-sheet';
import { message } from './messages';
import type { WorkbookReading } from './read-snapshot';

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
  options: { lang: Lang; date: Date; can: Capabilities & { plotHidden: boolean } },
): Promise<ReportResult> {
  const reasons = report.findings.filter((finding) => finding.severity === 'error');
  const planned = buildReportPlan(template, report, { lang: options.lang, date: options.date });
  if (reasons.length > 0 || !planned.ok) return { ok: false, reasons };
  const { plan } = planned;

  const worksheets = context.workbook.worksheets;
  // A sheet of that name that holds figures or the add-in's stores is kept; the report takes `(2)`.
  const kept = new Set([
    ...reading.standard.map((found) => found.table.sheet.name.toLocaleLowerCase()),
    STORE_SHEET_NAME.toLocaleLowerCase(),
    SEAL_SHEET_NAME.toLocaleLowerCase(),
  ]);
  const earlier = reading.sheets.find(
    (sheet) => sheet.name.toLocaleLowerCase() === plan.sheetName.toLocaleLowerCase(),
  );
  let name = plan.sheetName;
  if (earlier && !kept.has(earlier.name.toLocaleLowerCase())) worksheets.getItem(earlier.name).delete();
  else if (earlier)
    name = freeSheetName(
      plan.sheetName,
      reading.sheets.map((sheet) => sheet.name),
    );

  const sheet = worksheets.add(name);
  queueReport(sheet, plan, options.can.plotHidden);
  const notes: Localized[] = [];
  if (options.can.pageLayout) queuePrint(sheet, plan);
  else notes.push(message('report-layout-unsupported'));
  sheet.activate();
  await context.sync();
  return { ok: true, sheetName: name, notes };
}

/**
 * The chart's numbers sit in columns hidden from print; an Excel that cannot be told to plot
 * hidden cells (before ExcelApi 1.8) keeps them shown, outside the print area, or the chart is empty.
 */
function queueReport(sheet: NarrowWorksheet, plan: ReportPlan, plotHidden: boolean): void {
  plan.columnWidths.forEach((width, i) => {
    const letters = columnLetters(i + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(width);
  });
  for (const { row, height } of plan.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  queueCells(sheet, plan.cells);
  queueStyles(sheet, plan.cells);
  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
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
