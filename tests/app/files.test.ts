import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readWorkbook } from '../../src/adapters/xlsx';
import { inflateRawSync as pageInflateRawSync } from '../../src/app/node-shims/zlib';
import { createHash as pageCreateHash } from '../../src/app/node-shims/crypto';
import {
  checkFileBytes,
  headlines,
  reportWordBytes,
  reportXlsxBytes,
  standardSheetBytes,
} from '../../src/app/files';
import { createHash } from 'node:crypto';
import { editWorkbook, fillTypical, hungTan, runCli, tempDir } from '../cli/support';

/**
 * The web page's file module (src/app/files.ts) gives what the command line gives: the same
 * standard sheet, the same `check --json` report for the same file, the same refusals.
 */

let work: ReturnType<typeof tempDir>;
const bytesOf = async (name: string) => {
  const buffer = await fs.readFile(path.join(work.dir, name));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
};

beforeAll(async () => {
  work = tempDir();
  expect((await runCli(['template', '--out', 'typical.xlsx'], work.dir)).code).toBe(0);
  expect((await runCli(['template', '--out', 'clean.xlsx'], work.dir)).code).toBe(0);
  await editWorkbook(path.join(work.dir, 'typical.xlsx'), fillTypical);
  await editWorkbook(path.join(work.dir, 'clean.xlsx'), ({ input }) => {
    input('gia-tri-san-xuat').value = 210;
    input('dang-vien-moi').value = 8;
  });
  await fs.writeFile(path.join(work.dir, 'notes.xlsx'), 'not a workbook');
  expect((await runCli(['seal', 'clean.xlsx'], work.dir)).code).toBe(0);
}, 60_000);

afterAll(() => work.cleanup());

test.each(['vi', 'en'] as const)('checks each file as check --json does (%s)', async (lang) => {
  const names = ['typical.xlsx', 'clean.xlsx', 'notes.xlsx'];
  const cli = await runCli(['check', '--json', '--lang', lang, ...names], work.dir);
  const page = [];
  for (const name of names) {
    const checked = await checkFileBytes(name, await bytesOf(name), lang);
    page.push(...(checked.failure ? [checked.failure] : checked.sheets.map((sheet) => sheet.json)));
  }
  expect(page).toEqual(JSON.parse(cli.stdout));
  // The clean file was sealed by the CLI, and the page verifies the seal to the same bytes.
  expect(page[1]).toMatchObject({ seal: { status: 'unchanged' } });
  expect(page[2]).toMatchObject({ error: { code: 'not-xlsx' } });
});

test('gives the headline of the results report and refuses a report while errors remain', async () => {
  const typical = (await checkFileBytes('typical.xlsx', await bytesOf('typical.xlsx'), 'vi')).sheets[0];
  expect(typical.errors.length).toBeGreaterThan(0);
  expect(await reportXlsxBytes(typical, {}, 'vi')).toBeNull();
  expect(await reportWordBytes(typical, {}, 'vi')).toBeNull();

  const clean = (await checkFileBytes('clean.xlsx', await bytesOf('clean.xlsx'), 'vi')).sheets[0];
  expect(headlines(clean, 'vi')[0]).toMatch(/^Đạt và vượt \d+\/\d+ chỉ tiêu chủ yếu\.$/);
  const report = await reportXlsxBytes(clean, { signerName: 'Nguyễn Văn A' }, 'vi');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(report!) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Báo cáo')!;
  const words: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => words.push(String(cell.value))));
  expect(words).toContain('Nguyễn Văn A');
  expect((await reportWordBytes(clean, {}, 'vi'))!.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
});

test('makes the standard sheet the CLI makes, for each period', async () => {
  for (const period of ['6-thang', '9-thang', 'nam'] as const) {
    const file = path.join(work.dir, `made-${period}.xlsx`);
    await fs.writeFile(file, await standardSheetBytes(hungTan, period, 'vi'));
    const reading = await readWorkbook(file);
    if (!reading.ok) throw new Error(reading.problem.message.en);
    expect(reading.sheets[0].template).toEqual(hungTan);
    expect(reading.sheets[0].snapshot.period).toBe(period);
    expect(reading.sheets[0].findings).toEqual([]);
  }
});

describe('the browser stand-ins for the adapter’s Node built-ins', () => {
  const part = Buffer.alloc(200_000, 'chỉ tiêu ');
  const deflated = deflateRawSync(part);

  it('inflate as zlib does, and stop past the declared size with zlib’s code', () => {
    expect(Buffer.from(pageInflateRawSync(deflated, { maxOutputLength: part.length + 1 }))).toEqual(
      inflateRawSync(deflated, { maxOutputLength: part.length + 1 }),
    );
    const stop = (inflate: typeof pageInflateRawSync) => {
      try {
        inflate(deflated, { maxOutputLength: 1000 });
        return 'inflated';
      } catch (error) {
        return (error as NodeJS.ErrnoException).code;
      }
    };
    expect(stop(pageInflateRawSync)).toBe('ERR_BUFFER_TOO_LARGE');
    expect(stop(inflateRawSync)).toBe('ERR_BUFFER_TOO_LARGE');
    expect(() =>
      pageInflateRawSync(Buffer.from('not deflate data at all'), { maxOutputLength: 100 }),
    ).toThrow();
  });

  it('hash as Node’s crypto does, so a seal verifies the same', () => {
    const text = 'Tỷ lệ hộ nghèo\t0,57%';
    expect(pageCreateHash('sha256').update(text).digest()).toBe(
      createHash('sha256').update(text, 'utf8').digest('hex'),
    );
  });
});
