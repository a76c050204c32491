export { sealFigures, verifySeal } from './seal';
export { decodeSealRows, encodeSealRows, sealFor, SEAL_SHEET_NAME, withSeal } from './store';
export { SEAL_FORMAT } from './types';
export type { Hasher, SealOutcome, SealRecord, SealState, SealStatus } from './types';
