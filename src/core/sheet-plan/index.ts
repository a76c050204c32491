export { buildSheetPlan } from './build';
export { decodeTemplateStore, encodeTemplateStore, STORE_MARKER, STORE_SHEET_NAME } from './store';
export type { StoreCell, StoreDecoding } from './store';
export type * from './types';
