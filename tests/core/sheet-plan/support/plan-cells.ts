import type { PlannedCell, SheetPlan } from '../../../../src/core/sheet-plan/types';

export function cellAt(plan: SheetPlan, address: string): PlannedCell | undefined {
  return plan.cells.find((cell) => cell.address === address);
}

/** The text a cell shows as planned: its text, or the cached result of a formula (title, headers). */
export function textAt(plan: SheetPlan, address: string): string | undefined {
  const content = cellAt(plan, address)?.content;
  if (content?.kind === 'formula') return content.result;
  return content?.kind === 'text' ? content.text : undefined;
}

/** Every cell address of `A1`, `A1:B3` style ranges. */
export function expand(range: string): string[] {
  const [from, to = from] = range.split(':');
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return { col: m[1].charCodeAt(0), row: Number(m[2]) };
  };
  const a = parse(from);
  const b = parse(to);
  const cells: string[] = [];
  for (let row = a.row; row <= b.row; row++) {
    for (let col = a.col; col <= b.col; col++) cells.push(`${String.fromCharCode(col)}${row}`);
  }
  return cells;
}
