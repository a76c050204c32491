import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { parseRange } from '../../adapters/excel/a1';
import type { FakeCell, FakeSheet, FakeWorkbook } from '../../testing/fake-excel';
import { useExcelRound } from './excel-round';
import { shiftReferences } from './shift-references';

/**
 * Excel's calculation for the browser preview, by HyperFormula (GPLv3, a devDependency: it is
 * bundled only into the preview page, never into the add-in). After each change of the fake
 * workbook every formula cell gets its result, and every conditional format is evaluated for
 * each cell of its range.
 */

export interface Look {
  fill?: string;
  fontColor?: string;
}

const cellKey = (row: number, column: number) => `${row}:${column}`;

function raw(cell: FakeCell): RawCellContent {
  if (cell.formula !== undefined) return cell.formula;
  // The apostrophe keeps a text a text: HyperFormula would read `57.000.000` or `8,67%` as it likes.
  if (typeof cell.value === 'string') return cell.value === '' ? null : `'${cell.value}`;
  return cell.value;
}

function grid(sheet: FakeSheet): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const { row, column, cell } of sheet.entries()) {
    while (rows.length < row) rows.push([]);
    rows[row - 1][column - 1] = raw(cell);
  }
  return rows;
}

function truthy(result: unknown): boolean {
  return result === true || (typeof result === 'number' && result !== 0);
}

export class Calculator {
  /** Conditional-format looks by sheet name, then by `row:column`, after the last recalculation. */
  private looks = new Map<string, Map<string, Look>>();

  constructor() {
    useExcelRound();
  }

  look(sheet: string, row: number, column: number): Look | undefined {
    return this.looks.get(sheet)?.get(cellKey(row, column));
  }

  readonly recalculate = (workbook: FakeWorkbook): void => {
    const engine = HyperFormula.buildFromSheets(
      Object.fromEntries(workbook.sheets.map((sheet) => [sheet.name, grid(sheet)])),
      { licenseKey: 'gpl-v3', caseSensitive: false, accentSensitive: true },
    );
    try {
      for (const sheet of workbook.sheets) {
        const id = engine.getSheetId(sheet.name) as number;
        for (const { row, column, cell } of sheet.entries()) {
          if (cell.formula === undefined) continue;
          store(cell, engine.getCellValue({ sheet: id, row: row - 1, col: column - 1 }));
        }
      }
      this.looks = new Map(workbook.sheets.map((sheet) => [sheet.name, conditionalLooks(engine, sheet)]));
    } finally {
      engine.destroy();
    }
  };
}

function store(cell: FakeCell, result: unknown): void {
  if (result instanceof DetailedCellError) {
    cell.value = result.value;
    cell.isError = true;
    return;
  }
  delete cell.isError;
  cell.value = result === null || result === undefined ? '' : (result as string | number | boolean);
}

/** The first rule that holds for a cell gives its look, as Excel's rule priority does. */
function conditionalLooks(engine: HyperFormula, sheet: FakeSheet): Map<string, Look> {
  const looks = new Map<string, Look>();
  const id = engine.getSheetId(sheet.name) as number;
  // A rule anchored on a column (`=$K12="..."`) gives the same formula across a row: one evaluation.
  const results = new Map<string, boolean>();
  for (const rule of sheet.conditionalFormats) {
    const range = parseRange(rule.range);
    if (!range || !rule.formula) continue;
    const formula = rule.formula.startsWith('=') ? rule.formula : `=${rule.formula}`;
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) {
        const key = cellKey(row, column);
        if (looks.has(key)) continue;
        const shifted = shiftReferences(formula, row - range.top, column - range.left);
        let holds = results.get(shifted);
        if (holds === undefined) {
          holds = truthy(engine.calculateFormula(shifted, id));
          results.set(shifted, holds);
        }
        if (holds) looks.set(key, { fill: rule.fill, fontColor: rule.fontColor });
      }
    }
  }
  return looks;
}
