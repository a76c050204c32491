import type { AxeResults } from 'axe-core';
import { offMachine, openPreview, snapshot, type Session } from './support/browser';
import { cellOf, typeInto } from './support/sheet';

/**
 * The task pane after a check with errors, warnings and misses (its fullest screen): no serious
 * or critical accessibility violation, and usable at Excel's narrowest task pane width.
 */

const NARROWEST_PANE = 320;

async function paneWithResults(query: string) {
  const session = await openPreview(query);
  const { page } = session;
  // axe runs from an init script: the page's CSP refuses injected script tags, as it should.
  await session.context.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
  await page.reload();
  await page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).click();
  await page.getByText('Đã tạo biểu').waitFor();
  await typeInto(page, await cellOf(page, 'Thu nhập bình quân đầu người', 'Thực hiện 2023'), '57.000.000');
  await typeInto(page, await cellOf(page, 'Tốc độ tăng trưởng kinh tế', 'Thực hiện 2023'), '8,67%');
  await page.getByRole('button', { name: 'Kiểm tra số liệu' }).click();
  await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
  return session;
}

/** Serious and critical axe violations inside the elements matching `selector`, and how many rules passed. */
async function axeScan(session: Session, selector: string) {
  const results = await session.page.evaluate(
    (include) =>
      (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe.run({
        include: [[include]],
      }) as Promise<AxeResults>,
    selector,
  );
  const grave = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  return { grave, passes: results.passes.length };
}

test('axe finds no serious or critical violation in the task pane', async () => {
  const session = await paneWithResults('');
  try {
    const { grave, passes } = await axeScan(session, 'aside');
    expect(grave).toEqual([]);
    // The scan did look at the pane's controls.
    expect(passes).toBeGreaterThan(10);
    expect(offMachine(session.requests)).toEqual([]);
  } finally {
    await session.close();
  }
});

test('axe finds no serious or critical violation in the existing-sheet dialog', async () => {
  const session = await paneWithResults('');
  try {
    await session.page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Biểu chỉ tiêu đã có' });
    await dialog.waitFor();
    // Scanned mid-fade, the dialog's text would be measured half transparent.
    await session.page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const { grave, passes } = await axeScan(session, '[role="dialog"]');
    expect(grave).toEqual([]);
    expect(passes).toBeGreaterThan(5);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
  } finally {
    await session.close();
  }
});

test(`the pane works at ${NARROWEST_PANE} px without horizontal scrolling`, async () => {
  const session = await paneWithResults(`?paneWidth=${NARROWEST_PANE}`);
  try {
    const { page } = session;
    const pane = page.getByRole('complementary', { name: 'Ngăn tác vụ Chỉ tiêu Nghị quyết' });
    const size = await pane.evaluate((aside) => {
      const right = aside.getBoundingClientRect().right;
      const sticking = [...aside.querySelectorAll('*')].filter(
        (el) => el.getBoundingClientRect().right > right + 0.5,
      );
      return {
        width: aside.getBoundingClientRect().width,
        overflow: aside.scrollWidth - aside.clientWidth,
        sticking: sticking.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      };
    });
    expect(size.width).toBe(NARROWEST_PANE);
    expect(size.overflow).toBeLessThanOrEqual(0);
    expect(size.sticking).toEqual([]);
    // Every action stays reachable: the check button and a finding's go-to button are on screen.
    await pane.getByRole('button', { name: 'Kiểm tra số liệu' }).click({ trial: true });
    await pane
      .getByRole('button', { name: /^Đến ô/ })
      .first()
      .click({ trial: true });
    await snapshot(page, '07-pane-320px');
  } finally {
    await session.close();
  }
});
