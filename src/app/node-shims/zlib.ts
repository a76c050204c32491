import { Inflate } from 'pako';

/**
 * The one call the xlsx adapter's guard makes of Node's zlib (src/adapters/xlsx/guard.ts), for the
 * web page: pako inflates chunk by chunk and stops as soon as the output passes the limit, so a
 * part that lies about its size is never inflated whole in the clerk's browser either.
 */
export function inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array {
  const inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  const chunks: Uint8Array[] = [];
  let length = 0;
  inflater.onData = (chunk: Uint8Array) => {
    length += chunk.length;
    if (length > options.maxOutputLength) throw tooLarge();
    chunks.push(chunk);
  };
  inflater.push(data, true);
  if (inflater.err) throw new Error(inflater.msg || 'inflate failed');
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// The code Node gives the same refusal, which the guard tells apart from a broken part.
function tooLarge(): Error {
  return Object.assign(new Error('Cannot create a Buffer larger than the limit'), {
    code: 'ERR_BUFFER_TOO_LARGE',
  });
}
