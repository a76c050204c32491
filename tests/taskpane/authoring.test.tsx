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

describe('“Mẫu trong tệp này” as the template of the standard sheet', () => {
  it('makes the standard sheet from the authoring sheet it reads', async () => {
    const fromSheet = makeTemplate(4, 'Nghị quyết khai báo 2023');
    const actions = fakeActions({
      readAuthoringSheet: jest.fn().mockResolvedValue({
        sheetName: 'Khai báo chỉ tiêu',
        reading: { ok: true, template: fromSheet, findings: [] },
      }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Mẫu trong tệp này (Khai báo chỉ tiêu)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    expect(await screen.findByText(/Đã tạo biểu “Chỉ tiêu 2023”/)).toBeInTheDocument();
    expect(actions.insertSheet).toHaveBeenCalledWith(fromSheet, undefined);
  });

  it('lists the errors with a button to each cell, and makes no sheet', async () => {
    const actions = fakeActions({
      readAuthoringSheet: jest.fn().mockResolvedValue({
        sheetName: 'Khai báo chỉ tiêu',
        reading: {
          ok: false,
          findings: [
            {
              severity: 'error',
              cell: 'F14',
              message: {
                vi: 'Ô F14: mức chỉ tiêu “khoảng mười” không phải số.',
                en: 'Cell F14: not a number.',
              },
            },
            { severity: 'warning', cell: 'C15', message: { vi: 'Ô C15: tên ngắn.', en: 'Cell C15: short.' } },
          ],
        },
      }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Mẫu trong tệp này (Khai báo chỉ tiêu)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    const list = await screen.findByRole('list', { name: /trang “Khai báo chỉ tiêu” còn 1 lỗi/ });
    expect(list).toHaveTextContent('“khoảng mười” không phải số');
    expect(list).not.toHaveTextContent('tên ngắn');
    expect(actions.insertSheet).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Đến ô F14' }));
    expect(actions.goToCell).toHaveBeenCalledWith("'Khai báo chỉ tiêu'!F14");
  });
});
