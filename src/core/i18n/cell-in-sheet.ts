/**
 * The cell part of an address, `G13` for `'Chỉ tiêu 2023'!G13`. A message names the sheet once, in
 * the heading over its findings (the CLI's per-sheet heading, the pane's one sheet), never again
 * in each line. The cell part never holds `!`, so the last one ends even a sheet name that has one.
 */
export function cellInSheet(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}
