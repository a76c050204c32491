import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Finding } from '../../src/core/check/types';
import { App } from '../../src/taskpane/components/App';
import { fakeActions, makeTemplate } from './fixtures';

/** The pane's "Chuẩn bị năm sau" button, over fake actions. */

// Fluent's dialog renders slowly in jsdom on a busy machine: room beyond the default second.

const error = (cell: string, vi: string): Finding => ({
  code: 'unreadable',
  severity: 'error',
  cell,
  message: { vi, en: `en: ${vi}` },
});

describe('preparing next year in the pane', () => {
  it('says what it inserted and what the clerk fills in next', async () => {
    const actions = fakeActions();
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Chuẩn bị năm sau' }));
    expect(
      await screen.findByText(/Đã chèn trang “Khai báo chỉ tiêu” cho năm 2024 \(3 chỉ tiêu\)/),
    ).toBeInTheDocument();
    expect(actions.prepareNextYear).toHaveBeenCalledWith(undefined);
  });

  it('lists the errors of the source sheet, each with a button to its cell', async () => {
    const actions = fakeActions({
      prepareNextYear: jest.fn().mockResolvedValue({
        kind: 'refused',
        sheetName: 'Chỉ tiêu 2023',
        findings: [
          error("'Chỉ tiêu 2023'!G14", 'Không đọc được “mười” thành số.'),
          error("'Chỉ tiêu 2023'!G20", 'Số âm.'),
        ],
      }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Chuẩn bị năm sau' }));
    const list = await screen.findByRole('list', {
      name: /Chưa chuẩn bị được năm sau: biểu “Chỉ tiêu 2023” còn 2 chỗ cần sửa/,
    });
    expect(within(list).getByText(/Không đọc được “mười” thành số/)).toBeInTheDocument();
    fireEvent.click(within(list).getByRole('button', { name: 'Đến ô G14' }));
    expect(actions.goToCell).toHaveBeenCalledWith("'Chỉ tiêu 2023'!G14");
  });

  it('asks before adding beside an existing authoring sheet; the clerk adds a new one or cancels', async () => {
    const prepareNextYear = jest
      .fn()
      .mockResolvedValueOnce({ kind: 'needs-choice', sheetName: 'Khai báo chỉ tiêu', year: 2024 })
      .mockResolvedValueOnce({
        kind: 'created',
        sheetName: 'Khai báo chỉ tiêu (2)',
        year: 2024,
        count: 3,
        notes: [],
      })
      .mockResolvedValueOnce({ kind: 'needs-choice', sheetName: 'Khai báo chỉ tiêu', year: 2024 });
    const actions = fakeActions({ prepareNextYear });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Chuẩn bị năm sau' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trang khai báo đã có' });
    expect(dialog).toHaveTextContent('Tệp này đã có trang “Khai báo chỉ tiêu”');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm trang mới cho năm 2024' }));
    expect(
      await screen.findByText(/Đã chèn trang “Khai báo chỉ tiêu \(2\)” cho năm 2024/),
    ).toBeInTheDocument();
    expect(prepareNextYear.mock.calls).toEqual([[undefined], ['copy']]);
    // Fluent's dialog fades out: the next question must not be read from the closing one.
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());

    fireEvent.click(screen.getByRole('button', { name: 'Chuẩn bị năm sau' }));
    const again = await screen.findByRole('dialog', { name: 'Trang khai báo đã có' });
    fireEvent.click(within(again).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(prepareNextYear).toHaveBeenCalledTimes(3);
  });

  it('speaks English when Office does', async () => {
    const actions = fakeActions();
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Prepare next year' }));
    expect(await screen.findByText(/Inserted the sheet "Khai báo chỉ tiêu" for 2024/)).toBeInTheDocument();
  });
});
