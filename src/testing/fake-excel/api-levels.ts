import { FakeExcelError } from './errors';

/**
 * Which ExcelApi requirement set each member the fake models needs, as the Office.js reference
 * (and @types/office-js's `[Api set: ExcelApi x]`) gives it. Members not listed are ExcelApi 1.1.
 * A workbook made at a lower level refuses the member with `ApiNotFound`, as Excel does, so a call
 * the adapter makes without asking `isSetSupported` first fails the tests that run at that level.
 */
export const EXCEL_API_MEMBERS = {
  'Worksheet.visibility (set)': '1.2',
  'Worksheet.protection': '1.2',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.horizontalPageBreaks': '1.9',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetProtection.protect (password)': '1.7',
  'WorksheetProtection.unprotect (password)': '1.7',
  'Range.getUsedRangeOrNullObject': '1.4',
  'Range.columnHidden': '1.2',
  'Range.merge': '1.2',
  'Range.unmerge': '1.2',
  'Range.conditionalFormats': '1.6',
  'Range.dataValidation': '1.8',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.rowHeight': '1.2',
  'RangeFormat.protection': '1.2',
  'Chart.plotVisibleOnly': '1.8',
  'ChartSeriesCollection.add': '1.7',
  'ChartSeries.chartType': '1.7',
  'ChartSeries.setValues': '1.7',
  'ChartSeries.setXAxisValues': '1.7',
} as const;

export type ExcelApiMember = keyof typeof EXCEL_API_MEMBERS;

/** An ExcelApi version such as `1.7` or `1.10`, compared by its parts, not as a decimal. */
export type ApiLevel = `1.${number}`;

function minor(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`"${version}" is not an ExcelApi version such as 1.7.`);
  return Number(match[1]);
}

export function atLeast(level: ApiLevel, version: string): boolean {
  return minor(level) >= minor(version);
}

/** The newest set the table names: what a fake made without a level supports. */
export const NEWEST_API_LEVEL = Object.values(EXCEL_API_MEMBERS).reduce<ApiLevel>(
  (newest, version) => (minor(version) > minor(newest) ? version : newest),
  '1.1',
);

export function apiNotFound(member: ExcelApiMember, level: ApiLevel): FakeExcelError {
  return new FakeExcelError(
    'ApiNotFound',
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. ` +
      `(${member} needs ExcelApi ${EXCEL_API_MEMBERS[member]}; this Excel has ${level}.)`,
  );
}

/** Checks a level given to the fake, so that a typo fails loudly instead of comparing wrongly. */
export function apiLevel(level: string): ApiLevel {
  minor(level);
  return level as ApiLevel;
}
