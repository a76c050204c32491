export { appendixTexts, buildResultsReport, shownValue } from './results-report';
export { documentHeader, issuingBody, parseReportDate } from './header';
export type { AppendixRow, DocumentHeader, Paragraph, ReportDetails, ResultsReport } from './types';
