import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { guardBytes, LIMITS } from '../../../src/adapters/xlsx/guard';

async function smallXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('A').getCell('A1').value = 1;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An OLE compound file header, as Excel writes for .xls and for password-protected workbooks. */
function oleFile(streamName?: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(2048);
  if (streamName) Buffer.from(streamName, 'utf16le').copy(body, 1024);
  return Buffer.concat([header, body]);
}

/**
 * A workbook-shaped zip whose sheet declares 2 GB once unpacked, as a real bomb does (building
 * the 2 GB for real would take the test minutes; the guard reads only the declaration).
 */
async function zipBomb(declared = 0x7fffffff): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook/>');
  zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(1024 * 1024));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const entry = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
  bytes.writeUInt32LE(declared, entry + 24);
  return bytes;
}

describe('guardBytes', () => {
  it('accepts a real workbook', async () => {
    expect(guardBytes(await smallXlsx())).toEqual({ ok: true });
  });

  it('tells a password-protected workbook from an old .xls file', () => {
    expect(guardBytes(oleFile('EncryptionInfo'))).toMatchObject({ ok: false, code: 'encrypted' });
    expect(guardBytes(oleFile('Workbook'))).toMatchObject({ ok: false, code: 'legacy-xls' });
  });

  it('refuses text, a zip that is not a workbook, and a truncated workbook', async () => {
    expect(guardBytes(Buffer.from('Mã,Thực hiện 2023\n'))).toMatchObject({ code: 'not-xlsx' });
    const zip = new JSZip();
    zip.file('word/document.xml', '<w/>');
    expect(guardBytes(await zip.generateAsync({ type: 'nodebuffer' }))).toMatchObject({ code: 'not-xlsx' });
    const whole = await smallXlsx();
    expect(guardBytes(whole.subarray(0, whole.length - 200))).toMatchObject({ code: 'corrupt' });
  });

  it('refuses a zip bomb from its declared sizes alone, quickly', async () => {
    const bomb = await zipBomb();
    const started = Date.now();
    expect(guardBytes(bomb)).toMatchObject({ ok: false, code: 'zip-bomb' });
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('refuses a zip that declares less than it holds, before anything inflates it all', async () => {
    expect(guardBytes(await zipBomb(1000))).toMatchObject({ ok: false, code: 'zip-bomb' });
  });

  it('refuses a part whose compressed data is damaged', async () => {
    const bytes = await smallXlsx();
    const entry = bytes.indexOf(Buffer.from('xl/worksheets/sheet1.xml'));
    const start = entry + 'xl/worksheets/sheet1.xml'.length + bytes.readUInt16LE(entry - 2);
    bytes.fill(0xff, start, start + 40);
    expect(guardBytes(bytes)).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('refuses a file over the size limit', () => {
    expect(guardBytes(Buffer.alloc(1024), { ...LIMITS, fileBytes: 1000 })).toMatchObject({
      code: 'too-large',
      bytes: 1024,
    });
  });

  it('refuses a workbook with more worksheets than the limit, from its directory alone', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    for (let i = 1; i <= LIMITS.worksheets + 1; i++) zip.file(`xl/worksheets/sheet${i}.xml`, '<worksheet/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    expect(guardBytes(bytes)).toMatchObject({ ok: false, code: 'too-many-sheets' });
  });
});
