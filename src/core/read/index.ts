export { cellAddress, cellText, columnLetters, parseCell, rawText } from './grid';
export type { GridCell, GridSheet } from './grid';
export { headerColumns, locateTable, periodCellOf, type LocatedTable } from './locate';
export { withReaderFindings } from './merge';
export { readPeriod } from './period';
export { sheetShapeOf, yearWords, type HeaderWords, type SheetShape, type TableColumn } from './shape';
export { findStandardSheets, readStandardSheet, type SheetReading, type LocatedSheet } from './snapshot';
