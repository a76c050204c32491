import type { EnteredFigure, Finding, FiguresSnapshot } from '../check/types';
import { baselineEntered } from '../template/entered-baseline';
import type { Indicator, Template } from '../template/types';
import { cellAddress, cellText, type GridCell, type GridSheet } from './grid';
import { locateTable, type LocatedTable } from './locate';
import { readPeriod } from './period';
import { sheetShapeOf, type SheetShape } from './shape';

/** A standard sheet found in a workbook: its template, where its table stands, the plan's shape. */
export interface LocatedSheet {
  template: Template;
  sheet: GridSheet;
  table: LocatedTable;
  shape: SheetShape;
}

/** What the reader gives `checkFigures`: the same from the add-in and from the command line. */
export interface SheetReading {
  template: Template;
  sheetName: string;
  table: LocatedTable;
  snapshot: FiguresSnapshot;
  /** What the reader itself noticed (the period cell); the check adds its own. */
  findings: Finding[];
}

/**
 * Every standard sheet of the given templates among `sheets`, template by template, each in the
 * order the sheets are given. A template's sheet is found by its table, never by its name.
 */
export function findStandardSheets(
  sheets: readonly GridSheet[],
  templates: readonly Template[],
): LocatedSheet[] {
  const found: LocatedSheet[] = [];
  for (const template of templates) {
    const shape = sheetShapeOf(template);
    const ids = new Set(template.indicators.map((indicator) => indicator.id));
    for (const sheet of sheets) {
      const table = locateTable(sheet, shape.words, ids);
      if (table) found.push({ template, sheet, table, shape });
    }
  }
  return found;
}

// `General` says nothing, and an .xlsx cell without a format is General too: both adapters give the same snapshot.
const saysSomething = (format: string | undefined): format is string =>
  Boolean(format) && format !== 'General';

/** The figures of a standard sheet as they stand, and what the reader noticed. */
export function readStandardSheet({ template, sheet, table, shape }: LocatedSheet): SheetReading {
  const at = (row: number, column: number): GridCell => sheet.cell(row, column) ?? { raw: null };
  const { columns } = table;
  const figureAt = (indicator: Indicator, row: number): EnteredFigure => {
    const indicatorId = indicator.id;
    const input = at(row, columns.value);
    const figure: EnteredFigure = {
      indicatorId,
      address: cellAddress(sheet.name, row, columns.value),
      raw: input.raw,
    };
    if (saysSomething(input.numberFormat)) figure.numberFormat = input.numberFormat;
    if (input.formula) figure.formula = input.formula;
    if (columns.target !== undefined) {
      const target = at(row, columns.target);
      figure.targetInSheet = target.raw;
      if (saysSomething(target.numberFormat)) figure.targetNumberFormat = target.numberFormat;
      figure.targetAddress = cellAddress(sheet.name, row, columns.target);
    }
    const explanation = columns.explanation === undefined ? '' : cellText(sheet, row, columns.explanation);
    if (explanation) figure.explanation = explanation;
    if (columns.estimate !== undefined) {
      const estimate = at(row, columns.estimate);
      figure.estimate = { raw: estimate.raw, address: cellAddress(sheet.name, row, columns.estimate) };
      if (saysSomething(estimate.numberFormat)) figure.estimate.numberFormat = estimate.numberFormat;
    }
    // Last year's figure is the clerk's only where the template gives none; else it is the template's own.
    if (columns.baseline !== undefined && baselineEntered(indicator)) {
      const baseline = at(row, columns.baseline);
      if (baseline.raw !== null) {
        figure.baseline = { raw: baseline.raw, address: cellAddress(sheet.name, row, columns.baseline) };
        if (saysSomething(baseline.numberFormat)) figure.baseline.numberFormat = baseline.numberFormat;
      }
    }
    return figure;
  };
  const figures: EnteredFigure[] = [];
  const missingRows: string[] = [];
  for (const indicator of template.indicators) {
    const rows = table.rows.get(indicator.id) ?? [];
    if (rows.length === 0) missingRows.push(indicator.id);
    // A repeated row goes to the check like any other, which reports it (`duplicate-row`).
    for (const row of rows) figures.push(figureAt(indicator, row));
  }
  const { period, findings } = readPeriod(sheet, table.headerRow, shape.layouts[0]);
  const snapshot: FiguresSnapshot = { period, figures };
  if (missingRows.length > 0) snapshot.missingRows = missingRows;
  return { template, sheetName: sheet.name, table, snapshot, findings };
}
