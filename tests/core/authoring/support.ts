import type { AuthoringPlan, Grid } from '../../../src/core/authoring';

/** The grid an adapter would hand over for a freshly written plan: every cell that holds something. */
export function gridOf(
  plan: AuthoringPlan,
  edits: Record<string, Grid['cells'][number]['value']> = {},
): Grid {
  const values = new Map<string, Grid['cells'][number]['value']>();
  for (const cell of plan.cells) {
    if (cell.content.kind === 'text') values.set(cell.address, cell.content.text);
    if (cell.content.kind === 'number') values.set(cell.address, cell.content.value);
  }
  for (const [address, value] of Object.entries(edits)) values.set(address, value);
  return { cells: [...values].map(([address, value]) => ({ address, value })) };
}
