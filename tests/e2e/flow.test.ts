import {
  eventually,
  offMachine,
  openPreview,
  scrollSheetHome,
  snapshot,
  type Session,
} from './support/browser';
import { addressOf, cellOf, textOf, typeInto } from './support/sheet';

/**
 * The clerk's main job in the preview, done as a person does it: make the sheet, type the
 * figures, check, follow a finding to its cell, fix it, check again.
 */

const ACTUAL = 'Thực hiện 2023';
const VERDICT = 'Đánh giá';
const GROWTH = 'Tốc độ tăng trưởng kinh tế';
const INCOME = 'Thu nhập bình quân đầu người';
const PRODUCTION = 'Tổng giá trị sản xuất';
const GOVERNMENT = 'Xếp loại chính quyền';
const MARK_BORDER = 'rgb(192, 0, 0)';

let session: Session;

beforeAll(async () => {
  session = await openPreview();
});

afterAll(async () => {
  await session?.close();
});

test('the preview says plainly that it is not Excel', async () => {
  await session.page.getByText('Bản xem thử — không phải Excel').waitFor();
  await session.page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).waitFor();
  await snapshot(session.page, '01-start');
});

test('make the sheet, type the figures, check, go to a finding, fix it, check again', async () => {
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).click();
  await page.getByText('Đã tạo biểu “Chỉ tiêu 2023”').waitFor();
  await snapshot(page, '02-sheet-made');

  const growth = await cellOf(page, GROWTH, ACTUAL);
  const income = await cellOf(page, INCOME, ACTUAL);
  await typeInto(page, growth, '8,67%');
  await typeInto(page, income, '57.000.000');
  await typeInto(page, await cellOf(page, PRODUCTION, ACTUAL), '210');
  await typeInto(page, await cellOf(page, GOVERNMENT, ACTUAL), 'Hoàn thành tốt nhiệm vụ');

  // The sheet's own formulas judge the numbers and leave figures stored as text to the add-in.
  await eventually(async () =>
    expect(await textOf(await cellOf(page, PRODUCTION, VERDICT))).toBe('Không đạt'),
  );
  expect(await textOf(await cellOf(page, GOVERNMENT, VERDICT))).toBe('Không đạt');
  expect(await textOf(await cellOf(page, GROWTH, VERDICT))).toBe('Cần kiểm tra');
  expect(await textOf(growth)).toBe('8,67%');
  expect(
    await (await cellOf(page, PRODUCTION, VERDICT)).evaluate((td) => getComputedStyle(td).backgroundColor),
  ).toBe('rgb(255, 199, 206)');
  await scrollSheetHome(page);
  await snapshot(page, '03-figures-typed');

  await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
  await page
    .getByText(/Không đạt 3\b/)
    .first()
    .waitFor();
  const errors = page.getByRole('list', { name: /^Lỗi/ });
  const incomeAddress = await addressOf(income);
  const slip = errors
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Đến ô ${incomeAddress}` }) });
  expect(await slip.count()).toBe(1);
  expect(await slip.textContent()).toMatch(/đồng/);
  // The add-in boxes the wrong figure in red on the sheet.
  await eventually(async () =>
    expect(await income.evaluate((td) => getComputedStyle(td).borderTopColor)).toBe(MARK_BORDER),
  );
  await page
    .getByRole('list', { name: /^Chỉ tiêu không đạt/ })
    .getByText(GROWTH)
    .waitFor();
  await scrollSheetHome(page);
  await snapshot(page, '04-checked');

  await page.getByRole('button', { name: 'Kiểm tra số liệu' }).focus();
  await slip.getByRole('button', { name: `Đến ô ${incomeAddress}` }).click();
  await eventually(async () => expect(await income.getAttribute('aria-selected')).toBe('true'));
  expect(await page.getByRole('textbox', { name: 'Ô đang chọn' }).inputValue()).toBe(incomeAddress);
  await snapshot(page, '05-went-to-cell');

  await typeInto(page, income, '58');
  await eventually(async () => expect(await textOf(await cellOf(page, INCOME, VERDICT))).toBe('Vượt'));
  await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
  await eventually(async () =>
    expect(await page.getByRole('button', { name: `Đến ô ${incomeAddress}` }).count()).toBe(0),
  );
  expect(await page.getByRole('list', { name: /^Lỗi/ }).count()).toBe(0);
  expect(await income.evaluate((td) => getComputedStyle(td).borderTopColor)).not.toBe(MARK_BORDER);
  await scrollSheetHome(page);
  await snapshot(page, '06-fixed-and-rechecked');
});

test('nothing leaves this computer', () => {
  expect(session.requests.length).toBeGreaterThan(0);
  expect(offMachine(session.requests)).toEqual([]);
});
