export { buildSheetPlan } from './build';
export { PERIOD_FALLBACK, periodFromLabel } from './period-label';
export { decodeTemplateStore, encodeTemplateStore, STORE_MARKER, STORE_SHEET_NAME } from './store';
export type { StoreCell, StoreDecoding } from './store';
export type * from './types';
