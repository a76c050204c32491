export {
  appendixTexts,
  buildResultsReport,
  documentHeader,
  issuingBody,
  parseReportDate,
  shownValue,
} from './results-report';
export type { AppendixRow, DocumentHeader, Paragraph, ReportDetails, ResultsReport } from './types';
