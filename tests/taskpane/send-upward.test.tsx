import { fireEvent, render, screen } from '@testing-library/react';
import type { SealView } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/components/App';
import { formatLocalTime } from '../../src/core/time/local-time';
import { fakeActions, makeReport, makeTemplate, repeat } from './fixtures';

const SEALED_AT = '2026-11-29T22:50:00.000Z';
// The seal time on the clerk's own clock (this machine's), as day/month/year and hours:minutes.
const SHOWN_AT = formatLocalTime(SEALED_AT);
const error = {
  code: 'unreadable' as const,
  severity: 'error' as const,
  indicatorId: 'chi-tieu-2',
  cell: "'Chỉ tiêu 2023'!H13",
  message: { vi: 'Ô H13: không đọc được "abc" là số.', en: 'Cell H13: "abc" is not a number.' },
};

function seal(overrides: Partial<SealView> = {}): SealView {
  return {
    status: 'unchanged',
    sealedAt: SEALED_AT,
    changed: [],
    periodChanged: false,
    templateChanged: false,
    ...overrides,
  };
}

async function checked(actions = fakeActions(), lang: 'vi' | 'en' = 'vi') {
  render(<App actions={actions} builtIn={makeTemplate(3)} lang={lang} />);
  fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? 'Kiểm tra số liệu' : 'Check figures' }));
  await screen.findByRole('heading', { name: lang === 'vi' ? 'Kết quả kiểm tra' : 'Check result' });
  return actions;
}

describe('making the report and sealing from the pane', () => {
  it('offers both only after a check', async () => {
    render(<App actions={fakeActions()} builtIn={makeTemplate(3)} lang="vi" />);
    expect(screen.queryByRole('button', { name: 'Lập báo cáo' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Chốt số liệu' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra số liệu' }));
    expect(await screen.findByRole('button', { name: 'Lập báo cáo' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Chốt số liệu' })).toBeEnabled();
    // Nothing is sent from here: the heading says what the buttons do.
    expect(screen.getByRole('region', { name: 'Chốt số liệu, lập báo cáo' })).toBeInTheDocument();
    expect(screen.queryByText(/Gửi cấp trên/)).toBeNull();
  });

  it('tells where the report was written', async () => {
    const actions = await checked();
    fireEvent.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect(await screen.findByText(/Đã lập trang “Báo cáo”/)).toBeInTheDocument();
    expect(actions.makeReport).toHaveBeenCalledTimes(1);
  });

  it('passes the number, date and signer the clerk typed, and leaves empty fields to the pen', async () => {
    const actions = await checked();
    fireEvent.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    await screen.findByText(/Đã lập trang “Báo cáo”/);
    expect(actions.makeReport).toHaveBeenLastCalledWith({
      number: undefined,
      date: undefined,
      signerName: undefined,
    });

    fireEvent.change(screen.getByRole('textbox', { name: 'Số báo cáo' }), { target: { value: ' 12 ' } });
    fireEvent.change(screen.getByLabelText('Ngày báo cáo'), { target: { value: '2023-12-20' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Người ký (họ tên)' }), {
      target: { value: 'Nguyễn Văn An' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo (Word)' }));
    expect(await screen.findByText(/Đã tạo báo cáo Word “bao-cao-2023\.docx”/)).toBeInTheDocument();
    const details = { number: '12', date: '2023-12-20', signerName: 'Nguyễn Văn An' };
    expect(actions.wordReport).toHaveBeenCalledWith(details);
    expect(actions.saveFile).toHaveBeenCalledWith(
      'bao-cao-2023.docx',
      new Uint8Array([80, 75]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('says where the Word report can be made when this Excel cannot save a file from the pane', async () => {
    const actions = await checked(fakeActions({ canSaveFiles: false }));
    expect(screen.queryByRole('button', { name: 'Tải báo cáo (Word)' })).toBeNull();
    expect(screen.getByText(/không cho ngăn tác vụ lưu tệp.*app\.html.*--docx/)).toBeInTheDocument();
    expect(actions.saveFile).not.toHaveBeenCalled();
  });

  it('refuses the Word report too while the figures have errors, saying why', async () => {
    const actions = await checked(
      fakeActions({
        check: jest.fn().mockResolvedValue(makeReport(repeat('met', 3), [error])),
        wordReport: jest.fn().mockResolvedValue({ ok: false, reasons: [error] }),
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo (Word)' }));
    expect(await screen.findByText(/Chưa lập được báo cáo: số liệu còn 1 lỗi/)).toBeInTheDocument();
    expect(actions.saveFile).not.toHaveBeenCalled();
  });

  it('shows the refusal with its reasons while the figures have errors', async () => {
    const actions = await checked(
      fakeActions({
        check: jest.fn().mockResolvedValue(makeReport(repeat('met', 3), [error])),
        makeReport: jest.fn().mockResolvedValue({ ok: false, reasons: [error] }),
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect(
      await screen.findByText(
        /Chưa lập được báo cáo: số liệu còn 1 lỗi.*Ô H13: không đọc được "abc" là số\./,
      ),
    ).toBeInTheDocument();
    expect(actions.check).toHaveBeenCalledTimes(2);
  });

  it('seals, then shows the status the next check found', async () => {
    const sealStatus = jest
      .fn()
      .mockReturnValueOnce(seal({ status: 'unsealed', sealedAt: null }))
      .mockReturnValue(seal());
    const actions = await checked(fakeActions({ sealStatus }));
    expect(screen.getByText('Chưa chốt số liệu')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));

    expect(
      await screen.findByText(`Đã chốt số liệu lúc ${SHOWN_AT} (mã a1b2c3d4e5f6)`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Số liệu đã chốt lúc ${SHOWN_AT} — chưa thay đổi`)).toBeInTheDocument();
    expect(actions.seal).toHaveBeenCalledTimes(1);
  });

  it('names the indicators changed since the seal', async () => {
    await checked(
      fakeActions({
        sealStatus: jest
          .fn()
          .mockReturnValue(seal({ status: 'changed', changed: [{ id: 'x', name: 'Chỉ tiêu số 2' }] })),
      }),
    );
    expect(screen.getByText(/— đã thay đổi ở: “Chỉ tiêu số 2”$/)).toBeInTheDocument();
  });

  it('refuses the seal with the errors as reasons', async () => {
    await checked(fakeActions({ seal: jest.fn().mockResolvedValue({ ok: false, reasons: [error] }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Chốt số liệu' }));
    expect(await screen.findByText(/Chưa chốt được số liệu: còn 1 lỗi/)).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    await checked(fakeActions({ sealStatus: jest.fn().mockReturnValue(seal()) }), 'en');
    expect(screen.getByText(/^Figures sealed at .* — unchanged$/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Make report' }));
    expect(await screen.findByText(/The sheet “Báo cáo” is ready/)).toBeInTheDocument();
  });

  it('counts missing explanations in the summary', async () => {
    const report = makeReport(repeat('missed', 3));
    report.summary.missingExplanations = 2;
    await checked(fakeActions({ check: jest.fn().mockResolvedValue(report) }));
    expect(screen.getAllByText(/Thiếu giải trình 2/)).not.toHaveLength(0);
  });
});
