// Older webviews, imitated in Chromium: Trident (the pane cannot run; the bootstrap says so) and
// EdgeHTML 18 (the transpiled pane runs on the polyfills, seals, and the command line agrees).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writePlan } from '../../src/adapters/xlsx';
import { buildSheetPlan } from '../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../src/templates';
import { baseUrl, openPage, openPreview, snapshot, type Session } from './support/browser';
import { addressOf, cellOf, typeInto } from './support/sheet';

const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

/**
 * What EdgeHTML 18 lacks and the pane or its libraries use, removed before any script runs:
 * the three the pane needs polyfills for, and the ES2018+ built-ins our code calls.
 */
const AS_IN_EDGE_HTML = `
  delete window.ResizeObserver;
  delete window.TextEncoder;
  delete Crypto.prototype.subtle;
  delete Object.fromEntries;
  delete Array.prototype.flat;
  delete Array.prototype.flatMap;
  delete String.prototype.trimEnd;
  window.__removed = [typeof ResizeObserver, typeof TextEncoder, typeof crypto.subtle, typeof Object.fromEntries, typeof [].flatMap];
`;

const CLI = path.resolve(__dirname, '..', '..', 'bin', 'resolution-targets.js');
const SHEET = 'Chỉ tiêu 2023';
const ACTUAL = 'Thực hiện 2023';
const FIGURES: [name: string, id: string, typed: string, stored: number | string][] = [
  ['Tổng giá trị sản xuất', 'gia-tri-san-xuat', '230', 230],
  ['Xếp loại chính quyền', 'chinh-quyen', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'],
];

describe('in Trident (Internet Explorer 11, volume-licensed Excel 2019)', () => {
  let session: Session;
  afterAll(async () => session?.close());

  it('the task pane page shows the message, loads no bundle and throws nothing', async () => {
    session = await openPage(
      `${baseUrl()}taskpane.html`,
      { width: 350, height: 900 },
      { userAgent: TRIDENT },
    );
    const { page } = session;
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Ngăn tác vụ “Chỉ tiêu Nghị quyết” không chạy được ở đây',
    );
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Internet Explorer 11');
    expect(text).toContain('Excel 2021, Excel 2024, Microsoft 365 và Excel trên web');
    expect(text).toContain(`${baseUrl()}app.html`);
    expect(text).toContain('The task pane runs in:');
    expect(session.requests.filter((url) => /taskpane\.[0-9a-f]+\.js$/.test(url))).toEqual([]);
    expect(session.requests.some((url) => /legacy-guard\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    await snapshot(page, 'legacy-01-trident-pane');
    // session.close() fails the test on any uncaught page error.
  });
});

describe('with EdgeHTML’s gaps (no ResizeObserver, TextEncoder, crypto.subtle, ES2019 built-ins)', () => {
  let session: Session;
  let work: string;
  afterAll(async () => {
    await session?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('the transpiled pane inserts, checks and seals on the polyfills, and the command line makes the same seal', async () => {
    session = await openPreview('', undefined, { userAgent: EDGE_HTML, initScript: AS_IN_EDGE_HTML });
    const { page } = session;
    await page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).click();
    await page.getByText(`Đã tạo biểu “${SHEET}”`).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed)).toEqual(
      Array(5).fill('undefined'),
    );
    // The bundle's own polyfills stand in, and the browser's Web Crypto is still absent.
    expect(
      await page.evaluate(() => [
        /native code/.test(String(window.ResizeObserver)),
        /native code/.test(String(window.TextEncoder)),
        typeof crypto.subtle,
      ]),
    ).toEqual([false, false, 'undefined']);

    const addresses: Record<string, string> = {};
    for (const [name, id, typed] of FIGURES) {
      const cell = await cellOf(page, name, ACTUAL);
      addresses[id] = await addressOf(cell);
      await typeInto(page, cell, typed);
    }
    await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
    await page.getByRole('button', { name: 'Chốt số liệu' }).click();
    const sealed = page.getByText(/^Đã chốt số liệu lúc .* \(mã [0-9a-f]{12}\)/);
    await sealed.waitFor();
    const paneCode = /\(mã ([0-9a-f]{12})\)/.exec((await sealed.textContent()) ?? '')![1];
    await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
    await page
      .getByText(/chưa thay đổi/)
      .first()
      .waitFor();
    await snapshot(page, 'legacy-02-edgehtml-sealed');

    // The same figures in a file, sealed by the command line with Node's own SHA-256.
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-legacy-'));
    const file = path.join(work, 'chi-tieu.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = await writePlan(book, buildSheetPlan(getBuiltInTemplate('hung-tan-2023')!));
    for (const [, id, , stored] of FIGURES) sheet.getCell(addresses[id]).value = stored;
    await book.xlsx.writeFile(file);
    const said = execFileSync('node', [CLI, 'seal', file], { encoding: 'utf8' });
    expect(/Mã kiểm tra: ([0-9a-f]{12})/.exec(said)?.[1]).toBe(paneCode);
    const checked = JSON.parse(execFileSync('node', [CLI, 'check', file, '--json'], { encoding: 'utf8' }));
    expect(JSON.stringify(checked)).toContain('"status":"unchanged"');
  });
});
