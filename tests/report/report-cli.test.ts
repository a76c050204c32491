import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
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

  it("writes the report sheet as a party committee's results report, with the table as an appendix", async () => {
    const run = await runCli(['report', 'xa.xlsx', '--out', 'bao-cao.xlsx'], dir);
    expect(run).toMatchObject({
      code: 0,
      stdout: 'Đã lập báo cáo bao-cao.xlsx (trang “Báo cáo”, khổ A4).\n',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('bao-cao.xlsx'));
    const sheet = workbook.getWorksheet('Báo cáo')!;
    const text = textOf(sheet);
    expect(sheet.getCell('A2').text).toBe('ĐẢNG ỦY XÃ HƯNG TÂN');
    expect(sheet.getCell('A2').font.bold).toBe(true);
    expect(sheet.getCell('A4').text).toBe('Số ……-BC/ĐU');
    expect(sheet.getCell('D1').text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(sheet.getCell('D1').font.underline).toBe(true);
    // Never the machine's date: dots until the clerk gives one.
    expect(sheet.getCell('D3').text).toBe('Hưng Tân, ngày …… tháng …… năm ……');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('kết quả thực hiện các chỉ tiêu chủ yếu năm 2023');
    expect(text).toContain('Đạt và vượt 9/12 chỉ tiêu chủ yếu.');
    expect(text).toContain('Nhiệm vụ: hoàn thành 10/12.');
    expect(text).toMatch(/Tốc độ tăng trưởng kinh tế \| % \| ≥ 9 \| 8,9% \| 98,89% \| Không đạt/);
    expect(text).toContain('Nguyên nhân: Chậm đấu giá quyền sử dụng đất khu dân cư Đồng Mả.');
    expect(text).toContain('- Tổng thu ngân sách: thực hiện 24,5 tỷ đồng, chỉ tiêu 27 tỷ đồng.');
    expect(text).toContain('Phụ lục');
    expect(text).toContain('T/M ĐẢNG ỦY');
    expect(text).toContain('Nơi nhận:');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });

    // The native chart: columns of % of target and the 100% line, referring to the sheet's cells.
    const zip = await JSZip.loadAsync(readFileSync(file('bao-cao.xlsx')));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toMatch(/<c:f>'Báo cáo'!\$J\$\d+:\$J\$\d+<\/c:f>/);
    expect((chart.match(/<c:v>100<\/c:v>/g) ?? []).length).toBeGreaterThan(5);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/charts/chart1.xml');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<drawing r:id="rId\d+"\/>/);
  });

  it('writes the Word report with the number, date and signer given, and nothing else beside it', async () => {
    const run = await runCli(
      [
        'report',
        'xa.xlsx',
        '--docx',
        'bao-cao.docx',
        '--number',
        '12',
        '--date',
        '20/12/2023',
        '--signer',
        'Nguyễn Văn An',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã lập báo cáo bao-cao.docx (Word');
    const zip = await JSZip.loadAsync(readFileSync(file('bao-cao.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    // A4 portrait for the report, then a landscape section for the appendix.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:ascii="Times New Roman"');
    const { value: words } = await mammoth.extractRawText({ buffer: readFileSync(file('bao-cao.docx')) });
    const order = [
      'ĐẢNG ỦY XÃ HƯNG TÂN',
      'Số 12-BC/ĐU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hưng Tân, ngày 20 tháng 12 năm 2023',
      'BÁO CÁO',
    ];
    order.reduce((from, part) => {
      const at = words.indexOf(part, from);
      expect(at).toBeGreaterThanOrEqual(from);
      return at;
    }, 0);
    expect(words).toMatch(/Đạt và vượt \d+\/\d+ chỉ tiêu chủ yếu\./);
    for (const explanation of [
      'Giá nông sản giảm',
      'Chậm đấu giá quyền sử dụng đất',
      'Hồ sơ đã trình Sở Văn hóa',
    ]) {
      expect(words).toContain(explanation);
    }
    expect(words).toMatch(/T\/M ĐẢNG ỦY\s+BÍ THƯ\s+\(Ký, ghi rõ họ tên\)\s+Nguyễn Văn An/);
    expect(words).toContain('Nơi nhận:');
    expect(words).toContain(
      '(Kèm theo Báo cáo Số 12-BC/ĐU, ngày 20 tháng 12 năm 2023 của Đảng ủy xã Hưng Tân)',
    );
    expect(() => readFileSync(file('bao-cao-2023.xlsx'))).toThrow();
  });

  it('refuses a report date that is not a date, in both languages', async () => {
    const vi = await runCli(['report', 'xa.xlsx', '--docx', 'x.docx', '--date', '31/02/2023'], dir);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('Ngày báo cáo “31/02/2023” không đúng');
    const en = await runCli(['report', 'xa.xlsx', '--docx', 'x.docx', '--date', 'mai', '--lang', 'en'], dir);
    expect(en.stderr).toContain('The report date "mai" is not a date');
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
