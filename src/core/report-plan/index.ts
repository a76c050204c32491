export { indicatorTables, sealWords, summaryTable } from './batch-table';
export type { PlainTable, TableCell } from './batch-table';
export type * from './batch-types';
