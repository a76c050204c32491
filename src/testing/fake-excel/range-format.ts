import type { RangeRef } from '../../adapters/excel/a1';
import type { BorderIndex, NarrowRangeBorder, NarrowRangeFormat } from '../../adapters/excel/excel-api';
import type { FakeCell } from './cell';
import { writeOnly, type Requests } from './request';
import type { FakeSheet, RangeChange } from './sheet';

/** `range.format`: fill, font, borders, alignment, sizes and the cells' lock, all write-only. */
export function rangeFormat(context: Requests, change: RangeChange): NarrowRangeFormat {
  const set = (apply: (cell: FakeCell) => void) => change('formats', forCells(apply));
  const border = (index: BorderIndex): NarrowRangeBorder => {
    const setBorder = (part: Partial<Record<'style' | 'weight' | 'color', string>>) =>
      change('formats', (sheet, range) => sheet.setBorder(range, index, part));
    return writeOnly({
      style: (style) => setBorder({ style }),
      weight: (weight) => setBorder({ weight }),
      color: (color) => setBorder({ color }),
    });
  };
  const parts = {
    fill: writeOnly(
      { color: (color: string) => set((cell) => (cell.fill = color)) },
      { clear: () => set((cell) => delete cell.fill) },
    ),
    font: writeOnly({
      name: (name: string) => set((cell) => (cell.font.name = name)),
      size: (size: number) => set((cell) => (cell.font.size = size)),
      bold: (bold: boolean) => set((cell) => (cell.font.bold = bold)),
      italic: (italic: boolean) => set((cell) => (cell.font.italic = italic)),
      underline: (underline: string) => set((cell) => (cell.font.underline = underline)),
      color: (color: string) => set((cell) => (cell.font.color = color)),
    }),
    borders: { getItem: border },
    protection: writeOnly({
      locked: (locked: boolean) => {
        context.requireApi('RangeFormat.protection');
        change(
          'structure',
          forCells((cell) => (cell.locked = locked)),
        );
      },
    }),
  };
  return writeOnly(
    {
      horizontalAlignment: (horizontal: string) => set((cell) => (cell.horizontal = horizontal)),
      verticalAlignment: (vertical: string) => set((cell) => (cell.vertical = vertical)),
      wrapText: (wrap: boolean) => set((cell) => (cell.wrap = wrap)),
      columnWidth: (width: number) => {
        context.requireApi('RangeFormat.columnWidth');
        change('columns', (sheet, range) => {
          for (let column = range.left; column <= range.right; column++)
            sheet.columnWidths.set(column, width);
        });
      },
      rowHeight: (height: number) => {
        context.requireApi('RangeFormat.rowHeight');
        change('rows', (sheet, range) => {
          for (let row = range.top; row <= range.bottom; row++) sheet.rowHeights.set(row, height);
        });
      },
    },
    parts,
  ) as NarrowRangeFormat;
}

function forCells(apply: (cell: FakeCell) => void): (sheet: FakeSheet, range: RangeRef) => void {
  return (sheet, range) => {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) apply(sheet.ensureCell(row, column));
    }
  };
}
