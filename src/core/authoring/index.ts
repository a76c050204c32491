export { buildAuthoringPlan, type AuthoringPlan } from './plan';
export {
  contentOf,
  emptyContent,
  nextYearContent,
  nextYearFromReport,
  type AuthoringContent,
  type AuthoringValue,
} from './content';
export { readAuthoringSheet, type AuthoringReading } from './read';
export type { AuthoringFinding } from './findings';
export type { Grid, GridCell } from './grid';
export { AUTHORING_SHEET_NAME, HEADERS, DOCUMENT_LABELS, COLUMN_OF, HEADER_ROW } from './layout';
