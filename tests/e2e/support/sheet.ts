import type { Locator, Page } from 'playwright-core';

/**
 * The sheet as a person reads it: a row found by the indicator's name, a column by its header
 * text, and the cell where they cross.
 */
export async function cellOf(page: Page, rowText: string, header: string): Promise<Locator> {
  const sheet = page.getByRole('grid');
  const headerCell = sheet.getByRole('gridcell', { name: header, exact: true });
  const column = await headerCell.getAttribute('aria-colindex');
  if (!column) throw new Error(`No column headed ${header}`);
  // The row whose own cell starts with the name: a cross-check's sentence may mention it too.
  const nameCell = page.getByRole('gridcell', { name: new RegExp(`^${escapeRegExp(rowText)}`) });
  const row = sheet.getByRole('row').filter({ has: nameCell });
  return row.locator(`[role="gridcell"][aria-colindex="${column}"]`);
}

/** Clicks the cell, types as on a keyboard and presses Enter, as in Excel. */
export async function typeInto(page: Page, cell: Locator, text: string): Promise<void> {
  await cell.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export async function addressOf(cell: Locator): Promise<string> {
  const address = await cell.getAttribute('data-address');
  if (!address) throw new Error('The cell has no address');
  return address;
}

export async function textOf(cell: Locator): Promise<string> {
  return ((await cell.textContent()) ?? '').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
