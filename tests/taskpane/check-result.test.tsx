import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { fakeActions, makeReport, makeTemplate, repeat } from './fixtures';

const sheetCell = (row: number) => `'Chỉ tiêu 2023'!H${row}`;

function reportWithProblems() {
  return makeReport(
    [
      ...repeat('exceeded', 4),
      ...repeat('met', 5),
      ...repeat('missed', 3),
      ...repeat('no-data', 2),
      ...repeat('invalid', 2),
    ],
    [
      {
        code: 'unreadable',
        severity: 'error',
        indicatorId: 'chi-tieu-15',
        cell: sheetCell(26),
        message: { vi: 'Ô H26: không đọc được "abc" là số.', en: 'Cell H26: "abc" is not a number.' },
      },
      {
        code: 'out-of-bounds',
        severity: 'error',
        indicatorId: 'chi-tieu-16',
        cell: sheetCell(27),
        message: { vi: 'Ô H27: tỷ lệ 180% vượt quá 100%.', en: 'Cell H27: a rate of 180% is above 100%.' },
      },
      {
        code: 'ambiguous-number',
        severity: 'warning',
        indicatorId: 'chi-tieu-1',
        cell: sheetCell(12),
        message: { vi: 'Ô H12: "1.234" được đọc là 1234.', en: 'Cell H12: "1.234" was read as 1234.' },
      },
    ],
  );
}

async function runCheck(report = reportWithProblems(), lang: 'vi' | 'en' = 'vi') {
  const actions = fakeActions({ check: jest.fn().mockResolvedValue(report) });
  render(<App actions={actions} builtIn={makeTemplate(16)} lang={lang} />);
  fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? 'Kiểm tra số liệu' : 'Check figures' }));
  await screen.findByRole('heading', { name: lang === 'vi' ? 'Kết quả kiểm tra' : 'Check result' });
  return actions;
}

describe('the check result', () => {
  it('sums the report up in one sentence', async () => {
    await runCheck();
    expect(
      screen.getAllByText(
        'Đạt và vượt 9/16 chỉ tiêu chủ yếu · Không đạt 3 · Chưa có số liệu 2 · Không hợp lệ 2 · 2 lỗi · 1 cảnh báo',
      ),
    ).not.toHaveLength(0);
  });

  it('announces the sentence to screen readers', async () => {
    await runCheck(makeReport([...repeat('met', 9), ...repeat('missed', 3), ...repeat('no-data', 2)]));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Đạt và vượt 9/14 chỉ tiêu chủ yếu · Không đạt 3 · Chưa có số liệu 2',
    );
  });

  it('lists errors and warnings under their own headings', async () => {
    await runCheck();
    const errors = screen.getByRole('list', { name: 'Lỗi (2)' });
    const warnings = screen.getByRole('list', { name: 'Cảnh báo (1)' });
    expect(
      within(errors)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('không đọc được "abc" là số'),
      expect.stringContaining('tỷ lệ 180% vượt quá 100%'),
    ]);
    expect(within(warnings).getByRole('listitem')).toHaveTextContent('"1.234" được đọc là 1234');
  });

  it('selects a finding’s cell in Excel when its button is pressed', async () => {
    const actions = await runCheck();
    const errors = screen.getByRole('list', { name: 'Lỗi (2)' });
    fireEvent.click(within(errors).getByRole('button', { name: 'Đến ô H27' }));
    expect(actions.goToCell).toHaveBeenCalledWith(sheetCell(27));
  });

  it('lists the targets not reached with their percent of target', async () => {
    await runCheck();
    const misses = screen.getByRole('list', { name: 'Chỉ tiêu không đạt (3)' });
    const items = within(misses).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Chỉ tiêu số 10: Không đạt, 88,89% so với chỉ tiêu');
  });

  it('speaks English when Office does', async () => {
    await runCheck(reportWithProblems(), 'en');
    expect(screen.getByRole('button', { name: 'Create targets sheet' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Met or exceeded 9/16 main targets · Missed 3 · No data 2 · Invalid 2 · 2 errors · 1 warning',
    );
    expect(screen.getByRole('list', { name: 'Errors (2)' })).toHaveTextContent(
      'Cell H26: "abc" is not a number.',
    );
    expect(screen.getByRole('list', { name: 'Targets missed (3)' })).toHaveTextContent('88.89% of target');
  });
});
