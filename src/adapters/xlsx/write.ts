import type ExcelJS from 'exceljs';
import type {
  CellStyle,
  PlannedCell,
  PlannedConditionalFormat,
  PlannedValidation,
  SheetPlan,
} from '../../core/sheet-plan/types';
import { cellsOf } from './addresses';

/**
 * Applies a sheet plan to an ExcelJS workbook: the standard sheet, then the very hidden sheet
 * that stores the template. Layout decisions belong to the plan; this only translates them.
 */
/** What every planned sheet has (the standard, authoring and report sheets). */
export interface LaidOutCells {
  cells: readonly PlannedCell[];
  merges: readonly string[];
  columnWidths: readonly number[];
  rowHeights: readonly { row: number; height: number }[];
}

/** Writes a plan's cells with their styles, merges, column widths and row heights. */
export function writeLaidOutCells(sheet: ExcelJS.Worksheet, plan: LaidOutCells): void {
  plan.cells.forEach((cell) => writeCell(sheet, cell));
  plan.merges.forEach((range) => sheet.mergeCells(range));
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  plan.rowHeights.forEach(({ row, height }) => {
    sheet.getRow(row).height = height;
  });
}

export async function writePlan(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<ExcelJS.Worksheet> {
  const sheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: plan.frozenRows, activeCell: 'A1' }],
  });
  writeLaidOutCells(sheet, plan);
  plan.conditionalFormats.forEach((format) => writeConditionalFormat(sheet, format));
  plan.validations.forEach((validation) => writeValidation(sheet, validation));
  plan.unlockedRanges.forEach((range) => {
    for (const address of cellsOf(range)) {
      const cell = sheet.getCell(address);
      // A fresh style object: ExcelJS shares one between merged cells.
      cell.style = { ...cell.style, protection: { locked: false } };
    }
  });
  const { first, last } = plan.print.titleRows;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: plan.print.orientation,
    fitToPage: true,
    fitToWidth: plan.print.fitToWidth,
    fitToHeight: plan.print.fitToHeight,
    printTitlesRow: `${first}:${last}`,
  };
  await sheet.protect(plan.protection.password ?? '', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const store = workbook.addWorksheet(plan.store.sheetName, { state: 'veryHidden' });
  plan.store.cells.forEach((cell) => writeCell(store, cell));
  return sheet;
}

export function writeCell(sheet: ExcelJS.Worksheet, planned: PlannedCell): void {
  const cell = sheet.getCell(planned.address);
  const { content } = planned;
  // ExcelJS never reads a plain string as a formula, so a text starting with `=` stays text.
  if (content.kind === 'text') cell.value = content.text;
  else if (content.kind === 'number') cell.value = content.value;
  else if (content.kind === 'formula') {
    const formula = content.formula.replace(/^=/, '');
    cell.value = content.result === undefined ? { formula } : { formula, result: content.result };
  }
  if (planned.style) cell.style = toExcelStyle(planned.style);
}

function argb(colour: string): string {
  return `FF${colour.replace(/^#/, '').toUpperCase()}`;
}

const VERTICAL = { top: 'top', middle: 'middle', bottom: 'bottom' } as const;

function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.font) {
    const { color, ...font } = style.font;
    result.font = { ...font, ...(color ? { color: { argb: argb(color) } } : {}) };
  }
  if (style.fill) result.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.horizontal || style.vertical || style.wrap) {
    result.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: VERTICAL[style.vertical] } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.border === 'thin') {
    const thin = { style: 'thin' as const };
    result.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numberFormat) result.numFmt = style.numberFormat;
  return result;
}

function writeConditionalFormat(sheet: ExcelJS.Worksheet, format: PlannedConditionalFormat): void {
  sheet.addConditionalFormatting({
    ref: format.range,
    rules: [
      {
        type: 'expression',
        priority: 0, // ExcelJS numbers the rules in order when it writes them
        formulae: [format.formula.replace(/^=/, '')],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.fill) } },
          ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
        },
      },
    ],
  });
}

/** A planned validation on its cells; `errorStyle` 'warning' lets the clerk keep another entry. */
export function writeValidation(
  sheet: ExcelJS.Worksheet,
  planned: PlannedValidation,
  errorStyle: 'stop' | 'warning' = 'stop',
): void {
  const messages = {
    showInputMessage: true,
    promptTitle: planned.prompt.title,
    prompt: planned.prompt.message,
    showErrorMessage: true,
    errorStyle,
    errorTitle: planned.error.title,
    error: planned.error.message,
  };
  const validation: ExcelJS.DataValidation = { ...messages, ...toValidationRule(planned.rule) };
  for (const address of cellsOf(planned.address)) sheet.getCell(address).dataValidation = validation;
}

// Excel needs bounds for a number rule; these stand for "no bound" on that side.
const NO_BOUND = 9.99e307;

export function toValidationRule(
  rule: PlannedValidation['rule'],
): Pick<ExcelJS.DataValidation, 'type' | 'allowBlank' | 'formulae' | 'operator'> {
  if (rule.kind === 'list') {
    if (rule.source) return { type: 'list', allowBlank: true, formulae: [rule.source] };
    return { type: 'list', allowBlank: true, formulae: [`"${rule.items.join(',')}"`] };
  }
  if (rule.kind === 'textLength')
    return { type: 'textLength', allowBlank: true, operator: 'lessThanOrEqual', formulae: [rule.max] };
  return {
    type: rule.kind,
    allowBlank: true,
    operator: 'between',
    formulae: [rule.min ?? -NO_BOUND, rule.max ?? NO_BOUND],
  };
}
