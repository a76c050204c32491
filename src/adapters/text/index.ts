export { MAX_RESOLUTION_BYTES, readResolutionText, type ResolutionText } from './resolution-text';
