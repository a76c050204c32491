import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { fakeActions, makeTemplate } from './fixtures';

/** "Soạn mẫu mới": the authoring sheet from pasted text, empty, or from the built-in template. */

function paste(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Dán nguyên văn nghị quyết' }), {
    target: { value: text },
  });
}

describe('the “Soạn mẫu mới” section', () => {
  it('drafts the authoring sheet from the pasted resolution', async () => {
    const actions = fakeActions();
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    expect(screen.getByRole('heading', { name: 'Soạn mẫu mới' })).toBeInTheDocument();
    paste('Tỷ lệ hộ nghèo giảm còn dưới 2%.');
    fireEvent.click(screen.getByRole('button', { name: 'Soạn từ văn bản' }));
    expect(await screen.findByText(/Đã chèn trang “Khai báo chỉ tiêu” với 16 chỉ tiêu/)).toBeInTheDocument();
    expect(actions.insertAuthoringSheet).toHaveBeenCalledWith({
      kind: 'text',
      text: 'Tỷ lệ hộ nghèo giảm còn dưới 2%.',
    });
  });

  it('asks for the text before drafting from an empty box', () => {
    const actions = fakeActions();
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Soạn từ văn bản' }));
    expect(screen.getByText(/Ô văn bản đang trống/)).toBeInTheDocument();
    expect(actions.insertAuthoringSheet).not.toHaveBeenCalled();
  });

  it('says so when the text holds no target, and inserts nothing', async () => {
    const actions = fakeActions({
      insertAuthoringSheet: jest.fn().mockResolvedValue({ ok: false, reason: 'no-targets' }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="en" />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Paste the full text of the resolution' }), {
      target: { value: 'Hội nghị bế mạc.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Draft from the text' }));
    expect(await screen.findByText(/No target was found in the pasted text/)).toBeInTheDocument();
  });

  it('inserts an empty sheet, or the built-in template to edit', async () => {
    const builtIn = makeTemplate(3);
    const actions = fakeActions();
    render(<App actions={actions} builtIn={builtIn} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Trang khai báo trống' }));
    await screen.findByText(/Đã chèn trang/);
    fireEvent.click(screen.getByRole('button', { name: 'Chép từ mẫu có sẵn' }));
    await screen.findByText(/Đã chèn trang/);
    expect(actions.insertAuthoringSheet.mock.calls).toEqual([
      [{ kind: 'empty' }],
      [{ kind: 'template', template: builtIn }],
    ]);
  });
});
