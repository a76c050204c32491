import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import { readAuthoringFile } from '../../src/adapters/xlsx/authoring';
import { HEADER_ROW } from '../../src/core/authoring/layout';
import type { Template } from '../../src/core/template/types';
import { editWorkbook, hungTan, runCli, tempDir } from './support';

const SEED_FILE = path.join(__dirname, '../fixtures/seed/nghi-quyet-2023-hung-tan.txt');
const SEED = readFileSync(SEED_FILE, 'utf8');

/** A Word file of the text whose runs split words in two, as Word does after edits. */
async function docxOf(text: string): Promise<Buffer> {
  const paragraphs = text.split(/\r?\n/).map((line) => {
    const runs: TextRun[] = [];
    for (let i = 0; i < line.length; i += 7)
      runs.push(new TextRun({ text: line.slice(i, i + 7), bold: i % 14 === 0 }));
    return new Paragraph({ children: runs });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

const json = (stdout: string) => JSON.parse(stdout) as Template;
const targets = (t: Template) => t.indicators.map((i) => [i.name, i.type, i.target, i.unit, i.section]);

describe('draft, template --template KHAI-BAO.xlsx and next', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  test('draft on the seed as .txt and as .docx (runs split inside words) gives the same targets', async () => {
    writeFileSync(path.join(dir, 'nq.txt'), SEED);
    writeFileSync(path.join(dir, 'nq.docx'), await docxOf(SEED));
    const fromText = await runCli(['draft', 'nq.txt', '--json'], dir);
    const fromWord = await runCli(['draft', 'nq.docx', '--json'], dir);
    expect(fromText.code).toBe(0);
    expect(fromWord.code).toBe(0);
    expect(targets(json(fromWord.stdout))).toEqual(targets(json(fromText.stdout)));
    const growth = json(fromWord.stdout).indicators.find((i) => i.name === 'Tốc độ tăng trưởng kinh tế');
    expect(growth?.target).toEqual({ op: '>=', value: 9 });
    expect(json(fromText.stdout).indicators.filter((i) => i.section === 'main')).toHaveLength(11);
  });

  test('draft writes the authoring sheet, never over an existing file without --force', async () => {
    writeFileSync(path.join(dir, 'nq.txt'), SEED);
    const first = await runCli(['draft', 'nq.txt'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('khai-bao-chi-tieu.xlsx');
    const again = await runCli(['draft', 'nq.txt'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await runCli(['draft', 'nq.txt', '--force'], dir)).code).toBe(0);
    const made = await runCli(['template', '--template', 'khai-bao-chi-tieu.xlsx', '--json'], dir);
    expect(made.code).toBe(0);
    expect(json(made.stdout).indicators.length).toBeGreaterThan(11);
  });

  test('an edited authoring sheet becomes a standard sheet whose check judges the new targets', async () => {
    expect((await runCli(['draft', '--template', 'hung-tan-2023', '--out', 'khai-bao.xlsx'], dir)).code).toBe(
      0,
    );
    const file = path.join(dir, 'khai-bao.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Khai báo chỉ tiêu')!;
    const rowOf = (id: string) => HEADER_ROW + 1 + hungTan.indicators.findIndex((i) => i.id === id);
    sheet.getCell('B6').value = '15-NQ/ĐU';
    sheet.getCell(`G${rowOf('bhyt')}`).value = '97,5';
    const added = HEADER_ROW + 1 + hungTan.indicators.length;
    ['', 'Kinh tế', 'Tỷ lệ hộ dùng nước sạch', '%', 'Tỷ lệ (%)', 'từ … trở lên', '90'].forEach((value, i) => {
      if (value) sheet.getRow(added).getCell(i + 1).value = value;
    });
    sheet.spliceRows(rowOf('dan-van-kheo'), 1);
    await workbook.xlsx.writeFile(file);

    const template = await runCli(['template', '--template', 'khai-bao.xlsx', '--json'], dir);
    expect(template.code).toBe(0);
    const read = json(template.stdout);
    expect(read).toMatchObject({
      resolutionNumber: '15-NQ/ĐU',
      issuer: hungTan.issuer,
      issuedOn: '2022-12-26',
      year: 2023,
    });
    expect(read.indicators.map((i) => i.id)).not.toContain('dan-van-kheo');
    expect(read.indicators.find((i) => i.id === 'ty-le-ho-dung-nuoc-sach')?.target).toEqual({
      op: '>=',
      value: 90,
    });

    expect(
      (await runCli(['template', '--template', 'khai-bao.xlsx', '--out', 'chi-tieu.xlsx'], dir)).code,
    ).toBe(0);
    const standard = path.join(dir, 'chi-tieu.xlsx');
    await editWorkbook(
      standard,
      ({ input }) => {
        input('bhyt').value = 0.97;
        input('ty-le-ho-dung-nuoc-sach').value = 0.92;
      },
      read,
    );
    const check = await runCli(['check', 'chi-tieu.xlsx', '--json'], dir);
    const [report] = JSON.parse(check.stdout) as { indicators: { id: string; status: string }[] }[];
    const status = Object.fromEntries(report.indicators.map((i) => [i.id, i.status]));
    expect(status.bhyt).toBe('missed'); // 97% against the new 97,5% (it met the old 96%)
    expect(status['ty-le-ho-dung-nuoc-sach']).toBe('exceeded');
    expect(status['dan-van-kheo']).toBeUndefined();
  });

  test('a wrong So sánh makes template --template fail naming that cell', async () => {
    await runCli(['draft', '--template', 'hung-tan-2023', '--out', 'khai-bao.xlsx'], dir);
    const file = path.join(dir, 'khai-bao.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const row = HEADER_ROW + 1 + hungTan.indicators.findIndex((i) => i.id === 'ho-ngheo');
    workbook.getWorksheet('Khai báo chỉ tiêu')!.getCell(`F${row}`).value = 'ít hơn';
    await workbook.xlsx.writeFile(file);
    for (const lang of ['vi', 'en']) {
      const run = await runCli(['template', '--template', 'khai-bao.xlsx', '--lang', lang], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`F${row}`);
      expect(run.stderr).toContain('ít hơn');
      expect(run.stdout).toBe('');
    }
  });

  test('next on a filled 2023 sheet gives a 2024 authoring sheet with 2023 figures as last year', async () => {
    await runCli(['template', '--out', 'chi-tieu-2023.xlsx'], dir);
    const source = path.join(dir, 'chi-tieu-2023.xlsx');
    await editWorkbook(source, ({ input }) => {
      input('gia-tri-san-xuat').value = 230.5;
      input('ho-ngheo').value = 0.0049;
      input('dang-vien-moi').value = 10;
      input('dang-bo-tsvm').value = 'Trong sạch vững mạnh';
    });
    const run = await runCli(['next', 'chi-tieu-2023.xlsx', '--out', 'khai-bao-2024.xlsx'], dir);
    expect(run.code).toBe(0);
    const reading = await readAuthoringFile(path.join(dir, 'khai-bao-2024.xlsx'));
    if (!reading.ok) throw new Error('unreadable');
    const cell = (address: string) => reading.grid.cells.find((c) => c.address === address)?.value ?? null;
    expect(cell('B9')).toBe(2024);
    const rowOf = (id: string) => HEADER_ROW + 1 + hungTan.indicators.findIndex((i) => i.id === id);
    expect(cell(`I${rowOf('gia-tri-san-xuat')}`)).toBe(230.5);
    expect(cell(`I${rowOf('ho-ngheo')}`)).toBe(0.49);
    expect(cell(`I${rowOf('dang-vien-moi')}`)).toBe(10);
    expect(cell(`I${rowOf('dang-bo-tsvm')}`)).toBe('Trong sạch vững mạnh');
    for (const indicator of hungTan.indicators) expect(cell(`G${rowOf(indicator.id)}`)).toBeNull();
    // Until the new targets are filled in, the sheet is refused, naming the empty cells.
    const refused = await runCli(['template', '--template', 'khai-bao-2024.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`G${rowOf('gia-tri-san-xuat')}`);
  });

  test('next is refused while the source has errors', async () => {
    await runCli(['template', '--out', 'chi-tieu-2023.xlsx'], dir);
    await editWorkbook(path.join(dir, 'chi-tieu-2023.xlsx'), ({ input }) => {
      input('dang-vien-moi').value = 'mười';
    });
    const run = await runCli(['next', 'chi-tieu-2023.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mười');
  });
});
