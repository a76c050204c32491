export { checkFigures } from './check-figures';
export { blockingFindings, textFigureCells } from './blocking';
export { convertibleResults } from './convertible';
export { judge, percentOfTarget, isLowerBetter } from '../verdict';
export type { JudgedIndicator } from '../verdict';
export { targetText } from './target-text';
export { FINDING_CODES, SEVERITY } from './finding-codes';
export type { FindingCode } from './finding-codes';
export type * from './types';
