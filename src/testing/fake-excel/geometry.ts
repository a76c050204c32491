import { qualify, type RangeRef } from '../../adapters/excel/a1';
import type { FakeSheet } from './sheet';

/** Excel quotes a sheet name in an address only when it must. */
export function qualifiedAddress(sheet: string, local: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${local}` : qualify(sheet, local);
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: RangeRef, inner: RangeRef | undefined): boolean {
  return (
    !!inner &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function removeMerges(sheet: FakeSheet, range: RangeRef): void {
  const kept = sheet.merges.filter((merge) => !overlaps(merge, range));
  sheet.merges.splice(0, sheet.merges.length, ...kept);
}
