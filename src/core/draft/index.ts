export { draftTemplate, type DraftOptions, type DraftResult } from './draft';
