import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from './support';

const { dir, cleanup } = tempDir();
const file = (name: string) => path.join(dir, name);
afterAll(cleanup);

describe('template', () => {
  it('writes the built-in template as chi-tieu-<year>.xlsx by default, protected, with the period chosen', async () => {
    const run = await runCli(['template', '--period', '9-thang'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('Đã tạo biểu chỉ tiêu chi-tieu-2023.xlsx (24 chỉ tiêu, kỳ báo cáo: 9 tháng).\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('chi-tieu-2023.xlsx'));
    const [sheet, store] = workbook.worksheets;
    expect(sheet.name).toBe('Chỉ tiêu 2023');
    expect(store.state).toBe('veryHidden');
    const checked = await runCli(['check', 'chi-tieu-2023.xlsx', '--json'], dir);
    expect(JSON.parse(checked.stdout)[0]).toMatchObject({
      period: '9-thang',
      // Nothing entered: no data, or not assessed yet for what is decided at the year's end.
      summary: { noData: 11, notAssessed: 13, errors: 0 },
    });
  });

  it('writes an English sheet with --lang en that check reads back, period included', async () => {
    const run = await runCli(
      ['template', '--lang', 'en', '--out', 'english.xlsx', '--period', '6-thang'],
      dir,
    );
    expect(run.stdout).toBe(
      'Wrote the standard sheet english.xlsx (24 indicators, report period: 6 months).\n',
    );
    const checked = await runCli(['check', 'english.xlsx', '--json'], dir);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout)[0]).toMatchObject({
      period: '6-thang',
      summary: { noData: 11, notAssessed: 13 },
    });
  });

  it('never overwrites an existing file without --force', async () => {
    writeFileSync(file('keep.xlsx'), 'số liệu cũ');
    const refused = await runCli(['template', '--out', 'keep.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('keep.xlsx đã có; không ghi đè. Thêm --force');
    expect(readFileSync(file('keep.xlsx'), 'utf8')).toBe('số liệu cũ');
    const forced = await runCli(['template', '--out', 'keep.xlsx', '--force', '--lang', 'en'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Wrote the standard sheet keep.xlsx');
    expect(statSync(file('keep.xlsx')).size).toBeGreaterThan(5000);
  });

  it('lists every problem of a bad template file and writes nothing', async () => {
    const bad = {
      format: 'resolution-targets/v1',
      id: 'Xa Sai',
      title: 'Nghị quyết',
      issuer: 'Đảng bộ xã',
      year: 2024,
      indicators: [
        {
          id: 'a',
          group: 'Kinh tế',
          name: 'Thu nhập',
          type: 'number',
          target: { op: '>=', value: '57 triệu' },
        },
        { id: 'b', group: 'Xã hội', name: 'Hộ nghèo', type: 'percentage', target: { op: '<=', value: 1 } },
      ],
    };
    writeFileSync(file('bad.json'), JSON.stringify(bad, null, 2));
    const run = await runCli(['template', '--template', 'bad.json', '--out', 'bad.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Mẫu chỉ tiêu bad\.json có [3-9] lỗi, chưa tạo biểu:$/);
    expect(run.stderr).toMatch(/- id: /);
    expect(run.stderr).toMatch(/- indicators\[0\].*target › value/);
    expect(run.stderr).toMatch(/- indicators\[1\].*type/);
    expect(existsSync(file('bad.xlsx'))).toBe(false);
  });

  it('says which templates exist when given an unknown id or a missing file', async () => {
    const run = await runCli(['template', '--template', 'xa-khac-2023'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không có mẫu chỉ tiêu “xa-khac-2023”');
    expect(run.stderr).toContain('hung-tan-2023');
    expect((await runCli(['template', '--template', 'khong-co.json', '--lang', 'en'], dir)).stderr).toContain(
      'There is no template "khong-co.json"',
    );
  });

  it('reports a JSON syntax error with its place', async () => {
    writeFileSync(file('broken.json'), '{ "format": "resolution-targets/v1", }');
    const run = await runCli(['template', '--template', 'broken.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json có 1 lỗi/);
    expect(run.stderr).toContain('Dòng 1, cột 38');
  });
});

describe('command line', () => {
  it('prints help for the tool and each command, in Vietnamese and English', async () => {
    const main = await runCli(['--help'], dir);
    expect(main).toMatchObject({ code: 0 });
    expect(main.stdout).toContain('resolution-targets check TỆP.xlsx');
    expect((await runCli(['check', '--help', '--lang', 'en'], dir)).stdout).toContain(
      'Exit codes: 0 no file has errors',
    );
    const template = await runCli(['template', '-h'], dir);
    expect(template.stdout).toContain('--force');
    expect(template.stdout).toContain('Mẫu có sẵn: hung-tan-2023');
  });

  it.each([
    [[], 'Chưa nêu lệnh'],
    [['verify'], 'Lệnh không có: “verify”'],
    [['check'], 'Chưa nêu tệp cần kiểm tra'],
    [['check', 'a.xlsx', '--csv'], 'Tùy chọn không có: --csv'],
    [
      ['template', '--period', 'quy-3'],
      'Giá trị “quy-3” không hợp lệ cho --period; chọn một trong: 6-thang, 9-thang, nam.',
    ],
    [['template', '--out'], 'Tùy chọn --out cần một giá trị'],
    [['template', '--force=yes'], 'Tùy chọn --force không nhận giá trị'],
    [['check', 'a.xlsx', '--lang', 'fr'], 'Giá trị “fr” không hợp lệ cho --lang'],
  ])('refuses %p with a clear message and exit code 2', async (args, words) => {
    const run = await runCli(args as string[], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks English about a usage error when asked', async () => {
    expect((await runCli(['check', '--lang', 'en'], dir)).stderr).toContain('No file to check given.');
  });
});
