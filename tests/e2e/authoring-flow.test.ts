import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  eventually,
  offMachine,
  openPreview,
  scrollSheetHome,
  snapshot,
  type Session,
} from './support/browser';
import { cellOf, textOf, typeInto } from './support/sheet';

/**
 * The whole authoring flow as a clerk goes through it in the preview: draft the authoring sheet
 * from the resolution's text, correct one target in the grid, make the standard sheet from it,
 * type the figures, check them, then prepare next year's authoring sheet.
 */

const RESOLUTION = readFileSync(
  path.join(__dirname, '..', 'fixtures', 'seed', 'nghi-quyet-2023-hung-tan.txt'),
  'utf8',
);
const BUDGET = 'Tổng thu ngân sách';
const POVERTY = 'Tỷ lệ hộ nghèo';
const TARGET = 'Mức chỉ tiêu';
const LAST_YEAR = 'Thực hiện năm trước';
const ACTUAL = 'Thực hiện 2023';
const VERDICT = 'Đánh giá';

let session: Session;

beforeAll(async () => {
  session = await openPreview();
});

afterAll(async () => {
  await session?.close();
});

/** The value beside a label of the authoring sheet's document block (label in A, value in B). */
function documentValue(page: Page, label: string): Locator {
  const row = page
    .getByRole('grid')
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name: label, exact: true }) });
  return row.locator('[role="gridcell"][aria-colindex="3"]');
}

async function activeSheet(page: Page): Promise<string> {
  return (await page.getByRole('grid').getAttribute('aria-label')) ?? '';
}

test('draft from the text, correct a target, make the sheet, check, prepare next year', async () => {
  const { page } = session;

  // 1. The resolution's text, pasted into "Soạn mẫu mới", becomes the authoring sheet.
  await page.getByRole('textbox', { name: 'Dán nguyên văn nghị quyết' }).fill(RESOLUTION);
  await page.getByRole('button', { name: 'Soạn từ văn bản' }).click();
  await page.getByText(/Đã chèn trang “Khai báo chỉ tiêu” với \d+ chỉ tiêu/).waitFor();
  await eventually(async () => expect(await activeSheet(page)).toBe('Khai báo chỉ tiêu'));
  expect(await textOf(documentValue(page, 'Năm'))).toBe('2023');
  const budgetTarget = await cellOf(page, BUDGET, TARGET);
  expect(await textOf(budgetTarget)).toBe('27');
  expect(await textOf(await cellOf(page, POVERTY, TARGET))).toBe('0,57');
  await scrollSheetHome(page);
  await snapshot(page, 'authoring-01-drafted');

  // 2. The clerk raises the budget's target in the grid: 27 → 30 tỷ đồng.
  await typeInto(page, budgetTarget, '30');
  await eventually(async () => expect(await textOf(budgetTarget)).toBe('30'));

  // 3. The standard sheet, made from the authoring sheet as it now stands.
  await page.getByRole('radio', { name: 'Mẫu trong tệp này (Khai báo chỉ tiêu)' }).check();
  await page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).click();
  await page.getByText('Đã tạo biểu “Chỉ tiêu 2023”').waitFor();
  await eventually(async () => expect(await activeSheet(page)).toBe('Chỉ tiêu 2023'));
  await snapshot(page, 'authoring-02-sheet-made');

  // 4. Figures: 28 tỷ đồng meets the drafted 27 but misses the corrected 30.
  const budget = await cellOf(page, BUDGET, ACTUAL);
  await typeInto(page, budget, '28');
  await typeInto(page, await cellOf(page, POVERTY, ACTUAL), '0.5%');
  await eventually(async () => expect(await textOf(await cellOf(page, BUDGET, VERDICT))).toBe('Không đạt'));
  expect(await textOf(await cellOf(page, POVERTY, VERDICT))).toBe('Vượt');

  // 5. The add-in's check says the same.
  await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
  const misses = page.getByRole('list', { name: /^Chỉ tiêu không đạt/ });
  await misses.getByText(BUDGET).waitFor();
  expect(await misses.getByRole('listitem').count()).toBe(1);
  expect(await page.getByRole('list', { name: /^Lỗi/ }).count()).toBe(0);
  await scrollSheetHome(page);
  await snapshot(page, 'authoring-03-checked');

  // 6. Next year: the workbook already has "Khai báo chỉ tiêu" (2023's), so the clerk is asked.
  await page.getByRole('button', { name: 'Chuẩn bị năm sau' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trang khai báo đã có' });
  await dialog.getByRole('button', { name: 'Thêm trang mới cho năm 2024' }).click();
  await page.getByText(/Đã chèn trang “Khai báo chỉ tiêu \(2\)” cho năm 2024/).waitFor();
  await eventually(async () => expect(await activeSheet(page)).toBe('Khai báo chỉ tiêu (2)'));
  expect(await textOf(documentValue(page, 'Năm'))).toBe('2024');
  expect(await textOf(await cellOf(page, BUDGET, LAST_YEAR))).toBe('28');
  expect(await textOf(await cellOf(page, BUDGET, TARGET))).toBe('');
  expect(await textOf(await cellOf(page, POVERTY, LAST_YEAR))).toBe('0,5');
  await scrollSheetHome(page);
  await snapshot(page, 'authoring-04-next-year');

  // 2023's authoring sheet keeps the corrected target.
  await page
    .getByRole('navigation', { name: /./ })
    .getByRole('button', { name: 'Khai báo chỉ tiêu', exact: true })
    .click();
  await eventually(async () => expect(await activeSheet(page)).toBe('Khai báo chỉ tiêu'));
  expect(await textOf(await cellOf(page, BUDGET, TARGET))).toBe('30');
});

test('nothing leaves this computer', () => {
  expect(session.requests.length).toBeGreaterThan(0);
  expect(offMachine(session.requests)).toEqual([]);
});
