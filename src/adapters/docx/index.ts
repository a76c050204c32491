export { reportDocument, reportDocxBytes } from './report-docx';
