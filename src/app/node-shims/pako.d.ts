// pako (JSZip's inflater) ships no types; only what src/app/node-shims/zlib.ts uses.
declare module 'pako' {
  export class Inflate {
    constructor(options: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    push(data: Uint8Array, last: boolean): boolean;
    err: number;
    msg: string;
  }
}
