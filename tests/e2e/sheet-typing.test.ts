import { eventually, openPreview, type Session } from './support/browser';
import { addressOf, cellOf, textOf } from './support/sheet';

/** The preview's sheet behaves like Excel's for a person at the keyboard. */

let session: Session;

beforeAll(async () => {
  session = await openPreview();
  await session.page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).click();
  await session.page.getByText('Đã tạo biểu').waitFor();
});

afterAll(async () => {
  await session?.close();
});

test('arrows move the selection, Esc cancels an entry, Enter saves it and moves down', async () => {
  const { page } = session;
  const budget = await cellOf(page, 'Tổng thu ngân sách', 'Thực hiện 2023');
  const nameBox = page.getByRole('textbox', { name: 'Ô đang chọn' });
  await (await cellOf(page, 'Thu nhập bình quân đầu người', 'Thực hiện 2023')).click();
  await page.keyboard.press('ArrowDown');
  expect(await nameBox.inputValue()).toBe(await addressOf(budget));

  await page.keyboard.type('99');
  await page.keyboard.press('Escape');
  expect(await textOf(budget)).toBe('');

  await page.keyboard.type('28,5');
  await page.keyboard.press('Enter');
  // Typed with a decimal comma into a number cell, the figure stays text until the add-in converts it.
  await eventually(async () => expect(await textOf(budget)).toBe('28,5'));
  expect(await textOf(await cellOf(page, 'Tổng thu ngân sách', 'Đánh giá'))).toBe('Cần kiểm tra');

  await budget.dblclick();
  await page.getByRole('textbox', { name: `Sửa ô ${await addressOf(budget)}` }).fill('28.5');
  await page.keyboard.press('Enter');
  await eventually(async () => expect(await textOf(budget)).toBe('28,50'));
  expect(await textOf(await cellOf(page, 'Tổng thu ngân sách', 'Đánh giá'))).toBe('Vượt');
});

test('a locked cell of the protected sheet refuses typing and says where to type', async () => {
  const { page } = session;
  const target = await cellOf(page, 'Tổng thu ngân sách', 'Chỉ tiêu 2023');
  const before = await textOf(target);
  await target.click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'bị khoá' }).waitFor();
  expect(await textOf(target)).toBe(before);
});
