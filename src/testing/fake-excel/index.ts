/**
 * An in-memory Excel for tests and the browser preview: a FakeWorkbook (state) driven through
 * the same narrow API the Office.js adapter uses (src/adapters/excel/excel-api.ts), at a chosen
 * ExcelApi level.
 */
export { EXCEL_API_MEMBERS, NEWEST_API_LEVEL, type ApiLevel, type ExcelApiMember } from './api-levels';
export { interpretEntry, type Border, type FakeCell } from './cell';
export { FakeContext, fakeRun } from './context';
export { FakeExcelError, type FakeErrorCode } from './errors';
export { FakeSheet, type FakeChart, type FakeChartSeries } from './sheet';
export { FakeWorkbook, type FakeWorkbookOptions, type Recalculate } from './workbook';
