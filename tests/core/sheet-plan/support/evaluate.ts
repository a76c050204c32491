import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { PlannedCell, SheetPlan } from '../../../../src/core/sheet-plan/types';
import { useExcelRound } from './excel-round';

useExcelRound();

/** A value a clerk may leave in an input cell. */
export type CellInput = number | string | boolean | null | { formula: string };

function position(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  const col = [...match[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

function raw(cell: PlannedCell): RawCellContent {
  const { content } = cell;
  if (content.kind === 'formula') return content.formula;
  if (content.kind === 'number') return content.value;
  // The apostrophe keeps a text such as `=HYPERLINK(...)` a text, as the adapters write it.
  if (content.kind === 'text') return `'${content.text}`;
  return null;
}

function input(value: CellInput): RawCellContent {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return `'${value}`;
  return value.formula;
}

/**
 * The plan's sheet in HyperFormula: cells as planned, then inputs set cell by cell, formulas read
 * back. Text comparison and ROUND as in Excel: case-insensitive, accent-sensitive, rounding the
 * 15-digit decimal form (see excel-round.ts).
 */
export class PlanSheet {
  private readonly hf: HyperFormula;

  constructor(plan: SheetPlan) {
    const grid: RawCellContent[][] = [];
    for (const cell of plan.cells) {
      const { row, col } = position(cell.address);
      while (grid.length <= row) grid.push([]);
      grid[row][col] = raw(cell);
    }
    this.hf = HyperFormula.buildFromArray(grid, {
      licenseKey: 'gpl-v3',
      caseSensitive: false,
      accentSensitive: true,
    });
  }

  /** Sets several cells at once (one recalculation). */
  set(values: Record<string, CellInput>): void {
    this.hf.batch(() => {
      for (const [address, value] of Object.entries(values)) {
        this.hf.setCellContents({ sheet: 0, ...position(address) }, input(value));
      }
    });
  }

  value(address: string): unknown {
    return this.hf.getCellValue({ sheet: 0, ...position(address) });
  }

  destroy(): void {
    this.hf.destroy();
  }
}
