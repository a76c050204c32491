import ExcelJS from 'exceljs';
import type { ReportPlan } from '../../core/report-plan';
import { writeLaidOutCells } from './write';

/** Applies a report plan as a new sheet: portrait A4, one page wide, the plan's print area. */
export function writeReportSheet(workbook: ExcelJS.Workbook, plan: ReportPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: plan.printArea,
      // Party documents: 20–25 mm left, 15–20 mm right, 20–25 mm top and bottom.
      margins: { left: 0.9, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
  });
  writeLaidOutCells(sheet, plan);
  plan.hiddenColumns.forEach((index) => {
    sheet.getColumn(index).hidden = true;
  });
  plan.pageBreaks.forEach((row) => sheet.getRow(row).addPageBreak());
  return sheet;
}
