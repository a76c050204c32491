import type { Localized } from '../../core/i18n/localized';
import { isPercentFormat } from '../../core/numbers';
import { splitSheet } from './a1';
import { ExcelActionError } from './errors';
import type { NarrowContext, NarrowRange } from './excel-api';
import { message } from './messages';
import { writeUnlocked, type SheetLock } from './protection';

/** A figure stored as text, with the number the check read from it (the task pane's TextFigure). */
export interface TextFigure {
  indicatorId: string;
  /** `'Chỉ tiêu 2023'!H12`. */
  cell: string;
  /** The text the check saw; a cell that no longer holds it is left alone. */
  text: string;
  /** Percent indicators in percent units (8.67 for `8,67%`). */
  value: number;
  percent: boolean;
  /** The number format the sheet plan gives the figure's cell (`0.00%` for a percent indicator). */
  numberFormat: string;
}

export interface ConversionResult {
  converted: string[];
  skipped: { cell: string; message: Localized }[];
}

/**
 * The number to write: a percent figure is a fraction (8,67% is 0.0867), any other the number as
 * read. Rounded to 15 significant digits, so 8.67/100 is 0.0867, not 0.08670000000000001.
 */
export function storedNumber(figure: TextFigure, numberFormat: string): number {
  const number = figure.percent || isPercentFormat(numberFormat) ? figure.value / 100 : figure.value;
  return Number(number.toPrecision(15));
}

/**
 * A percent figure's cell whose format was lost (a paste from outside leaves `General`) gets the
 * planned % format back with the fraction, or the next check would read 0.961 as 0,961%.
 */
function formatToSet(figure: TextFigure, numberFormat: string): string | undefined {
  return figure.percent && !isPercentFormat(numberFormat) ? figure.numberFormat : undefined;
}

/**
 * The one action that changes entered values, and only when the clerk asks: writes the numbers
 * of figures stored as text. Cells changed since the check are skipped and named. Two syncs
 * whatever the number of figures and sheets: read, then write.
 */
export async function convertTextFiguresIn(
  context: NarrowContext,
  figures: readonly TextFigure[],
): Promise<ConversionResult> {
  const bySheet = new Map<string, TextFigure[]>();
  for (const figure of figures) {
    const { sheet } = splitSheet(figure.cell);
    if (!sheet) throw new ExcelActionError('bad-address', message('bad-address', { address: figure.cell }));
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), figure]);
  }
  const reads = [...bySheet].map(([sheetName, list]) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const protection = context.workbook.worksheets.getItem(sheetName).protection;
    protection.load('protected');
    const ranges = list.map((figure) =>
      sheet
        .getRange(splitSheet(figure.cell).local)
        .load(['values', 'formulas', 'valueTypes', 'numberFormat']),
    );
    return { sheetName, list, protection, ranges };
  });
  await context.sync();

  const result: ConversionResult = { converted: [], skipped: [] };
  const writes: { range: NarrowRange; figure: TextFigure; number: number; format?: string }[] = [];
  const locks: SheetLock[] = [];
  for (const { sheetName, list, protection, ranges } of reads) {
    const before = writes.length;
    list.forEach((figure, i) => {
      const range = ranges[i];
      const unchanged =
        range.valueTypes[0][0] === 'String' &&
        range.values[0][0] === figure.text &&
        range.formulas[0][0] === figure.text;
      const numberFormat = String(range.numberFormat[0][0]);
      if (unchanged)
        writes.push({
          range,
          figure,
          number: storedNumber(figure, numberFormat),
          format: formatToSet(figure, numberFormat),
        });
      else
        result.skipped.push({
          cell: figure.cell,
          message: message('changed-since-check', { cell: figure.cell }),
        });
    });
    if (writes.length > before) locks.push({ sheetName, wasProtected: protection.protected });
  }
  if (writes.length === 0) return result;
  await writeUnlocked(context, locks, () => {
    for (const { range, number, format } of writes) {
      if (format) range.numberFormat = [[format]];
      range.values = [[number]];
    }
  });
  result.converted.push(...writes.map(({ figure }) => figure.cell));
  return result;
}
