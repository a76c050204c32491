export { writePlan } from './write';
export {
  readWorkbook,
  type ReadProblem,
  type ReadProblemCode,
  type StandardSheet,
  type WorkbookReading,
} from './read';
export { LIMITS } from './guard';
export { writeReportSheet } from './report-sheet';
export { injectChart } from './chart-inject';
export { summaryWorkbookBytes, writeSummaryWorkbook } from './report-summary';
export { nodeSha256, readSeals } from './seal-store';
export { putSealSheet } from './seal-zip';
export {
  readAuthoringBytes,
  readAuthoringFile,
  writeAuthoringPlan,
  type AuthoringFileReading,
} from './authoring';
