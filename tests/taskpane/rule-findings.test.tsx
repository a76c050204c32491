import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { fakeActions, makeReport, makeTemplate, repeat } from './fixtures';

const sheetCell = (row: number) => `'Chỉ tiêu 2023'!G${row}`;

describe('a failed cross-indicator rule in the pane', () => {
  it('offers a link to every cell the rule reads', async () => {
    const report = makeReport(repeat('met', 16), [
      {
        code: 'rule-failed',
        severity: 'warning',
        rule: 'dien-tich',
        cells: [sheetCell(12), sheetCell(13), sheetCell(11)],
        cell: sheetCell(12),
        left: 765,
        right: 772,
        message: {
          vi: 'Không khớp: Lúa và cây trồng khác cộng lại bằng tổng diện tích gieo trồng. Vế trái bằng 765, vế phải bằng 772.',
          en: 'Does not agree: rice and other crops add up to the total sown area.',
        },
      },
    ]);
    const actions = fakeActions({ check: jest.fn().mockResolvedValue(report) });
    render(<App actions={actions} builtIn={makeTemplate(16)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra số liệu' }));
    const warnings = await screen.findByRole('list', { name: 'Cảnh báo (1)' });
    const item = within(warnings).getByRole('listitem');
    expect(item).toHaveTextContent('Vế trái bằng 765, vế phải bằng 772');
    expect(
      within(item)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Đến ô G12', 'Đến ô G13', 'Đến ô G11']);
    fireEvent.click(within(item).getByRole('button', { name: 'Đến ô G11' }));
    expect(actions.goToCell).toHaveBeenCalledWith(sheetCell(11));
  });
});
