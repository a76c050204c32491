import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadTemplate } from '../../src/core/template/load';
import type { Template } from '../../src/core/template/types';
import { editWorkbook, fillTypical, layoutOf, runCli, swapRows, tempDir, TYPICAL_STATUSES } from './support';

interface Report {
  file: string;
  sheet: string;
  period: string;
  template: { id: string; year: number };
  indicators: {
    id: string;
    cell: string;
    raw: unknown;
    value: unknown;
    status: string;
    percentOfTarget: number | null;
  }[];
  issues: {
    indicator: string | null;
    cell: string | null;
    severity: string;
    code: string;
    message: string;
  }[];
  summary: Record<string, number>;
  error?: { code: string; message: string; details: string[] };
}

async function checkJson(files: string[], dir: string, lang = 'vi') {
  const run = await runCli(['check', ...files, '--json', '--lang', lang], dir);
  return { ...run, reports: JSON.parse(run.stdout) as Report[] };
}

function loaded(input: unknown): Template {
  const result = loadTemplate(input);
  if (!result.ok) throw new Error('test template refused');
  return result.template;
}

const statuses = (report: Report) => Object.fromEntries(report.indicators.map((i) => [i.id, i.status]));
const indicator = (report: Report, id: string) => report.indicators.find((i) => i.id === id)!;
const issuesOf = (report: Report, id: string) => report.issues.filter((issue) => issue.indicator === id);

const { dir, cleanup } = tempDir();
const file = (name: string) => path.join(dir, name);
afterAll(cleanup);

beforeAll(async () => {
  expect((await runCli(['template', '--out', 'blank.xlsx'], dir)).code).toBe(0);
  await editWorkbook(file('blank.xlsx'), fillTypical, undefined, file('filled.xlsx'));
});

describe('check on the built-in template', () => {
  it('gives the verdicts of figures typed as clerks type them', async () => {
    const { code, reports } = await checkJson(['filled.xlsx'], dir);
    expect(code).toBe(1); // the income typed in đồng is an error
    const [report] = reports;
    expect(report).toMatchObject({
      file: 'filled.xlsx',
      sheet: 'Chỉ tiêu 2023',
      period: 'nam',
      template: { id: 'hung-tan-2023', year: 2023 },
    });
    expect(statuses(report)).toMatchObject(TYPICAL_STATUSES);
    // three misses (growth, BHYT, the party rating) and not one explanation for them
    expect(report.summary.missingExplanations).toBe(3);
    expect(indicator(report, 'gia-dinh-van-hoa')).toMatchObject({
      raw: 0.961,
      value: 96.1,
      percentOfTarget: 100.1,
    });
    expect(indicator(report, 'tang-truong-kinh-te')).toMatchObject({ raw: '8,67%', value: 8.67 });
    expect(indicator(report, 'gia-tri-san-xuat').cell).toMatch(/^'Chỉ tiêu 2023'!G\d+$/);
    expect(issuesOf(report, 'thu-nhap-binh-quan')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          code: 'unit-slip',
          cell: indicator(report, 'thu-nhap-binh-quan').cell,
        }),
      ]),
    );
    expect(report.summary).toMatchObject({ exceeded: 3, met: 3, missed: 3, invalid: 1 });
    expect(report.summary.errors).toBe(report.issues.filter((issue) => issue.severity === 'error').length);
  });

  it('exits 0 when no figure has an error', async () => {
    await editWorkbook(
      file('filled.xlsx'),
      ({ input }) => {
        input('thu-nhap-binh-quan').value = 57;
      },
      undefined,
      file('clean.xlsx'),
    );
    const { code, reports } = await checkJson(['clean.xlsx'], dir);
    expect(reports[0].summary.errors).toBe(0);
    expect(code).toBe(0);
  });

  it('prints a table in Vietnamese, or English with --lang en, without colour when piped', async () => {
    const vi = await runCli(['check', 'filled.xlsx'], dir);
    expect(vi.stdout).toContain('kỳ báo cáo: Năm');
    expect(vi.stdout).toMatch(/Tỷ lệ gia đình văn hóa\s+96,1%\s+≥ 96%\s+100,1%\s+Vượt/);
    expect(vi.stdout).toMatch(/Tỷ lệ người dân tham gia BHYT\s+95%\s+≥ 96%\s+98,96%\s+Không đạt/);
    expect(vi.stdout).toMatch(/LỖI: Ô G\d+ – Thu nhập bình quân đầu người: /);
    expect(vi.stdout).not.toContain("'Chỉ tiêu 2023'!");
    expect(vi.stdout).not.toContain('\u001b[');
    const en = await runCli(['check', 'filled.xlsx', '--lang', 'en'], dir);
    expect(en.stdout).toMatch(/Tỷ lệ gia đình văn hóa\s+96\.1%\s+≥ 96%\s+100\.1%\s+Exceeded/);
    expect(en.stdout).toContain('report period: Year');
    expect(en.stdout).toMatch(/ERROR: Cell G\d+ – /);
  });

  it('colours misses and errors on a terminal, unless NO_COLOR is set', async () => {
    const tty = await runCli(['check', 'filled.xlsx'], dir, { tty: true });
    const bhyt = tty.stdout.split('\n').find((line) => line.includes('Tỷ lệ người dân tham gia BHYT'));
    const red = '\u001b[31;1m';
    expect(bhyt?.startsWith(red)).toBe(true);
    expect(bhyt).toContain('Không đạt');
    expect(tty.stdout).toContain(`${red}LỖI`);
    const noColour = await runCli(['check', 'filled.xlsx'], dir, { tty: true, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain('\u001b[');
  });

  it('reads the period chosen in the sheet', async () => {
    await editWorkbook(
      file('filled.xlsx'),
      ({ sheet, layout }) => {
        sheet.getCell(layout.periodCell).value = '6 tháng';
      },
      undefined,
      file('six-months.xlsx'),
    );
    const { reports } = await checkJson(['six-months.xlsx'], dir);
    expect(reports[0].period).toBe('6-thang');
    // 10 new party members against 8 for the year is on track at six months.
    expect(indicator(reports[0], 'dang-vien-moi').status).toBe('on-track');
  });

  it('finds the sheet and the rows after the sheet is renamed and the rows re-sorted', async () => {
    await editWorkbook(
      file('filled.xlsx'),
      ({ workbook, sheet, layout }) => {
        const row = (id: string) => layout.rows.find((each) => each.indicatorId === id)!.row;
        swapRows(sheet, row('gia-tri-san-xuat'), row('bhyt'));
        swapRows(sheet, row('ho-ngheo'), row('dang-vien-moi'));
        sheet.name = 'Báo cáo gửi huyện';
        workbook.addWorksheet('Ghi chú').getCell('A1').value = 'Mã';
      },
      undefined,
      file('moved.xlsx'),
    );
    const { reports } = await checkJson(['moved.xlsx'], dir);
    expect(reports).toHaveLength(1);
    expect(reports[0].sheet).toBe('Báo cáo gửi huyện');
    expect(statuses(reports[0])).toMatchObject(TYPICAL_STATUSES);
    // bhyt now stands where the production value stood.
    const movedTo = layoutOf().rows.find((each) => each.indicatorId === 'gia-tri-san-xuat')!.row;
    expect(indicator(reports[0], 'bhyt').cell).toBe(`'Báo cáo gửi huyện'!G${movedTo}`);
  });
});

describe('check on a template given with --template', () => {
  const template = {
    format: 'resolution-targets/v1',
    id: 'xa-mau-2024',
    title: 'Nghị quyết về nhiệm vụ năm 2024',
    issuer: 'Đảng bộ xã Mẫu',
    year: 2024,
    indicators: [
      {
        id: 'thu-nhap',
        group: 'Kinh tế',
        name: 'Thu nhập bình quân',
        unit: 'triệu đồng/người',
        type: 'number',
        target: { op: '>=', value: 60 },
        min: 0,
        max: 1000,
      },
      {
        id: 'ho-ngheo',
        group: 'Xã hội',
        name: 'Tỷ lệ hộ nghèo',
        unit: '%',
        type: 'percent',
        target: { op: '<', value: 1 },
      },
      {
        id: 'xep-loai',
        group: 'Xây dựng Đảng',
        name: 'Xếp loại chính quyền',
        type: 'rating',
        scale: ['Xuất sắc', 'Tốt', 'Khá'],
        target: { op: '>=', value: 'Tốt' },
      },
    ],
  };

  it('writes the sheet from the file and judges its figures', async () => {
    writeFileSync(file('xa-mau.json'), JSON.stringify(template));
    const written = await runCli(['template', '--template', 'xa-mau.json'], dir);
    expect(written).toMatchObject({ code: 0, stdout: expect.stringContaining('chi-tieu-2024.xlsx') });
    await editWorkbook(
      file('chi-tieu-2024.xlsx'),
      ({ input }) => {
        input('thu-nhap').value = '61,5';
        input('ho-ngheo').value = 0.008;
        input('xep-loai').value = 'Xuất sắc';
      },
      loaded(template),
    );
    const { code, reports } = await checkJson(['chi-tieu-2024.xlsx'], dir);
    expect(reports[0]).toMatchObject({ template: { id: 'xa-mau-2024', year: 2024 } });
    expect(statuses(reports[0])).toEqual({
      'thu-nhap': 'exceeded',
      'ho-ngheo': 'met',
      'xep-loai': 'exceeded',
    });
    expect(code).toBe(0);
  });
});

describe('bad input', () => {
  beforeAll(async () => {
    writeFileSync(file('notes.xlsx'), 'Mã;Thực hiện 2023\nbhyt;95\n');
    const whole = readFileSync(file('filled.xlsx'));
    writeFileSync(file('truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    // Excel saves a workbook with a password to open as an OLE file with an EncryptionInfo stream.
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    writeFileSync(file('password.xlsx'), ole);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Chỉ tiêu 2023').addRow(['STT', 'Mã', 'Thực hiện 2023']);
    await plain.xlsx.writeFile(file('plain.xlsx'));
    await editWorkbook(
      file('filled.xlsx'),
      ({ workbook }) => {
        const store = workbook.worksheets.find((sheet) => sheet.state === 'veryHidden')!;
        const part = store.getCell('C2');
        part.value = String(part.value).replace('"value":9', '"value":"chín"');
      },
      undefined,
      file('tampered.xlsx'),
    );
    await editWorkbook(
      file('filled.xlsx'),
      ({ sheet, layout }) => {
        sheet.spliceRows(layout.rows.find((row) => row.indicatorId === 'bhyt')!.row, 1);
      },
      undefined,
      file('deleted.xlsx'),
    );
    await editWorkbook(
      file('clean.xlsx'),
      ({ input }) => {
        input('gia-tri-san-xuat').value = { error: '#DIV/0!' };
        // Excel turns a typed date into a date-formatted number.
        input('thu-ngan-sach').value = new Date(Date.UTC(2023, 11, 31));
        input('thu-ngan-sach').numFmt = 'dd/mm/yyyy';
        input('dan-van-kheo').value = true;
        input('dang-vien-moi').value = '8'.repeat(40_000);
      },
      undefined,
      file('odd.xlsx'),
    );
  });

  it('says for each unreadable file which and why, and still checks the others (exit 2)', async () => {
    const names = [
      'notes.xlsx',
      'truncated.xlsx',
      'password.xlsx',
      'plain.xlsx',
      'tampered.xlsx',
      'missing.xlsx',
      'clean.xlsx',
    ];
    const { code, reports, stderr } = await checkJson(names, dir);
    expect(code).toBe(2);
    const errors = Object.fromEntries(reports.filter((r) => r.error).map((r) => [r.file, r.error!.code]));
    expect(errors).toEqual({
      'notes.xlsx': 'not-xlsx',
      'truncated.xlsx': 'corrupt',
      'password.xlsx': 'encrypted',
      'plain.xlsx': 'no-template',
      'tampered.xlsx': 'invalid-template',
      'missing.xlsx': 'file-missing',
    });
    expect(reports.at(-1)).toMatchObject({ file: 'clean.xlsx', summary: { errors: 0 } });
    expect(stderr).toContain('password.xlsx: không kiểm tra được.');
    expect(stderr).toContain('đặt mật khẩu');
    expect(stderr).toContain('notes.xlsx: không kiểm tra được.\n  Đây không phải tệp Excel .xlsx.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists what is wrong with a tampered stored template and judges nothing', async () => {
    const { code, stdout } = await runCli(['check', 'tampered.xlsx', '--lang', 'en'], dir);
    expect(code).toBe(2);
    expect(stdout).toContain('tampered.xlsx: could not be checked.');
    expect(stdout).toContain('was altered or is damaged');
    expect(stdout).toMatch(/- indicators\[1\] \(tang-truong-kinh-te\) › target › value: .*"chín"/);
  });

  it('reports deleted rows and odd cell contents as errors on their cells (exit 1)', async () => {
    const { code, reports } = await checkJson(['deleted.xlsx', 'odd.xlsx'], dir);
    expect(code).toBe(1);
    const [deleted, odd] = reports;
    expect(issuesOf(deleted, 'bhyt')).toEqual([
      expect.objectContaining({ code: 'missing-row', severity: 'error' }),
    ]);
    expect(statuses(deleted)).toMatchObject({ bhyt: 'invalid', 'gia-dinh-van-hoa': 'exceeded' });
    const codeAt = (id: string) => issuesOf(odd, id).map((issue) => [issue.code, issue.severity, issue.cell]);
    expect(codeAt('gia-tri-san-xuat')).toEqual([
      ['cell-error', 'error', indicator(odd, 'gia-tri-san-xuat').cell],
    ]);
    expect(codeAt('thu-ngan-sach')).toEqual([['unreadable', 'error', indicator(odd, 'thu-ngan-sach').cell]]);
    expect(codeAt('dan-van-kheo')).toEqual([['unreadable', 'error', indicator(odd, 'dan-van-kheo').cell]]);
    expect(codeAt('dang-vien-moi')).toEqual([['unreadable', 'error', indicator(odd, 'dang-vien-moi').cell]]);
    expect(indicator(odd, 'gia-tri-san-xuat').raw).toEqual({ error: '#DIV/0!' });
    expect(indicator(odd, 'thu-ngan-sach').raw).toBe('2023-12-31T00:00:00.000Z');
    for (const id of ['gia-tri-san-xuat', 'thu-ngan-sach', 'dan-van-kheo', 'dang-vien-moi']) {
      expect(indicator(odd, id)).toMatchObject({ status: 'invalid', value: null });
    }
  });
});

describe('growth against the production value and the 2022 value the clerk entered', () => {
  const growthRule = 'tang-truong-va-gia-tri-san-xuat';
  /** The blank sheet with the production value in G11, last year's in E11 and growth as given. */
  async function entered(name: string, last: string | number | null, growth: number) {
    await editWorkbook(
      file('blank.xlsx'),
      ({ cell, input }) => {
        expect(cell('gia-tri-san-xuat', 'baseline').address).toBe('E11');
        expect(input('gia-tri-san-xuat').address).toBe('G11');
        cell('gia-tri-san-xuat', 'baseline').value = last;
        input('gia-tri-san-xuat').value = 221.45;
        input('tang-truong-kinh-te').value = growth;
      },
      undefined,
      file(name),
    );
    const { reports } = await checkJson([name], dir);
    return reports[0];
  }
  const ruleIssues = (report: Report) =>
    report.issues.filter((issue) => (issue as { rule?: string }).rule === growthRule);

  it('E11 = 199,7, G11 = 221,45 and growth 9,12%: the rule fails (221,45 / 199,7 is about 10,9%)', async () => {
    const report = await entered('growth-wrong.xlsx', '199,7', 0.0912);
    expect(ruleIssues(report)).toEqual([
      expect.objectContaining({
        code: 'rule-failed',
        severity: 'warning',
        left: 9.12,
        right: 10.891337,
        cells: [
          indicator(report, 'tang-truong-kinh-te').cell,
          indicator(report, 'gia-tri-san-xuat').cell,
          "'Chỉ tiêu 2023'!E11",
        ],
      }),
    ]);
    expect(ruleIssues(report)[0].message).toContain('giá trị sản xuất năm 2022 đã nhập');
    // Typed as text with a decimal comma, it is read as 199,7 and named as a figure stored as text.
    expect(issuesOf(report, 'gia-tri-san-xuat').map((issue) => [issue.code, issue.cell])).toEqual([
      ['stored-as-text', "'Chỉ tiêu 2023'!E11"],
    ]);
    expect((indicator(report, 'gia-tri-san-xuat') as { baseline?: unknown }).baseline).toEqual({
      raw: '199,7',
      value: 199.7,
      cell: "'Chỉ tiêu 2023'!E11",
    });
    const asNumber = await entered('growth-wrong-number.xlsx', 199.7, 0.0912);
    expect(ruleIssues(asNumber).map((issue) => issue.code)).toEqual(['rule-failed']);
  });

  it('with growth 10,89% the rule holds', async () => {
    expect(ruleIssues(await entered('growth-right.xlsx', 199.7, 0.1089))).toEqual([]);
  });

  it('with E11 empty the rule is skipped', async () => {
    const report = await entered('growth-no-2022.xlsx', null, 0.0912);
    expect(ruleIssues(report)).toEqual([]);
    expect(issuesOf(report, 'gia-tri-san-xuat')).toEqual([]);
  });
});
