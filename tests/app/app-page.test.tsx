import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { FileActions } from '../../src/app/actions';
import { AppPage } from '../../src/app/components/AppPage';
import type { CheckedFile } from '../../src/app/files';
import { fileFailure, sheetReport } from '../../src/check-json/sheet-report';
import type { Finding } from '../../src/core/check/types';
import { makeReport, makeTemplate } from '../taskpane/fixtures';

/** The web page's components, with the file actions watched: what the clerk sees and what is asked. */

const builtIn = makeTemplate(3, 'Nghị quyết Hưng Tân 2023');

function checkedFile(file: string, findings: Finding[] = []): CheckedFile {
  const report = makeReport(['exceeded', 'missed', 'no-data'], findings);
  const json = sheetReport(file, 'Chỉ tiêu 2023', report, [], 'vi');
  const errors = findings.filter((f) => f.severity === 'error');
  return { file, sheets: [{ json, template: builtIn, report, errors }], failure: null, rows: [] };
}

const slip: Finding = {
  code: 'not-a-number',
  severity: 'error',
  indicatorId: 'chi-tieu-2',
  cell: "'Chỉ tiêu 2023'!H13",
  message: { vi: 'Ô H13: “tám” không phải là số.', en: 'Cell H13: “tám” is not a number.' },
};

function fakeActions(overrides: Partial<FileActions> = {}): jest.Mocked<FileActions> {
  return {
    makeSheet: jest.fn().mockResolvedValue('Đã tạo “chi-tieu-2023.xlsx”: 3 chỉ tiêu, kỳ báo cáo 6 tháng.'),
    readTemplate: jest.fn().mockResolvedValue({ ok: true, template: makeTemplate(5, 'Mẫu của xã') }),
    readAuthoring: jest.fn().mockResolvedValue({ ok: false, lines: ['not asked'] }),
    downloadSummary: jest.fn().mockResolvedValue('Đã tạo bảng tổng hợp “tong-hop.xlsx” từ 2 tệp.'),
    draftFromText: jest.fn().mockReturnValue({ ok: false, lines: [] }),
    checkFiles: jest.fn().mockResolvedValue([]),
    downloadReport: jest.fn().mockResolvedValue(true),
    ...overrides,
  } as jest.Mocked<FileActions>;
}

async function chooseFiles(label: string, files: File[]) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { files } });
  });
}

describe('making the standard sheet', () => {
  it('downloads the sheet of the built-in template for the period chosen', async () => {
    const actions = fakeActions();
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    expect(screen.getByRole('radio', { name: 'Mẫu có sẵn: Nghị quyết Hưng Tân 2023' })).toBeChecked();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kỳ báo cáo' }), { target: { value: '6-thang' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải biểu chỉ tiêu (.xlsx)' }));
    });
    expect(actions.makeSheet).toHaveBeenCalledWith(builtIn, '6-thang', 'vi');
    expect(screen.getByRole('status')).toHaveTextContent('Đã tạo “chi-tieu-2023.xlsx”');
  });

  it('takes a template .json file, and names each problem of a bad one', async () => {
    const actions = fakeActions({
      readTemplate: jest.fn().mockResolvedValue({
        ok: false,
        lines: [
          'Tệp mẫu “xa.json” có 1 lỗi, chưa tạo được biểu.',
          'indicators[0].target: thiếu mức chỉ tiêu',
        ],
      }),
    });
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Tệp mẫu chỉ tiêu (.json)' }));
    const button = screen.getByRole('button', { name: 'Tải biểu chỉ tiêu (.xlsx)' });
    expect(button).toBeDisabled();
    await chooseFiles('Chọn tệp mẫu (.json)', [new File(['{}'], 'xa.json')]);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Tệp mẫu “xa.json” có 1 lỗi');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('indicators[0].target: thiếu mức chỉ tiêu');
    expect(button).toBeDisabled();
    expect(actions.makeSheet).not.toHaveBeenCalled();
  });
});

describe('making the sheet from an authoring sheet (Khai báo chỉ tiêu)', () => {
  const AUTHORING = 'Trang “Khai báo chỉ tiêu” (.xlsx)';
  const CHOOSE = 'Chọn tệp có trang “Khai báo chỉ tiêu” (.xlsx)';

  it('refuses a sheet with errors, naming each cell, then takes the corrected file', async () => {
    const fromSheet = makeTemplate(6, 'Khai báo của xã');
    const readAuthoring = jest
      .fn()
      .mockResolvedValueOnce({
        ok: false,
        lines: [
          'Trang “Khai báo chỉ tiêu” của tệp “khai-bao.xlsx” có 2 lỗi, chưa tạo được biểu.',
          'Ô E12: loại “Chữ” không có trong danh sách.',
          'Ô G13: mức chỉ tiêu “mười” không phải là số.',
        ],
      })
      .mockResolvedValueOnce({ ok: true, template: fromSheet, line: 'Tệp “khai-bao.xlsx”: 6 chỉ tiêu.' });
    const actions = fakeActions({ readAuthoring });
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    fireEvent.click(screen.getByRole('radio', { name: AUTHORING }));
    const button = screen.getByRole('button', { name: 'Tải biểu chỉ tiêu (.xlsx)' });
    expect(button).toBeDisabled();
    expect(screen.getByText(/Chưa chọn tệp khai báo chỉ tiêu/)).toBeInTheDocument();

    const chosen = new File(['x'], 'khai-bao.xlsx');
    await chooseFiles(CHOOSE, [chosen]);
    expect(readAuthoring).toHaveBeenCalledWith(chosen, 'vi');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('có 2 lỗi, chưa tạo được biểu');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ô E12: loại “Chữ” không có trong danh sách.',
      'Ô G13: mức chỉ tiêu “mười” không phải là số.',
    ]);
    expect(button).toBeDisabled();

    await chooseFiles(CHOOSE, [chosen]);
    expect(screen.getByRole('status')).toHaveTextContent('Tệp “khai-bao.xlsx”: 6 chỉ tiêu.');
    expect(button).toBeEnabled();
    await act(async () => {
      fireEvent.click(button);
    });
    expect(actions.makeSheet).toHaveBeenCalledWith(fromSheet, 'nam', 'vi');
  });

  it('does not take the template of another source: a .json file chosen before is not the sheet’s', async () => {
    const actions = fakeActions();
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Tệp mẫu chỉ tiêu (.json)' }));
    await chooseFiles('Chọn tệp mẫu (.json)', [new File(['{}'], 'xa.json')]);
    fireEvent.click(screen.getByRole('radio', { name: AUTHORING }));
    expect(screen.getByRole('button', { name: 'Tải biểu chỉ tiêu (.xlsx)' })).toBeDisabled();
  });

  it('asks in English when the page is English', async () => {
    const actions = fakeActions();
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="en" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Authoring sheet “Khai báo chỉ tiêu” (.xlsx)' }));
    const chosen = new File(['x'], 'khai-bao.xlsx');
    await chooseFiles('Choose a file with the “Khai báo chỉ tiêu” sheet (.xlsx)', [chosen]);
    expect(actions.readAuthoring).toHaveBeenCalledWith(chosen, 'en');
  });
});

describe('making the sheet from pasted text', () => {
  it('drafts the template from the text, then downloads its sheet', async () => {
    const drafted = makeTemplate(4, 'Nghị quyết dán vào');
    const actions = fakeActions({
      draftFromText: jest.fn().mockReturnValue({ ok: true, template: drafted }),
    });
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Dán nguyên văn nghị quyết' }));
    const button = screen.getByRole('button', { name: 'Tải biểu chỉ tiêu (.xlsx)' });
    expect(button).toBeDisabled();
    fireEvent.change(screen.getByRole('textbox', { name: /Nguyên văn nghị quyết/ }), {
      target: { value: 'Tốc độ tăng trưởng kinh tế đạt 10% trở lên' },
    });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(actions.draftFromText).toHaveBeenCalledWith('Tốc độ tăng trưởng kinh tế đạt 10% trở lên', 'vi');
    expect(actions.makeSheet).toHaveBeenCalledWith(drafted, 'nam', 'vi');
    expect(screen.getByRole('status')).toHaveTextContent('Đã đọc được 4 chỉ tiêu từ văn bản');
  });

  it('says what to paste when no target can be read, and makes nothing', async () => {
    const actions = fakeActions({
      draftFromText: jest.fn().mockReturnValue({ ok: false, lines: ['Không đọc được chỉ tiêu nào.'] }),
    });
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Dán nguyên văn nghị quyết' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Nguyên văn nghị quyết/ }), {
      target: { value: 'Kính gửi các chi bộ' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải biểu chỉ tiêu (.xlsx)' }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Không đọc được chỉ tiêu nào.');
    expect(actions.makeSheet).not.toHaveBeenCalled();
  });
});

describe('checking filled files', () => {
  it('shows each file’s verdicts, findings and headline, and a report only without errors', async () => {
    const files = [checkedFile('xa-a.xlsx', [slip]), checkedFile('xa-b.xlsx')];
    const actions = fakeActions({ checkFiles: jest.fn().mockResolvedValue(files) });
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    const chosen = [new File(['a'], 'xa-a.xlsx'), new File(['b'], 'xa-b.xlsx')];
    await chooseFiles('Chọn tệp đã nhập số liệu', chosen);
    expect(actions.checkFiles).toHaveBeenCalledWith(chosen, 'vi');

    const first = screen.getByRole('article', { name: 'xa-a.xlsx' });
    const rows = within(first).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').at(-1)?.textContent)).toEqual([
      'Vượt',
      'Không đạt',
      'Chưa có số liệu',
    ]);
    expect(within(first).getByText('Đạt và vượt 1/3 chỉ tiêu chủ yếu.')).toBeInTheDocument();
    expect(within(first).getByRole('listitem')).toHaveTextContent('LỖI: Ô H13: “tám” không phải là số.');
    expect(within(first).getByText(/Chưa lập được báo cáo: số liệu còn 1 lỗi/)).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: 'Tải báo cáo (.xlsx)' })).toBeNull();

    const second = screen.getByRole('article', { name: 'xa-b.xlsx' });
    fireEvent.change(within(second).getByRole('textbox', { name: /Số báo cáo/ }), {
      target: { value: ' 25-BC/ĐU ' },
    });
    fireEvent.change(within(second).getByRole('textbox', { name: 'Họ tên người ký' }), {
      target: { value: 'Nguyễn Văn A' },
    });
    fireEvent.click(within(second).getByRole('button', { name: 'Tải báo cáo Word (.docx)' }));
    expect(actions.downloadReport).toHaveBeenCalledWith(
      files[1].sheets[0],
      { number: '25-BC/ĐU', date: undefined, signerName: 'Nguyễn Văn A' },
      'docx',
      'vi',
    );
  });

  it('says why a file cannot be read, and still shows the others', async () => {
    const failure = fileFailure(
      'ghi-chu.xlsx',
      {
        code: 'not-xlsx',
        message: { vi: 'Tệp không phải là sổ tính Excel (.xlsx).', en: 'Not an Excel workbook (.xlsx).' },
        details: [],
      },
      'vi',
    );
    const files: CheckedFile[] = [
      { file: 'ghi-chu.xlsx', sheets: [], failure, rows: [] },
      checkedFile('xa-b.xlsx'),
    ];
    render(
      <AppPage
        actions={fakeActions({ checkFiles: jest.fn().mockResolvedValue(files) })}
        builtIns={[builtIn]}
        initialLang="vi"
      />,
    );
    await chooseFiles('Chọn tệp đã nhập số liệu', [new File(['x'], 'ghi-chu.xlsx')]);
    expect(screen.getByRole('article', { name: 'ghi-chu.xlsx' })).toHaveTextContent(
      'Tệp không phải là sổ tính Excel (.xlsx).',
    );
    expect(screen.getByRole('article', { name: 'xa-b.xlsx' })).toBeInTheDocument();
  });

  it('offers the consolidated summary from two files on, and downloads it', async () => {
    const files = [checkedFile('xa-a.xlsx', [slip]), checkedFile('xa-b.xlsx')];
    const checkFiles = jest.fn().mockResolvedValueOnce(files.slice(1)).mockResolvedValueOnce(files);
    const actions = fakeActions({ checkFiles });
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    await chooseFiles('Chọn tệp đã nhập số liệu', [new File(['b'], 'xa-b.xlsx')]);
    expect(screen.getByRole('article', { name: 'xa-b.xlsx' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải bảng tổng hợp (.xlsx)' })).toBeNull();

    await chooseFiles('Chọn tệp đã nhập số liệu', [
      new File(['a'], 'xa-a.xlsx'),
      new File(['b'], 'xa-b.xlsx'),
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải bảng tổng hợp (.xlsx)' }));
    });
    expect(actions.downloadSummary).toHaveBeenCalledWith(files, 'vi');
    expect(screen.getByRole('status')).toHaveTextContent('Đã tạo bảng tổng hợp “tong-hop.xlsx” từ 2 tệp.');
  });

  it('says so when the summary cannot be made', async () => {
    const files = [checkedFile('xa-a.xlsx'), checkedFile('xa-b.xlsx')];
    const actions = fakeActions({
      checkFiles: jest.fn().mockResolvedValue(files),
      downloadSummary: jest.fn().mockRejectedValue(new Error('hết bộ nhớ')),
    });
    render(<AppPage actions={actions} builtIns={[builtIn]} initialLang="vi" />);
    await chooseFiles('Chọn tệp đã nhập số liệu', [
      new File(['a'], 'xa-a.xlsx'),
      new File(['b'], 'xa-b.xlsx'),
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tải bảng tổng hợp (.xlsx)' }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Có lỗi không lường trước: Error: hết bộ nhớ.');
  });

  it('switches to English', () => {
    render(<AppPage actions={fakeActions()} builtIns={[builtIn]} initialLang="vi" />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Download the standard sheet (.xlsx)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choose filled-in files')).toBeInTheDocument();
  });
});
