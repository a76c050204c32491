/**
 * An in-memory Excel for tests and the browser preview: a FakeWorkbook (state) driven through
 * the same narrow API the Office.js adapter uses (src/adapters/excel/excel-api.ts).
 */
export { FakeContext, fakeRun } from './context';
export { FakeExcelError, type FakeErrorCode } from './errors';
export {
  FakeSheet,
  FakeWorkbook,
  interpretEntry,
  type Border,
  type FakeChart,
  type FakeChartSeries,
  type FakeCell,
  type Recalculate,
} from './workbook';
