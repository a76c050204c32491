import type ExcelJS from 'exceljs';
import type { GridCell, GridSheet } from '../../core/read';
import { readCell } from './cell-value';

/** An ExcelJS worksheet as the core reader's neutral grid; nothing is copied or created. */
export function gridOf(sheet: ExcelJS.Worksheet): GridSheet {
  return {
    name: sheet.name,
    *rows() {
      // Only rows that exist: a stray cell far down must not make us walk a million empty rows.
      const numbers: number[] = [];
      sheet.eachRow((row) => numbers.push(row.number));
      yield* numbers;
    },
    *cellsOf(row) {
      const cells: (readonly [number, GridCell])[] = [];
      sheet.findRow(row)?.eachCell((cell, column) => cells.push([column, gridCell(cell)]));
      yield* cells;
    },
    cell(row, column) {
      const cell = row >= 1 && column >= 1 ? sheet.findCell(row, column) : undefined;
      return cell && gridCell(cell);
    },
  };
}

function gridCell(cell: ExcelJS.Cell): GridCell {
  const { raw, formula } = readCell(cell);
  const grid: GridCell = { raw };
  if (cell.numFmt) grid.numberFormat = cell.numFmt;
  if (formula) grid.formula = formula;
  return grid;
}
