import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readWorkbook } from '../../src/adapters/xlsx';
import { inflateRawSync as pageInflateRawSync } from '../../src/app/node-shims/zlib';
import { createHash as pageCreateHash } from '../../src/app/node-shims/crypto';
import {
  authoringBytes,
  checkFileBytes,
  headlines,
  reportWordBytes,
  reportXlsxBytes,
  standardSheetBytes,
  summaryBytes,
} from '../../src/app/files';
import { COLUMN_OF } from '../../src/core/authoring';
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
  // Another commune's clean file, so that the summary adds two communes' figures.
  const other = { ...hungTan, issuer: 'Đảng bộ xã Hưng Lộc' };
  await fs.writeFile(path.join(work.dir, 'other.json'), JSON.stringify(other));
  expect((await runCli(['template', '--template', 'other.json', '--out', 'other.xlsx'], work.dir)).code).toBe(
    0,
  );
  await editWorkbook(path.join(work.dir, 'other.xlsx'), ({ input }) => {
    input('gia-tri-san-xuat').value = 190.25;
    input('dang-vien-moi').value = 5;
  });
  expect(
    (await runCli(['draft', '--template', 'hung-tan-2023', '--out', 'khai-bao.xlsx'], work.dir)).code,
  ).toBe(0);
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

/** Every cell's value of every sheet, by sheet name: what a person reading the workbook sees. */
async function contents(bytes: Uint8Array | Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = (row.values as unknown[]).slice(1);
    });
    sheets[sheet.name] = rows;
  });
  return sheets;
}

describe('the consolidated summary', () => {
  test.each(['vi', 'en'] as const)(
    'is the workbook check --summary writes for the same files (%s)',
    async (lang) => {
      const names = ['typical.xlsx', 'clean.xlsx', 'other.xlsx', 'notes.xlsx'];
      const cli = await runCli(
        ['check', '--lang', lang, '--summary', `tong-hop-${lang}.xlsx`, ...names],
        work.dir,
      );
      expect(cli.stderr).toBe('');
      const checked = [];
      for (const name of names) checked.push(await checkFileBytes(name, await bytesOf(name), lang));
      const page = await contents(await summaryBytes(checked, lang));
      const written = await contents(await fs.readFile(path.join(work.dir, `tong-hop-${lang}.xlsx`)));
      expect(page).toEqual(written);
    },
  );

  test('has one row per commune and adds up the cumulative figures', async () => {
    const names = ['clean.xlsx', 'other.xlsx', 'notes.xlsx'];
    const checked = [];
    for (const name of names) checked.push(await checkFileBytes(name, await bytesOf(name), 'vi'));
    const sheets = await contents(await summaryBytes(checked, 'vi'));
    const overview = sheets['Tổng hợp'];
    expect(overview[2]).toEqual(expect.arrayContaining(['STT', 'Tệp', 'Đơn vị', 'Vượt', 'Lỗi']));
    // One row per file below the header, the unreadable one saying why.
    const rows = overview.slice(3).filter((row) => row !== undefined && row.length > 0);
    expect(rows.map((row) => row[1])).toEqual(names);
    expect(rows.slice(0, 2).map((row) => row[2])).toEqual([hungTan.issuer, 'Đảng bộ xã Hưng Lộc']);
    expect(String(rows[2].at(-1))).toMatch(/^Không đọc được: /);
    // The production value is cumulative: the consolidation totals the two communes' figures.
    const production = Object.entries(sheets).find(([, table]) =>
      String(table[0]?.[0] ?? '').startsWith('gia-tri-san-xuat — '),
    );
    expect(production).toBeDefined();
    const flat = production![1].flat();
    expect(flat).toEqual(expect.arrayContaining([210, 190.25]));
    const consolidation = Object.values(sheets).flat(2);
    expect(consolidation).toContain(400.25);
  });
});

describe('the authoring sheet of a chosen file', () => {
  test('gives the template `template --template KHAI-BAO.xlsx` gives', async () => {
    const cli = await runCli(['template', '--template', 'khai-bao.xlsx', '--json'], work.dir);
    expect(cli.code).toBe(0);
    const read = await authoringBytes(await bytesOf('khai-bao.xlsx'), 'vi');
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(read.sheetName).toBe('Khai báo chỉ tiêu');
    expect(read.template).toEqual(JSON.parse(cli.stdout));
    expect(read.template.indicators.map((each) => each.id)).toEqual(
      hungTan.indicators.map((each) => each.id),
    );
  });

  test.each(['vi', 'en'] as const)('refuses a sheet with errors, naming each cell (%s)', async (lang) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work.dir, 'khai-bao.xlsx'));
    const sheet = workbook.getWorksheet('Khai báo chỉ tiêu')!;
    let row = 0;
    sheet.eachRow((each, number) => {
      if (row === 0 && each.getCell(1).value === hungTan.indicators[0].id) row = number;
    });
    expect(row).toBeGreaterThan(0);
    sheet.getCell(`${COLUMN_OF.type}${row}`).value = 'Chữ';
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    await fs.writeFile(path.join(work.dir, 'khai-bao-loi.xlsx'), broken);

    const cli = await runCli(['template', '--template', 'khai-bao-loi.xlsx', '--lang', lang], work.dir);
    expect(cli.code).not.toBe(0);
    const read = await authoringBytes(await bytesOf('khai-bao-loi.xlsx'), lang);
    if (read.ok) throw new Error('a sheet with errors was accepted');
    const cell = `${COLUMN_OF.type}${row}`;
    expect(read.findings?.map((finding) => finding.cell)).toContain(cell);
    const messages = read.findings!.map((finding) => finding.message[lang]);
    expect(messages.some((message) => message.startsWith(lang === 'vi' ? `Ô ${cell}` : `Cell ${cell}`))).toBe(
      true,
    );
    for (const message of messages) expect(cli.stderr).toContain(message);
  });

  test('says why a file that is no workbook cannot be read', async () => {
    const read = await authoringBytes(await bytesOf('notes.xlsx'), 'vi');
    expect(read).toMatchObject({ ok: false, findings: null });
    if (read.ok) return;
    expect(read.reason).toMatch(/xlsx/);
  });
});
