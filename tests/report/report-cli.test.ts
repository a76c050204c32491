import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { editWorkbook, fillTypical, runCli, tempDir } from '../cli/support';
import { fillRealistic } from './realistic';

const { dir, cleanup } = tempDir();
const file = (name: string) => path.join(dir, name);
afterAll(cleanup);

beforeAll(async () => {
  expect((await runCli(['template', '--out', 'blank.xlsx'], dir)).code).toBe(0);
  await editWorkbook(file('blank.xlsx'), fillRealistic, undefined, file('xa.xlsx'));
  await editWorkbook(file('blank.xlsx'), fillTypical, undefined, file('loi.xlsx'));
});

const textOf = (sheet: ExcelJS.Worksheet) => {
  const lines: string[] = [];
  // Merged cells repeat their value in ExcelJS; each distinct text once per row.
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).filter((v) => v !== undefined && v !== '').map(String);
    lines.push(values.filter((v, i) => values.indexOf(v) === i).join(' | '));
  });
  return lines.join('\n');
};

describe('report', () => {
  it('is refused while the figures have errors, saying why', async () => {
    const run = await runCli(['report', 'loi.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Chưa lập báo cáo từ loi\.xlsx: số liệu còn \d+ lỗi/);
    expect(run.stderr).toContain('Thu nhập bình quân');
  });

  it('writes the report sheet in the party-document format with the summary, table, misses and signature', async () => {
    const run = await runCli(['report', 'xa.xlsx', '--out', 'bao-cao.xlsx'], dir);
    expect(run).toMatchObject({
      code: 0,
      stdout: 'Đã lập báo cáo bao-cao.xlsx (trang "Báo cáo", khổ A4).\n',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('bao-cao.xlsx'));
    const sheet = workbook.getWorksheet('Báo cáo')!;
    const text = textOf(sheet);
    expect(sheet.getCell('A1').text).toBe('ĐẢNG BỘ XÃ HƯNG TÂN');
    expect(sheet.getCell('D1').text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(sheet.getCell('D3').text).toMatch(/^Hưng Tân, ngày \d\d tháng \d\d năm \d{4}$/);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('kết quả thực hiện các chỉ tiêu chủ yếu năm 2023');
    expect(text).toContain('(Kỳ báo cáo: năm 2023)');
    expect(text).toContain(
      'Đạt và vượt 9/12 chỉ tiêu chủ yếu; Nhiệm vụ: hoàn thành 10/12; 4 chỉ tiêu không đạt; 1 chỉ tiêu chưa có số liệu.',
    );
    expect(text).toMatch(/Tốc độ tăng trưởng kinh tế \| % \| ≥ 9 \| 8,9% \| 98,89% \| Không đạt/);
    expect(text).toContain('Giải trình: Chậm đấu giá quyền sử dụng đất khu dân cư Đồng Mả.');
    expect(text).toContain('Tổng thu ngân sách: thực hiện 24,5 tỷ đồng, chỉ tiêu ≥ 27 tỷ đồng.');
    expect(text).toMatch(/Xếp loại MTTQ và các đoàn thể: .*Chưa có giải trình\./);
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    expect(text).toContain('Nơi nhận:');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });

    // The native chart: columns of % of target and the 100% line, referring to the sheet's cells.
    const zip = await JSZip.loadAsync(readFileSync(file('bao-cao.xlsx')));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toMatch(/<c:f>'Báo cáo'!\$J\$15:\$J\$\d+<\/c:f>/);
    expect((chart.match(/<c:v>100<\/c:v>/g) ?? []).length).toBeGreaterThan(5);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/charts/chart1.xml');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<drawing r:id="rId\d+"\/>/);
  });

  it('does not overwrite an existing report without --force', async () => {
    const again = await runCli(['report', 'xa.xlsx', '--out', 'bao-cao.xlsx'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await runCli(['report', 'xa.xlsx', '--out', 'bao-cao.xlsx', '--force'], dir)).code).toBe(0);
  });

  it('refuses, even with --force, to write the report over the workbook it reads', async () => {
    const before = readFileSync(file('xa.xlsx'));
    for (const out of ['xa.xlsx', './sub/../xa.xlsx', file('xa.xlsx')]) {
      const run = await runCli(['report', 'xa.xlsx', '--out', out, '--force'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Không lập báo cáo vào ${out}: đó chính là tệp số liệu`);
    }
    const en = await runCli(['report', 'xa.xlsx', '--out', 'xa.xlsx', '--force', '--lang', 'en'], dir);
    expect(en.stderr).toContain('it is the file with the figures');
    expect(readFileSync(file('xa.xlsx')).equals(before)).toBe(true);
  });
});
