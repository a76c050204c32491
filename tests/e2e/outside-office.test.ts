// The task pane's real page with Microsoft's real office.js (from @microsoft/office-js), opened in
// a browser rather than in Excel: Office.onReady answers with no host, and the pane says where to
// open it instead of showing buttons that could not reach a workbook.
import { baseUrl, openPage, type Session } from './support/browser';

let session: Session;
let english: Session;
afterAll(async () => {
  await session?.close();
  await english?.close();
});

/** The English catalog's chunk: not part of the pane's first load (docs/design.md, "Older Excel"). */
const NOT_IN_EXCEL_EN = 'Open this pane in Excel (Home tab, Open targets pane).';
const englishChunk = (requests: string[]) => requests.filter((url) => /\/english\.[^/]*\.js$/.test(url));

test('outside Excel, the task pane page loads office.js and says to open it in Excel', async () => {
  session = await openPage(`${baseUrl()}taskpane.html`, { width: 350, height: 800 }, { locale: 'vi-VN' });
  const { page, requests } = session;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.getByText('Hãy mở bảng này trong Excel (thẻ Trang đầu, nút Mở bảng chỉ tiêu).').waitFor();
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
  expect(requests.some((url) => url.endsWith('/office-js/office.js'))).toBe(true);
  expect(await page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).count()).toBe(0);
  expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);
  // Shown in Vietnamese, the pane never downloads the English catalog.
  expect(englishChunk(requests)).toEqual([]);
  expect(errors).toEqual([]);
});

test('in English, the pane loads the English catalog before it shows anything, and speaks English', async () => {
  english = await openPage(`${baseUrl()}taskpane.html`, { width: 350, height: 800 }, { locale: 'en-US' });
  const { page, requests } = english;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.getByText(NOT_IN_EXCEL_EN).waitFor();
  expect(englishChunk(requests)).toHaveLength(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(errors).toEqual([]);
});
