import { parseRange } from '../../adapters/excel/a1';
import type { NarrowPageBreakCollection, NarrowPageLayout } from '../../adapters/excel/excel-api';
import { FakeExcelError } from './errors';
import { notLoaded, writeOnly, type Requests } from './request';
import type { FakeSheet } from './sheet';

/** A sheet's print setup (ExcelApi 1.9): write-only, as the adapter never reads it back. */
export function pageLayoutProxy(context: Requests, sheet: () => FakeSheet): NarrowPageLayout {
  const layout = (change: (sheet: FakeSheet) => void) => context.enqueue(() => change(sheet()));
  const base = {
    get orientation(): string {
      throw notLoaded('orientation');
    },
    set orientation(orientation: string) {
      layout((sheet) => (sheet.pageLayout.orientation = orientation));
    },
    get paperSize(): string {
      throw notLoaded('paperSize');
    },
    set paperSize(paperSize: string) {
      layout((sheet) => (sheet.pageLayout.paperSize = paperSize));
    },
    get zoom(): NarrowPageLayout['zoom'] {
      throw notLoaded('zoom');
    },
    set zoom(zoom: NarrowPageLayout['zoom']) {
      layout((sheet) => (sheet.pageLayout.zoom = { ...zoom }));
    },
    setPrintTitleRows: (rows: string) => layout((sheet) => (sheet.pageLayout.printTitleRows = rows)),
    setPrintArea: (area: string) => layout((sheet) => (sheet.pageLayout.printArea = area)),
  };
  return writeOnly(
    {
      centerHorizontally: (center: boolean) =>
        layout((sheet) => (sheet.pageLayout.centerHorizontally = center)),
      leftMargin: (points: number) => layout((sheet) => margin(sheet, 'left', points)),
      rightMargin: (points: number) => layout((sheet) => margin(sheet, 'right', points)),
      topMargin: (points: number) => layout((sheet) => margin(sheet, 'top', points)),
      bottomMargin: (points: number) => layout((sheet) => margin(sheet, 'bottom', points)),
      headerMargin: (points: number) => layout((sheet) => margin(sheet, 'header', points)),
      footerMargin: (points: number) => layout((sheet) => margin(sheet, 'footer', points)),
    },
    base,
  );
}

/** `worksheet.horizontalPageBreaks` (ExcelApi 1.9): a break before the address's first row. */
export function pageBreaksProxy(context: Requests, sheet: () => FakeSheet): NarrowPageBreakCollection {
  return {
    add: (address: string) =>
      context.enqueue(() => {
        const range = parseRange(address);
        if (!range) throw new FakeExcelError('InvalidArgument', `${address} is not a range address.`);
        sheet().pageBreaks.push(range.top);
      }),
  };
}

function margin(
  sheet: FakeSheet,
  side: keyof NonNullable<FakeSheet['pageLayout']['margins']>,
  points: number,
) {
  sheet.pageLayout.margins = { ...sheet.pageLayout.margins, [side]: points };
}
