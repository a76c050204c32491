import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { editWorkbook, fillTypical, runCli, tempDir, type Editor } from '../cli/support';

const { dir, cleanup } = tempDir();
const folder = path.join(dir, 'xa');
const file = (name: string) => path.join(folder, name);
afterAll(cleanup);

function fillClean(editor: Editor): void {
  fillTypical(editor);
  editor.input('thu-nhap-binh-quan').value = 57;
  // "8,67%" typed again as a number: a figure stored as text is never sealed.
  editor.input('tang-truong-kinh-te').value = 0.0867;
  editor.cell('bhyt', 'explanation').value = 'Một số hộ chưa gia hạn thẻ';
}

const GOOD = ['hung-tan.xlsx', 'hung-loi.xlsx', 'hung-phu.xlsx'];
const WITH_ERRORS = 'hung-hoa.xlsx';
const BAD = ['hong.xlsx', 'ghi-chu.txt', 'gia-xlsx.xlsx'];

beforeAll(async () => {
  mkdirSync(folder);
  expect((await runCli(['template', '--out', 'blank.xlsx'], dir)).code).toBe(0);
  const blank = path.join(dir, 'blank.xlsx');
  await editWorkbook(blank, fillClean, undefined, file(GOOD[0]));
  await editWorkbook(blank, fillClean, undefined, file(GOOD[1]));
  expect((await runCli(['seal', path.join('xa', GOOD[1])], dir)).code).toBe(0);
  copyFileSync(file(GOOD[1]), file(GOOD[2]));
  await editWorkbook(file(GOOD[2]), ({ input }) => (input('dang-vien-moi').value = 12));
  await editWorkbook(blank, fillTypical, undefined, file(WITH_ERRORS));
  const bytes = readFileSync(file(GOOD[0]));
  writeFileSync(file(BAD[0]), bytes.subarray(0, bytes.length >> 1));
  writeFileSync(file(BAD[1]), 'Ghi chú gửi huyện\n');
  writeFileSync(file(BAD[2]), 'không phải Excel');
});

describe('check DIR --summary', () => {
  it('writes a workbook with every readable file, its seal and counts, names every bad file, and goes on', async () => {
    const run = await runCli(['check', 'xa', '--summary', 'tong-hop.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Đã kiểm tra 4/7 tệp; bảng tổng hợp đã ghi vào tong-hop.xlsx.');
    for (const bad of BAD) expect(run.stdout).toContain(path.join('xa', bad));
    expect(run.stdout).toMatch(new RegExp(`xa/${WITH_ERRORS}: \\d+ lỗi`));
    expect(run.stdout).toContain(`xa/${GOOD[2]}: dang-vien-moi`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'tong-hop.xlsx'));
    const overview = workbook.getWorksheet('Tổng hợp')!;
    expect(overview.getRow(3).values).toEqual(expect.arrayContaining(['Chốt số liệu', 'Thiếu giải trình']));
    const rows = new Map<string, unknown[]>();
    for (let r = 4; r <= overview.rowCount; r++) {
      const values = (overview.getRow(r).values as unknown[]).slice(1);
      rows.set(String(values[1]), values);
    }
    // File names only: the folders the district keeps them in are not the communes' business.
    expect([...rows.keys()].sort()).toEqual([...GOOD, WITH_ERRORS, ...BAD].sort());
    const [
      stt,
      ,
      issuer,
      sheet,
      period,
      seal,
      exceeded,
      met,
      missed,
      noData,
      invalid,
      errors,
      warnings,
      missingExplanations,
    ] = rows.get(GOOD[0])!;
    expect(stt).toEqual(expect.any(Number));
    expect({ issuer, sheet, period, seal }).toEqual({
      issuer: 'Đảng ủy xã Hưng Tân',
      sheet: 'Chỉ tiêu 2023',
      period: 'Năm',
      seal: 'Chưa chốt',
    });
    expect({ exceeded, met, missed, noData, invalid, errors }).toEqual({
      exceeded: 3,
      met: 4,
      missed: 3,
      noData: 14,
      invalid: 0,
      errors: 0,
    });
    // Growth and the party rating are missed without a Giải trình; BHYT, also missed, has one.
    expect(missingExplanations).toBe(2);
    expect(warnings).toEqual(expect.any(Number));
    expect(rows.get(GOOD[1])![5]).toBe('Đã chốt, không sửa');
    expect(rows.get(GOOD[2])![5]).toBe('Đã chốt, SAU ĐÓ ĐÃ SỬA: dang-vien-moi');
    expect(Number(rows.get(WITH_ERRORS)![11])).toBeGreaterThan(0);
    for (const bad of BAD) expect(String(rows.get(bad)![15])).toMatch(/^Không đọc được: /);

    // One sheet per indicator across the communes, coloured like the standard sheet.
    // Then the consolidation across communes and its warnings (tests/core/report-plan).
    expect(workbook.worksheets.map((each) => each.name).slice(0, 3)).toEqual([
      'Tổng hợp',
      'Tổng hợp chỉ tiêu',
      'Cảnh báo tổng hợp',
    ]);
    expect(workbook.worksheets).toHaveLength(1 + 2 + 24);
    const growth = workbook.worksheets.find((each) =>
      each.getCell('A1').text.startsWith('tang-truong-kinh-te'),
    )!;
    // Four files of one commune, then what the consolidation counts of them: a rate has no total.
    expect(growth.rowCount).toBe(3 + 4 + 3);
    expect([8, 9, 10].map((r) => [growth.getCell(`B${r}`).text, growth.getCell(`E${r}`).value])).toEqual([
      ['Nhỏ nhất (1 xã được tổng hợp)', 8.67],
      ['Trung vị (1 xã được tổng hợp)', 8.67],
      ['Lớn nhất (1 xã được tổng hợp)', 8.67],
    ]);
    const missedRow = growth.getRow(4);
    expect(missedRow.getCell(8).value).toBe('Không đạt');
    expect(missedRow.getCell(8).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });

  it('writes a CSV with a BOM, or JSON, naming the same files', async () => {
    expect((await runCli(['check', 'xa', '--summary', 'tong-hop.csv'], dir)).code).toBe(2);
    const csv = readFileSync(path.join(dir, 'tong-hop.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFSTT,Tệp,Đơn vị,Trang,Kỳ báo cáo,Chốt số liệu,Vượt,Đạt (đúng tiến độ),Không đạt (chậm tiến độ),Chưa có số liệu,Không hợp lệ,Lỗi,Cảnh báo,Thiếu giải trình,Số chỉ tiêu,Ghi chú',
    );
    for (const each of [...GOOD, WITH_ERRORS, ...BAD]) expect(csv).toContain(`,${each},`);
    expect(csv).not.toContain(path.join('xa', GOOD[0]));

    expect((await runCli(['check', 'xa', '--summary', 'tong-hop.json', '--lang', 'en'], dir)).code).toBe(2);
    const consolidated = JSON.parse(readFileSync(path.join(dir, 'tong-hop.json'), 'utf8')) as {
      communes: { file: string; ok: boolean; seal?: { status: string } }[];
      indicators: { key: string; communes: { file: string }[]; total: number | null }[];
      warnings: { code: string; files: string[] }[];
    };
    const json = consolidated.communes;
    // Every good file is Hưng Tân's: one commune, counted once, the others named as copies.
    expect(consolidated.indicators).toHaveLength(24);
    for (const indicator of consolidated.indicators) expect(indicator.communes).toHaveLength(1);
    const duplicate = consolidated.warnings.find((w) => w.code === 'duplicate-commune');
    expect([...(duplicate?.files ?? [])].sort()).toEqual([...GOOD, WITH_ERRORS].sort());
    expect(
      json
        .filter((row) => row.ok)
        .map((row) => path.basename(row.file))
        .sort(),
    ).toEqual([...GOOD, WITH_ERRORS].sort());
    expect(
      json
        .filter((row) => !row.ok)
        .map((row) => path.basename(row.file))
        .sort(),
    ).toEqual([...BAD].sort());
    expect(json.find((row) => row.file.endsWith(GOOD[1]))?.seal?.status).toBe('unchanged');
  });

  it('shows a progress bar naming the file on a terminal, and refuses an unknown summary kind', async () => {
    const run = await runCli(['check', ...GOOD.map((f) => path.join('xa', f)), '--summary', 'th.xlsx'], dir, {
      tty: true,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/\[[█░]{24}\] 3\/3 tệp · đang đọc xa\/hung-/);
    const wrong = await runCli(['check', 'xa', '--summary', 'tong-hop.pdf'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('.xlsx, .csv hoặc .json');
  });

  it('never writes the summary over a file it checks, even with --force', async () => {
    const input = path.join('xa', GOOD[0]);
    const before = readFileSync(file(GOOD[0]));
    for (const args of [[input], ['xa'], [input, GOOD[1]]]) {
      const run = await runCli(['check', ...args, '--summary', input, '--force'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `Không ghi bảng tổng hợp vào ${input}: đó là một trong các tệp cần kiểm tra`,
      );
    }
    const en = await runCli(['check', input, '--summary', `./xa/../${input}`, '--lang', 'en'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('it is one of the files to check');
    expect(readFileSync(file(GOOD[0])).equals(before)).toBe(true);
  });

  it('does not overwrite an existing summary without --force, and does with it', async () => {
    writeFileSync(path.join(dir, 'cu.csv'), 'bảng cũ\n');
    const run = await runCli(['check', path.join('xa', GOOD[0]), '--summary', 'cu.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Tệp cu.csv đã có; không ghi đè bảng tổng hợp. Thêm --force');
    expect(readFileSync(path.join(dir, 'cu.csv'), 'utf8')).toBe('bảng cũ\n');
    const forced = await runCli(['check', path.join('xa', GOOD[0]), '--summary', 'cu.csv', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'cu.csv'), 'utf8')).toContain(GOOD[0]);
  });
});
