import ExcelJS from 'exceljs';
import { writePlan } from '../../../src/adapters/xlsx';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import type { SheetPlan } from '../../../src/core/sheet-plan/types';
import type { Period, Template } from '../../../src/core/template/types';
import { readFormulaResults, type FormulaResult } from '../../../scripts/libreoffice/xlsx-results';

/** What a clerk puts in one indicator's row: the figure as the cell holds it, and an explanation. */
export interface Entry {
  /** A number as Excel stores it (a percent cell holds the fraction), a text, or null for empty. */
  value: number | string | null;
  /** The estimate for the year (Ước cả năm), as the cell holds it. */
  estimate?: number | string | null;
  /** Last year's figure (`Thực hiện <năm trước>`), where the clerk enters it. */
  baseline?: number | string | null;
  explanation?: string;
}

/**
 * Writes the standard sheet of `template` with the xlsx adapter, then fills it as a clerk would:
 * the period chosen in its drop-down, figures typed into the yellow cells.
 */
export async function writeFilledWorkbook(
  template: Template,
  period: Period,
  entries: ReadonlyMap<string, Entry>,
  file: string,
): Promise<SheetPlan> {
  const plan = buildSheetPlan(template, { period });
  const workbook = new ExcelJS.Workbook();
  const sheet = await writePlan(workbook, plan);
  const { layout } = plan;
  sheet.getCell(layout.periodCell).value = layout.periodLabels[period];
  for (const { indicatorId, row } of layout.rows) {
    const entry = entries.get(indicatorId);
    if (!entry) continue;
    sheet.getCell(`${layout.columns.value}${row}`).value = entry.value;
    if (entry.estimate !== undefined)
      sheet.getCell(`${layout.columns.estimate}${row}`).value = entry.estimate;
    if (entry.baseline !== undefined)
      sheet.getCell(`${layout.columns.baseline}${row}`).value = entry.baseline;
    if (entry.explanation) sheet.getCell(`${layout.columns.explanation}${row}`).value = entry.explanation;
  }
  await workbook.xlsx.writeFile(file);
  return plan;
}

/** What LibreOffice computed in one indicator's row. */
export interface ComputedRow {
  verdict: FormulaResult;
  percent: FormulaResult;
}

/** Reads the formula results LibreOffice saved, by indicator id. */
export async function readComputedRows(file: string, plan: SheetPlan): Promise<Map<string, ComputedRow>> {
  const results = await readFormulaResults(file, plan.sheetName);
  const { columns } = plan.layout;
  // A cell the plan left without a formula (no % for a rating) is empty.
  const at = (address: string) => results.get(address) ?? '';
  return new Map(
    plan.layout.rows.map(({ indicatorId, row }) => [
      indicatorId,
      { verdict: at(`${columns.verdict}${row}`), percent: at(`${columns.percent}${row}`) },
    ]),
  );
}
