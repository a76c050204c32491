import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

/** Node's `createHash('sha256')` as the xlsx adapter's seal store calls it, for the web page. */
export function createHash(algorithm: 'sha256') {
  if (algorithm !== 'sha256') throw new Error(`Unsupported hash ${algorithm}`);
  let text = '';
  const hash = {
    update(more: string) {
      text += more;
      return hash;
    },
    digest: () => bytesToHex(sha256(new TextEncoder().encode(text))),
  };
  return hash;
}
