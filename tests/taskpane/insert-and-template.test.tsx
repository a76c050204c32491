import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ExcelActionError } from '../../src/adapters/excel/errors';
import type { InsertResult } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/components/App';
import { deferred, fakeActions, makeTemplate } from './fixtures';

function jsonFile(name: string, content: string) {
  return new File([content], name, { type: 'application/json' });
}

async function chooseFile(file: File) {
  fireEvent.click(screen.getByRole('radio', { name: 'Tệp mẫu (.json) trên máy' }));
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Chọn tệp mẫu'), { target: { files: [file] } });
  });
}

describe('creating the targets sheet', () => {
  it('creates the sheet from the built-in template', async () => {
    const builtIn = makeTemplate(3, 'Nghị quyết Hưng Tân 2023');
    const actions = fakeActions();
    render(<App actions={actions} builtIn={builtIn} lang="vi" />);
    expect(screen.getByRole('radio', { name: 'Mẫu có sẵn: Nghị quyết Hưng Tân 2023' })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    expect(await screen.findByText(/Đã tạo biểu “Chỉ tiêu 2023”/)).toBeInTheDocument();
    expect(actions.insertSheet).toHaveBeenCalledWith(builtIn, undefined);
  });

  it('shows a spinner and disables the buttons while Excel works', async () => {
    const pending = deferred<InsertResult>();
    const actions = fakeActions({ insertSheet: jest.fn().mockReturnValue(pending.promise) });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.getAllByText('Đang tạo biểu chỉ tiêu…')).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Kiểm tra số liệu' })).toBeDisabled();
    await act(async () => pending.resolve({ sheetName: 'Chỉ tiêu 2023', kind: 'created', notes: [] }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kiểm tra số liệu' })).toBeEnabled();
  });

  it.each([
    ['Mở biểu đã có', 'open', /Đã mở biểu “Chỉ tiêu 2023”/],
    ['Cập nhật bố cục, giữ nguyên mọi số liệu', 'update', /số liệu đã nhập được giữ nguyên/],
    ['Thêm một bản mới', 'copy', /Đã tạo biểu “Chỉ tiêu 2023 \(2\)”/],
  ] as const)('asks what to do when the sheet exists: %s', async (label, choice, said) => {
    const template = makeTemplate(3);
    const kind = choice === 'open' ? 'opened' : choice === 'update' ? 'updated' : 'created';
    const sheetName = choice === 'copy' ? 'Chỉ tiêu 2023 (2)' : 'Chỉ tiêu 2023';
    const actions = fakeActions({
      insertSheet: jest
        .fn()
        .mockResolvedValueOnce({ kind: 'needs-choice', sheetName: 'Chỉ tiêu 2023' })
        .mockResolvedValueOnce({ sheetName, kind, notes: [] }),
    });
    render(<App actions={actions} builtIn={template} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Biểu chỉ tiêu đã có' });
    expect(dialog).toHaveTextContent('Tệp này đã có biểu “Chỉ tiêu 2023”');
    expect(actions.insertSheet).toHaveBeenCalledTimes(1);
    fireEvent.click(await screen.findByRole('button', { name: label }));
    expect(await screen.findByText(said)).toBeInTheDocument();
    expect(actions.insertSheet).toHaveBeenLastCalledWith(template, choice);
  });

  it('does nothing to the workbook when the choice is cancelled', async () => {
    const actions = fakeActions({
      insertSheet: jest.fn().mockResolvedValue({ kind: 'needs-choice', sheetName: 'Chỉ tiêu 2023' }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    await screen.findByRole('dialog');
    fireEvent.click(await screen.findByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(actions.insertSheet).toHaveBeenCalledTimes(1);
    expect(actions.insertSheet).toHaveBeenCalledWith(expect.anything(), undefined);
  });

  it('passes on what this Excel could not set up', async () => {
    const note = {
      vi: 'Phiên bản Excel này không đặt được kiểm tra dữ liệu cho ô nhập.',
      en: 'This Excel version cannot set data validation on the input cells.',
    };
    const actions = fakeActions({
      insertSheet: jest
        .fn()
        .mockResolvedValue({ kind: 'created', sheetName: 'Chỉ tiêu 2023', notes: [note] }),
    });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    expect(
      await screen.findByText(/Đã tạo biểu “Chỉ tiêu 2023”.*không đặt được kiểm tra dữ liệu/),
    ).toBeInTheDocument();
  });

  it('shows Excel’s refusal in words, not as a crash', async () => {
    const refusal = new ExcelActionError('AccessDenied', {
      vi: 'Trang tính đang được bảo vệ. Hãy bỏ bảo vệ rồi thử lại.',
      en: 'The sheet is protected. Unprotect it and try again.',
    });
    const actions = fakeActions({ insertSheet: jest.fn().mockRejectedValue(refusal) });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    expect(
      await screen.findByText('Trang tính đang được bảo vệ. Hãy bỏ bảo vệ rồi thử lại.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Chưa làm được')).toBeInTheDocument();
  });

  it('says something a clerk understands for an unexpected failure', async () => {
    const actions = fakeActions({ check: jest.fn().mockRejectedValue(new TypeError('x is undefined')) });
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra số liệu' }));
    expect(await screen.findByText(/Excel chưa làm được việc này/)).toBeInTheDocument();
    expect(screen.queryByText(/undefined/)).not.toBeInTheDocument();
  });
});

describe('a template from a file', () => {
  it('lists every problem of a bad template file', async () => {
    const actions = fakeActions();
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    const bad = {
      format: 'resolution-targets/v1',
      id: 'Sai Mã',
      title: 'Mẫu sai',
      issuer: 'Xã',
      year: 1800,
      indicators: [{ id: 'a', group: 'G', name: 'N', type: 'percent', target: { op: '>=', value: '9%' } }],
    };
    await chooseFile(jsonFile('mau-sai.json', JSON.stringify(bad)));
    const list = await screen.findByRole('list', { name: /Tệp “mau-sai\.json” có \d+ chỗ cần sửa/ });
    const items = list.querySelectorAll('li');
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(list).toHaveTextContent('id');
    expect(list).toHaveTextContent('year');
    expect(list).toHaveTextContent('target');

    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    expect(
      await screen.findByText('Hãy chọn một tệp mẫu hợp lệ trước khi tạo biểu.', { selector: 'div *' }),
    ).toBeInTheDocument();
    expect(actions.insertSheet).not.toHaveBeenCalled();
  });

  it('says where a file that is not JSON goes wrong', async () => {
    render(<App actions={fakeActions()} builtIn={makeTemplate(3)} lang="vi" />);
    await chooseFile(jsonFile('hong.json', '{ "format": "resolution-targets/v1",\n  "id": }'));
    const list = await screen.findByRole('list', { name: /Tệp “hong\.json” có 1 chỗ cần sửa/ });
    expect(list).toHaveTextContent(/Dòng 2, cột 9/);
  });

  it('uses a valid template file for the new sheet', async () => {
    const actions = fakeActions();
    render(<App actions={actions} builtIn={makeTemplate(3)} lang="vi" />);
    const fromFile = makeTemplate(5, 'Nghị quyết xã khác');
    await chooseFile(jsonFile('xa-khac.json', JSON.stringify({ ...fromFile })));
    expect(await screen.findByText('Đã đọc mẫu “Nghị quyết xã khác”: 5 chỉ tiêu.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }));
    await waitFor(() => expect(actions.insertSheet).toHaveBeenCalled());
    expect(actions.insertSheet.mock.calls[0][0].title).toBe('Nghị quyết xã khác');
  });
});
