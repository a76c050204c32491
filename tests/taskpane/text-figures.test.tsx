import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { fakeActions, makeReport, makeTemplate } from './fixtures';

const storedAsText = (id: string, row: number, severity: 'warning' | 'error' = 'warning') => ({
  code: severity === 'warning' ? 'stored-as-text' : 'unit-slip',
  severity,
  indicatorId: id,
  cell: `'Chỉ tiêu 2023'!H${row}`,
  message: { vi: `Ô H${row}: số đang lưu dạng chữ.`, en: `Cell H${row}: a number stored as text.` },
});

const withTextFigures = () =>
  makeReport(
    ['met', 'missed', 'met'],
    [storedAsText('chi-tieu-1', 12), storedAsText('chi-tieu-3', 14)],
    (result, i) =>
      i === 0
        ? { raw: '96,1%', value: 96.1, storedAsText: true }
        : i === 2
          ? {
              raw: '1.234,5',
              value: 1234.5,
              storedAsText: true,
              indicator: { ...result.indicator, type: 'number' },
            }
          : {},
  );

// In jsdom, Fluent's focus manager (tabster) sometimes leaves the first dialog of a file marked
// aria-hidden; in Chromium the dialog is exposed and takes focus (checked by hand), so these
// queries look past that flag.
const findDialog = (name?: string) =>
  screen.findByRole('dialog', { hidden: true, ...(name ? { name } : {}) });

describe('figures stored as text', () => {
  it('shows each cell’s text and the number it becomes, and converts only after confirmation', async () => {
    const after = makeReport(['met', 'missed', 'met']);
    const actions = fakeActions({
      check: jest.fn().mockResolvedValueOnce(withTextFigures()).mockResolvedValueOnce(after),
      convertTextFigures: jest
        .fn()
        .mockResolvedValue({ converted: ["'Chỉ tiêu 2023'!H12", "'Chỉ tiêu 2023'!H14"], skipped: [] }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra số liệu' }));

    const table = await screen.findByRole('table', { name: 'Số liệu đang ở dạng văn bản (2)' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['H12', '96,1%', '96,1%'],
      ['H14', '1.234,5', '1.234,5'],
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Chuyển thành số' }));
    const dialog = await findDialog('Chuyển 2 ô thành số?');
    expect(actions.convertTextFigures).not.toHaveBeenCalled();
    const confirm = within(dialog).getByRole('button', { name: 'Chuyển', hidden: true });
    await act(async () => fireEvent.click(confirm));

    expect(actions.convertTextFigures).toHaveBeenCalledWith([
      expect.objectContaining({ cell: "'Chỉ tiêu 2023'!H12", text: '96,1%', value: 96.1, percent: true }),
      expect.objectContaining({
        cell: "'Chỉ tiêu 2023'!H14",
        text: '1.234,5',
        value: 1234.5,
        percent: false,
      }),
    ]);
    expect(await screen.findByText('Đã chuyển 2 ô thành số.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
    expect(actions.check).toHaveBeenCalledTimes(2);
  });

  it('names the cells that changed since the check and were left alone', async () => {
    const skipped = {
      cell: "'Chỉ tiêu 2023'!H14",
      message: {
        vi: 'Ô H14 đã được sửa sau khi kiểm tra nên không chuyển.',
        en: 'Cell H14 changed after the check.',
      },
    };
    const actions = fakeActions({
      check: jest.fn().mockResolvedValue(withTextFigures()),
      convertTextFigures: jest
        .fn()
        .mockResolvedValue({ converted: ["'Chỉ tiêu 2023'!H12"], skipped: [skipped] }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra số liệu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển thành số' }));
    const confirm = within(await findDialog()).getByRole('button', { name: 'Chuyển', hidden: true });
    await act(async () => fireEvent.click(confirm));
    expect(
      await screen.findByText('Đã chuyển 1 ô thành số. Ô H14 đã được sửa sau khi kiểm tra nên không chuyển.'),
    ).toBeInTheDocument();
  });

  it('leaves the cells alone when the clerk cancels', async () => {
    const actions = fakeActions({ check: jest.fn().mockResolvedValue(withTextFigures()) });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Check figures' }));
    const table = await screen.findByRole('table', { name: 'Figures stored as text (2)' });
    expect(within(table).getByText('1,234.5')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Convert to numbers' }));
    fireEvent.click(within(await findDialog()).getByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(actions.convertTextFigures).not.toHaveBeenCalled();
  });

  it('offers no conversion for a figure whose number is itself wrong (a unit slip is an error)', async () => {
    const report = makeReport(
      ['met', 'invalid'],
      [storedAsText('chi-tieu-1', 12), storedAsText('chi-tieu-2', 13, 'error')],
      (_, i) =>
        i === 0
          ? { raw: '96,1%', value: 96.1, storedAsText: true }
          : { raw: '57.000.000', value: 57_000_000, storedAsText: true },
    );
    const actions = fakeActions({ check: jest.fn().mockResolvedValue(report) });
    render(<App actions={actions} builtIn={makeTemplate(2)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra số liệu' }));

    const table = await screen.findByRole('table', { name: 'Số liệu đang ở dạng văn bản (1)' });
    expect(within(table).getByText('H12')).toBeInTheDocument();
    expect(within(table).queryByText('H13')).not.toBeInTheDocument();
  });
});
