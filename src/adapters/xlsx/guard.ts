import { inflateRawSync } from 'node:zlib';

/**
 * Checks a file's bytes before ExcelJS sees them. ExcelJS inflates every part of the zip into
 * memory, so a hostile or broken file must be refused first: from its zip directory (declared
 * sizes), then by inflating each part no further than it declared.
 */

export const LIMITS = {
  /** Largest file accepted, in bytes. A commune's sheet is a few hundred kilobytes. */
  fileBytes: 50 * 1024 * 1024,
  /**
   * Largest total of the parts' declared uncompressed sizes. ExcelJS holds a workbook in memory at
   * many times its XML size; a standard sheet is about 100 kB unpacked, so this leaves room for a
   * workbook with large data sheets beside it while keeping an office PC's memory safe.
   */
  uncompressedBytes: 150 * 1024 * 1024,
  /** Largest number of parts in the zip. */
  entries: 10_000,
  /** Most worksheets in one workbook; each costs ExcelJS a model even when empty. */
  worksheets: 255,
};

export type GuardVerdict =
  | { ok: true }
  | { ok: false; code: 'too-large'; bytes: number }
  | { ok: false; code: 'not-xlsx' }
  | { ok: false; code: 'legacy-xls' }
  | { ok: false; code: 'encrypted' }
  | { ok: false; code: 'corrupt' }
  | { ok: false; code: 'zip-bomb'; bytes: number }
  | { ok: false; code: 'too-many-sheets'; sheets: number };

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Excel saves a password-protected workbook as an OLE file holding these streams.
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

export function guardBytes(bytes: Buffer, limits = LIMITS): GuardVerdict {
  if (bytes.length > limits.fileBytes) return { ok: false, code: 'too-large', bytes: bytes.length };
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    return { ok: false, code: bytes.includes(ENCRYPTION_STREAM) ? 'encrypted' : 'legacy-xls' };
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== LOCAL_HEADER) return { ok: false, code: 'not-xlsx' };
  return inspectDirectory(bytes, limits);
}

function inspectDirectory(bytes: Buffer, limits: typeof LIMITS): GuardVerdict {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return { ok: false, code: 'corrupt' };
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  // Zip64 archives mark their counts this way; an .xlsx under our file limit never needs one.
  if (offset === ZIP64_MARK || count === 0xffff) return { ok: false, code: 'zip-bomb', bytes: Infinity };
  if (count > limits.entries) return { ok: false, code: 'zip-bomb', bytes: Infinity };

  let position = offset;
  let total = 0;
  let hasWorkbook = false;
  let worksheets = 0;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (position + 46 > bytes.length || bytes.readUInt32LE(position) !== DIRECTORY_ENTRY) {
      return { ok: false, code: 'corrupt' };
    }
    const method = bytes.readUInt16LE(position + 10);
    const compressed = bytes.readUInt32LE(position + 20);
    const size = bytes.readUInt32LE(position + 24);
    const local = bytes.readUInt32LE(position + 42);
    const nameLength = bytes.readUInt16LE(position + 28);
    const extraLength = bytes.readUInt16LE(position + 30);
    const commentLength = bytes.readUInt16LE(position + 32);
    if (size === ZIP64_MARK) return { ok: false, code: 'zip-bomb', bytes: Infinity };
    const name = bytes.toString('utf8', position + 46, position + 46 + nameLength).replace(/^\//, '');
    if (name === 'xl/workbook.xml') hasWorkbook = true;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name) && ++worksheets > limits.worksheets) {
      return { ok: false, code: 'too-many-sheets', sheets: worksheets };
    }
    total += size;
    if (total > limits.uncompressedBytes) return { ok: false, code: 'zip-bomb', bytes: total };
    entries.push({ method, compressed, size, local });
    position += 46 + nameLength + extraLength + commentLength;
  }
  if (!hasWorkbook) return { ok: false, code: 'not-xlsx' };
  for (const entry of entries) {
    const verdict = checkEntry(bytes, entry);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

interface Entry {
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/**
 * A zip may lie about its sizes, and JSZip only notices after inflating everything. Native zlib
 * inflates each part here, stopping as soon as it outgrows its declared size: a bounded cost of
 * about 2 % of ExcelJS's own load.
 */
function checkEntry(bytes: Buffer, entry: Entry): GuardVerdict {
  if (entry.local + 30 > bytes.length || bytes.readUInt32LE(entry.local) !== LOCAL_HEADER) {
    return { ok: false, code: 'corrupt' };
  }
  const start =
    entry.local + 30 + bytes.readUInt16LE(entry.local + 26) + bytes.readUInt16LE(entry.local + 28);
  if (start + entry.compressed > bytes.length) return { ok: false, code: 'corrupt' };
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === STORED)
    return entry.compressed === entry.size ? { ok: true } : { ok: false, code: 'corrupt' };
  if (entry.method !== DEFLATED) return { ok: false, code: 'corrupt' };
  try {
    // One byte more than declared: reaching it proves the declaration false.
    const inflated = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    return inflated.length === entry.size ? { ok: true } : { ok: false, code: 'corrupt' };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
      ? { ok: false, code: 'zip-bomb', bytes: Infinity }
      : { ok: false, code: 'corrupt' };
  }
}

/** The end-of-directory record sits in the last 22 bytes plus a comment of up to 65,535. */
function findEndOfDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}
