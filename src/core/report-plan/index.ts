export { indicatorTables, sealWords, summaryTable } from './batch-table';
export type { PlainTable, TableCell } from './batch-table';
export type * from './batch-types';
export { buildReportPlan } from './report';
export type { ReportPlanOutcome } from './report';
export type { ChartPoint, ReportPlan } from './report-types';
export { headlineLines, headlineOf, reportHeadline } from './headline';
export type { Headline } from './headline';
