import fs from 'node:fs';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { readWorkbook } from '../../src/adapters/xlsx';
import { BUILT_IN_TEMPLATES } from '../../src/templates';
import { statusWord } from '../../src/core/i18n/status-words';
import { readFormulaResults } from '../../scripts/libreoffice/xlsx-results';
import { recalculate } from '../../scripts/libreoffice/soffice';
import type { SheetReport } from '../../src/check-json/types';
import { COLUMN_OF } from '../../src/core/authoring';
import { editWorkbook, fillTypical, hungTan, runCli, tempDir } from '../cli/support';
import { baseUrl, offMachine, openPage, snapshot, type Session } from './support/browser';

/**
 * The web page app.html in Chromium, as a clerk without the add-in uses it: make the standard
 * sheet, download it, choose two filled files and read the same verdicts and findings as
 * `resolution-targets check --json` gives for them; download the reports; nothing leaves the computer.
 */

const MAKE = 'Tải biểu chỉ tiêu (.xlsx)';
const HUNG_LOC = 'Đảng bộ xã Hưng Lộc';
let session: Session;
let work: ReturnType<typeof tempDir>;
let filled: string[];
let expected: SheetReport[];

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

beforeAll(async () => {
  work = tempDir();
  // Two communes' files, filled as clerks fill them: one with the typical slips, one clean; the
  // second commune has its own template (its own issuer), as every commune does.
  expect((await runCli(['template', '--out', 'xa-a.xlsx'], work.dir)).code).toBe(0);
  fs.writeFileSync(path.join(work.dir, 'hung-loc.json'), JSON.stringify({ ...hungTan, issuer: HUNG_LOC }));
  expect(
    (await runCli(['template', '--template', 'hung-loc.json', '--out', 'xa-b.xlsx'], work.dir)).code,
  ).toBe(0);
  await editWorkbook(path.join(work.dir, 'xa-a.xlsx'), fillTypical);
  await editWorkbook(path.join(work.dir, 'xa-b.xlsx'), ({ input }) => {
    input('gia-tri-san-xuat').value = 210;
    input('dang-vien-moi').value = 8;
    input('truong-tieu-hoc-chuan-2').value = 'Không';
  });
  filled = ['xa-a.xlsx', 'xa-b.xlsx'].map((name) => path.join(work.dir, name));
  const run = await runCli(['check', '--json', 'xa-a.xlsx', 'xa-b.xlsx'], work.dir);
  expected = JSON.parse(run.stdout) as SheetReport[];
  expect(expected).toHaveLength(2);
  session = await openPage(`${baseUrl()}app.html`, { width: 1280, height: 1000 });
  await session.page.getByRole('button', { name: MAKE }).waitFor();
});

afterAll(async () => {
  await session?.close();
  work?.cleanup();
});

test('makes the standard sheet from the built-in template, for the period chosen', async () => {
  const { page } = session;
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).selectOption({ label: '6 tháng' });
  const download = await downloadOf(page, () => page.getByRole('button', { name: MAKE }).click());
  expect(download.suggestedFilename()).toBe('chi-tieu-2023.xlsx');
  const file = path.join(work.dir, 'made.xlsx');
  await download.saveAs(file);
  const count = BUILT_IN_TEMPLATES['hung-tan-2023'].indicators.length;
  await page.getByText(`Đã tạo “chi-tieu-2023.xlsx”: ${count} chỉ tiêu`).waitFor();

  const reading = await readWorkbook(file);
  if (!reading.ok) throw new Error(reading.problem.message.en);
  expect(reading.sheets).toHaveLength(1);
  expect(reading.sheets[0].template.id).toBe('hung-tan-2023');
  expect(reading.sheets[0].snapshot.period).toBe('6-thang');
  expect(reading.sheets[0].findings).toEqual([]);

  // The very file the browser downloaded opens in LibreOffice, recalculates, and still reads back.
  const [reopened] = recalculate([file], path.join(work.dir, 'libreoffice')).outputs;
  const results = await readFormulaResults(reopened, reading.sheets[0].sheetName);
  expect([...results.values()]).toContain(statusWord('no-data', 'vi'));
  const again = await readWorkbook(reopened);
  if (!again.ok) throw new Error(again.problem.message.en);
  expect(again.sheets[0].snapshot.period).toBe('6-thang');
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).selectOption({ label: 'Năm' });
});

test('makes the standard sheet from the resolution’s pasted text, as the CLI drafts it', async () => {
  const { page } = session;
  const seed = fs.readFileSync(path.join(__dirname, '../fixtures/seed/nghi-quyet-2023-hung-tan.txt'), 'utf8');
  const drafted = await runCli(
    ['draft', '--json', path.join(__dirname, '../fixtures/seed/nghi-quyet-2023-hung-tan.txt')],
    work.dir,
  );
  await page.getByRole('radio', { name: 'Dán nguyên văn nghị quyết' }).check();
  await page.getByRole('textbox', { name: /Nguyên văn nghị quyết/ }).fill(seed);
  const download = await downloadOf(page, () => page.getByRole('button', { name: MAKE }).click());
  const file = path.join(work.dir, 'drafted.xlsx');
  await download.saveAs(file);
  await page.getByText(/^Đã đọc được \d+ chỉ tiêu từ văn bản/).waitFor();

  const reading = await readWorkbook(file);
  if (!reading.ok) throw new Error(reading.problem.message.en);
  expect(reading.sheets[0].template.year).toBe(2023);
  expect(reading.sheets[0].template.indicators.map((each) => each.id)).toEqual(
    (JSON.parse(drafted.stdout) as { indicators: { id: string }[] }).indicators.map((each) => each.id),
  );
  expect(reading.sheets[0].template.indicators.length).toBeGreaterThan(10);
});

test('makes the standard sheet from an authoring sheet, and refuses one with errors, naming the cells', async () => {
  const { page } = session;
  // The authoring sheet as the command line drafts it from the built-in template.
  expect((await runCli(['draft', '--template', 'hung-tan-2023', '--out', 'k.xlsx'], work.dir)).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(work.dir, 'k.xlsx'));
  const sheet = workbook.getWorksheet('Khai báo chỉ tiêu')!;
  let row = 0;
  sheet.eachRow((each, number) => {
    if (row === 0 && each.getCell(1).value === hungTan.indicators[0].id) row = number;
  });
  expect(row).toBeGreaterThan(0);
  const cell = `${COLUMN_OF.type}${row}`;
  sheet.getCell(cell).value = 'Chữ';
  await workbook.xlsx.writeFile(path.join(work.dir, 'k-loi.xlsx'));

  await page.getByRole('radio', { name: 'Trang “Khai báo chỉ tiêu” (.xlsx)' }).check();
  const chooser = page.getByLabel('Chọn tệp có trang “Khai báo chỉ tiêu” (.xlsx)');
  await chooser.setInputFiles(path.join(work.dir, 'k-loi.xlsx'));
  const alert = page.getByRole('alert');
  await alert.getByText('Trang “Khai báo chỉ tiêu” của tệp “k-loi.xlsx” có', { exact: false }).waitFor();
  await alert.getByText(`Ô ${cell}:`, { exact: false }).waitFor();
  expect(await page.getByRole('button', { name: MAKE }).isDisabled()).toBe(true);

  await chooser.setInputFiles(path.join(work.dir, 'k.xlsx'));
  const count = hungTan.indicators.length;
  await page.getByText(`Tệp “k.xlsx”, trang “Khai báo chỉ tiêu”: ${count} chỉ tiêu.`).waitFor();
  const download = await downloadOf(page, () => page.getByRole('button', { name: MAKE }).click());
  const file = path.join(work.dir, 'from-authoring.xlsx');
  await download.saveAs(file);
  const reading = await readWorkbook(file);
  if (!reading.ok) throw new Error(reading.problem.message.en);
  expect(reading.sheets[0].template.id).toBe('hung-tan-2023');
  expect(reading.sheets[0].template.indicators.map((each) => each.id)).toEqual(
    hungTan.indicators.map((each) => each.id),
  );
  expect(reading.sheets[0].findings).toEqual([]);
});

test('checks two chosen files with the same verdicts and findings as check --json', async () => {
  const { page } = session;
  await page.getByLabel('Chọn tệp đã nhập số liệu').setInputFiles(filled);
  const results = page.getByRole('region', { name: 'Kết quả kiểm tra' });
  for (const report of expected) {
    const article = results.getByRole('article', { name: report.file });
    await article.waitFor();
    const shown = await article.locator('tr[data-indicator]').evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.getAttribute('data-indicator'),
        status: row.querySelector('[data-status]')?.getAttribute('data-status'),
      })),
    );
    expect(shown).toEqual(report.indicators.map((each) => ({ id: each.id, status: each.status })));
    const codes = await article
      .locator('li[data-code]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(codes).toEqual(report.issues.map((issue) => issue.code));
    for (const issue of report.issues)
      await article.getByText(issue.message, { exact: false }).first().waitFor();
    await article.getByText(`${report.summary.errors} lỗi, ${report.summary.warnings} cảnh báo`).waitFor();
  }
  // The typical slips are errors; the clean file's headline counts its main targets.
  expect(expected[0].summary.errors).toBeGreaterThan(0);
  expect(expected[1].summary.errors).toBe(0);
  await results
    .getByRole('article', { name: 'xa-b.xlsx' })
    .getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu chủ yếu\.$/)
    .waitFor();
  await results
    .getByRole('article', { name: 'xa-a.xlsx' })
    .getByText(/^Chưa lập được báo cáo: số liệu còn \d+ lỗi/)
    .waitFor();
  await snapshot(page, 'app-01-checked');
});

test('downloads the clean file’s report as a workbook and as a Word file', async () => {
  const { page } = session;
  const article = page.getByRole('article', { name: 'xa-b.xlsx' });
  await article.getByRole('textbox', { name: 'Họ tên người ký' }).fill('Nguyễn Văn A');
  const sheet = await downloadOf(page, () =>
    article.getByRole('button', { name: 'Tải báo cáo (.xlsx)' }).click(),
  );
  expect(sheet.suggestedFilename()).toBe('bao-cao-2023.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await sheet.path());
  expect(workbook.worksheets.map((each) => each.name)).toContain('Báo cáo');

  const word = await downloadOf(page, () =>
    article.getByRole('button', { name: 'Tải báo cáo Word (.docx)' }).click(),
  );
  expect(word.suggestedFilename()).toBe('bao-cao-2023.docx');
  const bytes = fs.readFileSync(await word.path());
  // A Word file is a zip whose main part holds the signer's name.
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const { default: JSZip } = await import('jszip');
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  expect(xml).toContain('Nguyễn Văn A');
});

test('downloads the consolidated summary of the two files: one row per commune, the totals', async () => {
  const { page } = session;
  const summary = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Tải bảng tổng hợp (.xlsx)' }).click(),
  );
  expect(summary.suggestedFilename()).toBe('tong-hop.xlsx');
  await page.getByText('Đã tạo bảng tổng hợp “tong-hop.xlsx” từ 2 tệp.').waitFor();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await summary.path());
  const names = workbook.worksheets.map((each) => each.name);
  expect(names.slice(0, 3)).toEqual(['Tổng hợp', 'Tổng hợp chỉ tiêu', 'Cảnh báo tổng hợp']);
  // One sheet per indicator after them.
  expect(names).toHaveLength(3 + hungTan.indicators.length);

  const overview = workbook.getWorksheet('Tổng hợp')!;
  const headers = (overview.getRow(3).values as unknown[]).slice(1);
  const column = (title: string) => headers.indexOf(title) + 1;
  const communes = [4, 5].map((r) => overview.getRow(r));
  expect(communes.map((r) => r.getCell(column('Tệp')).value)).toEqual(['xa-a.xlsx', 'xa-b.xlsx']);
  expect(communes.map((r) => r.getCell(column('Đơn vị')).value)).toEqual([hungTan.issuer, HUNG_LOC]);
  expect(communes.map((r) => r.getCell(column('Lỗi')).value)).toEqual(
    expected.map((report) => report.summary.errors),
  );
  expect(['', null]).toContain(overview.getRow(6).getCell(column('Tệp')).value);

  // The production value adds up over the communes; a rate has no total.
  const byCode = new Map<string, ExcelJS.Row>();
  workbook.getWorksheet('Tổng hợp chỉ tiêu')!.eachRow((r) => byCode.set(String(r.getCell(2).value), r));
  const production = byCode.get('gia-tri-san-xuat')!;
  expect(production.getCell(5).value).toBe(2);
  expect(production.getCell(6).value).toBe(230.5 + 210);
  expect(['', null]).toContain(byCode.get('tang-truong-kinh-te')!.getCell(6).value);
  // Neither commune sealed its figures: the officer is told to ask for sealed files.
  const warnings = workbook.getWorksheet('Cảnh báo tổng hợp')!;
  expect(String(warnings.getRow(4).getCell(3).value)).toMatch(/^Chưa chốt số liệu: xa-a\.xlsx, xa-b\.xlsx\./);
});

test('no request leaves this computer', () => {
  expect(session.requests.length).toBeGreaterThan(1);
  expect(offMachine(session.requests)).toEqual([]);
});

async function graveViolations(page: Page): Promise<{ grave: string[]; passes: number }> {
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe.run(document),
  );
  return {
    grave: results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    passes: results.passes.length,
  };
}

test.each([320, 1280])(
  'axe finds no serious or critical violation at %i px, results shown',
  async (width) => {
    const scan = await openPage(`${baseUrl()}app.html`, { width, height: 900 });
    try {
      // axe runs from an init script: the page's CSP refuses injected script tags, as it should.
      await scan.context.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
      await scan.page.reload();
      await scan.page.getByLabel('Chọn tệp đã nhập số liệu').setInputFiles(filled);
      await scan.page.getByRole('article', { name: 'xa-b.xlsx' }).waitFor();
      const { grave, passes } = await graveViolations(scan.page);
      expect(grave).toEqual([]);
      expect(passes).toBeGreaterThan(10);
      const overflow = await scan.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await snapshot(scan.page, `app-02-${width}px`);
    } finally {
      await scan.close();
    }
  },
);
