export { parseFigure } from './parse-figure';
export type { FigureIndicator } from './parse-figure';
export { formatNumber } from './format';
export { isPercentFormat } from './number-format';
export { roundHalfAway } from './round';
export type { Expected, FigureProblem, FigureReading, FigureWarning, UnreadableReason } from './types';
