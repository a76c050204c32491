// The task pane's real page with Microsoft's real office.js (from @microsoft/office-js), opened in
// a browser rather than in Excel: Office.onReady answers with no host, and the pane says where to
// open it instead of showing buttons that could not reach a workbook.
import { baseUrl, openPage, type Session } from './support/browser';

let session: Session;
afterAll(async () => session?.close());

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
  expect(errors).toEqual([]);
});
