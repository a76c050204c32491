export { judge, judgeYear } from './judge';
export type { Figure, JudgedIndicator } from './judge';
export { percentOfTarget } from './percent';
export { isLowerBetter, targetNumber, slipReference } from './target';
export { STATUSES, STATUS_STYLE, isReached, isShortfall } from './status';
export type { Shortfall, Shown, Status, StatusStyle, Tone } from './status';
