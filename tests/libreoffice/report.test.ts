import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Template } from '../../src/core/template/types';
import { getBuiltInTemplate } from '../../src/templates';
import { pdfFonts, readPdf, renderPng, type PdfPage } from '../../scripts/libreoffice/pdf';
import { printDocumentToPdf, printToPdf } from '../../scripts/libreoffice/soffice';
import { runCli } from '../cli/support';
import { HUNG_TAN_2023_YEAR_END } from './support/realistic-figures';
import { writeFilledWorkbook } from './support/workbooks';

/**
 * The report made by `resolution-targets report` from a realistically filled sheet, as the
 * "Báo cáo" sheet printed by LibreOffice Calc and as the Word file printed by LibreOffice Writer:
 * portrait A4, the party committee's header, the headline, the explanations of misses, the
 * signature block, the appendix. With UPDATE_DOCS=1 the PDFs (and the sheet's pages as PNG) are
 * also written to docs/.
 */

const hungTan = getBuiltInTemplate('hung-tan-2023') as Template;
let dir: string;
let pages: PdfPage[];
let text: string;
let wordPages: PdfPage[];
let wordText: string;
let wordPdf: string;
const pageText = (page: PdfPage) => page.words.map((word) => word.text).join(' ');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lo-report-'));
  mkdirSync(join(dir, 'in'));
  await writeFilledWorkbook(hungTan, 'nam', HUNG_TAN_2023_YEAR_END, join(dir, 'filled.xlsx'));
  const made = await runCli(
    [
      'report',
      'filled.xlsx',
      '--out',
      join('in', 'bao-cao-2023.xlsx'),
      '--docx',
      join('in', 'bao-cao-2023-word.docx'),
      '--number',
      '12',
      '--date',
      '2023-12-20',
      '--signer',
      'Nguyễn Văn An',
    ],
    dir,
  );
  if (made.code !== 0) throw new Error(`report refused: ${made.stderr}`);
  const { outputs } = printToPdf([join(dir, 'in', 'bao-cao-2023.xlsx')], join(dir, 'pdf'), 'vi-VN');
  pages = readPdf(outputs[0]);
  text = pages.map(pageText).join('\n');
  const word = printDocumentToPdf([join(dir, 'in', 'bao-cao-2023-word.docx')], join(dir, 'pdf'), 'vi-VN');
  wordPdf = word.outputs[0];
  wordPages = readPdf(wordPdf);
  wordText = wordPages.map(pageText).join('\n');
  if (process.env.UPDATE_DOCS === '1') {
    const docs = join(__dirname, '..', '..', 'docs');
    copyFileSync(outputs[0], join(docs, 'bao-cao-2023.pdf'));
    copyFileSync(word.outputs[0], join(docs, 'bao-cao-2023-word.pdf'));
    renderPng(outputs[0], join(dir, 'png'), 80).forEach((png, i) =>
      copyFileSync(png, join(docs, `bao-cao-2023-trang-${i + 1}.png`)),
    );
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report printed by LibreOffice', () => {
  it('prints on portrait A4 pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(595.3, 0);
      expect(page.height).toBeCloseTo(841.9, 0);
    }
  });

  it("opens with the party committee's header and the title, dated as given", () => {
    const first = pageText(pages[0]);
    expect(first).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(first).toContain('ĐẢNG ỦY XÃ HƯNG TÂN');
    expect(first).toContain('Số 12-BC/ĐU');
    expect(first).toContain('Hưng Tân, ngày 20 tháng 12 năm 2023');
    expect(first).toContain('BÁO CÁO');
    expect(first).toContain('kết quả thực hiện các chỉ tiêu chủ yếu năm 2023');
  });

  it('gives the headline over the main targets and the explanation of every miss', () => {
    expect(text).toMatch(/Đạt và vượt \d+\/\d+ chỉ tiêu chủ yếu\./);
    for (const [, entry] of HUNG_TAN_2023_YEAR_END) {
      if (!entry.explanation) continue;
      // pdftotext splits words; compare on the first few.
      expect(text).toContain(entry.explanation.split(' ').slice(0, 4).join(' '));
    }
  });

  it('signs in the party form, then the appendix and the chart with full labels', () => {
    expect(text).toMatch(/T\/M ĐẢNG ỦY[\s\S]*BÍ THƯ[\s\S]*Nguyễn Văn An/);
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('Phụ lục');
    expect(text).toContain('% thực hiện so với chỉ tiêu');
  });
});

describe('the Word report printed by LibreOffice Writer', () => {
  it('prints the report on portrait A4 and the appendix on landscape A4', () => {
    expect(wordPages[0].width).toBeCloseTo(595.3, 0);
    expect(wordPages[0].height).toBeCloseTo(841.9, 0);
    const appendix = wordPages.filter((page) => pageText(page).includes('Phụ lục'));
    expect(appendix.length).toBeGreaterThanOrEqual(1);
    expect(appendix[0].width).toBeCloseTo(841.9, 0);
  });

  it('carries the header lines, the headline and the signature block in that order', () => {
    const first = pageText(wordPages[0]);
    for (const line of [
      'ĐẢNG ỦY XÃ HƯNG TÂN',
      'Số 12-BC/ĐU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ngày 20 tháng 12 năm 2023',
      'BÁO CÁO',
    ]) {
      expect(first).toContain(line);
    }
    expect(wordText).toMatch(/Đạt và vượt \d+\/\d+ chỉ tiêu chủ yếu\./);
    expect(wordText).toMatch(/T\/M ĐẢNG ỦY[\s\S]*BÍ THƯ[\s\S]*Nguyễn Văn An/);
    expect(wordText).toContain('Nơi nhận:');
  });

  it('is set in Times New Roman (Liberation Serif, its metric twin, here) and nothing else', () => {
    const fonts = pdfFonts(wordPdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^LiberationSerif/);
  });
});
