import { constants, crc32, deflateRawSync } from 'node:zlib';
import { readWorkbook } from '../../src/adapters/xlsx';
import { expectClearMessage } from '../corpus/support/standard';

interface Part {
  name: string;
  /** Raw-deflated data. */
  data: Buffer;
  /** Size once inflated, as the zip declares it. */
  size: number;
  crc: number;
}

/** A zip written field by field, so a test can state sizes that are true or lies. */
function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    directory.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

function small(name: string, text: string): Part {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

const MB = 1024 * 1024;

/**
 * A sheet part that truly inflates to `megabytes` of zeros from about a thousandth of that:
 * one megabyte deflated once (ending on a byte boundary, not final), repeated, then closed.
 */
function zeros(megabytes: number): Part {
  const block = Buffer.alloc(MB);
  const chunk = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array<Buffer>(megabytes).fill(chunk), deflateRawSync(Buffer.alloc(0))]);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(block, crc);
  return { name: 'xl/worksheets/sheet1.xml', data, size: megabytes * MB, crc };
}

function workbookParts(): Part[] {
  return [
    small(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    small(
      'xl/workbook.xml',
      '<workbook><sheets><sheet name="Chỉ tiêu 2023" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  ];
}

/** Reads the file and measures what it cost: time, and growth of the heap and of the process. */
async function measuredRead(bytes: Buffer) {
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const reading = await readWorkbook(bytes);
  const milliseconds = performance.now() - started;
  const after = process.memoryUsage();
  return {
    reading,
    milliseconds,
    heapGrowth: after.heapUsed - before.heapUsed,
    rssGrowth: after.rss - before.rss,
  };
}

describe('an .xlsx zip bomb is refused within a second, with little memory', () => {
  // 2 GB is the most a 32-bit zip field can declare honestly.
  const bombs: [string, () => Buffer][] = [
    ['a sheet that truly inflates to 2 GB (file of 2 MB)', () => zipOf([...workbookParts(), zeros(2047)])],
    [
      'a sheet that declares 100 KB and holds 200 MB',
      () => zipOf([...workbookParts(), { ...zeros(200), size: 100 * 1024 }]),
    ],
    [
      'twenty parts of 20 MB each, over the 300 MB total',
      () =>
        zipOf([
          ...workbookParts(),
          ...Array.from({ length: 20 }, (_, i) => ({
            ...zeros(20),
            name: `xl/worksheets/sheet${i + 1}.xml`,
          })),
        ]),
    ],
  ];

  it.each(bombs)('%s', async (_, make) => {
    const bytes = make();
    const { reading, milliseconds, heapGrowth, rssGrowth } = await measuredRead(bytes);
    expect(reading).toMatchObject({ ok: false, problem: { code: 'zip-bomb' } });
    if (!reading.ok) expectClearMessage(reading.problem.message);
    process.stdout.write(
      `zip bomb refused in ${milliseconds.toFixed(0)} ms; heap +${(heapGrowth / MB).toFixed(1)} MB, RSS +${(rssGrowth / MB).toFixed(1)} MB\n`,
    );
    expect(milliseconds).toBeLessThan(1000);
    // Inflating even one bomb part would cost hundreds of megabytes.
    expect(heapGrowth).toBeLessThan(32 * MB);
    expect(rssGrowth).toBeLessThan(64 * MB);
  });
});
