export { writePlan } from './write';
export {
  readWorkbook,
  type ReadProblem,
  type ReadProblemCode,
  type StandardSheet,
  type WorkbookReading,
} from './read';
export { LIMITS } from './guard';
