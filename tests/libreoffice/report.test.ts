import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Template } from '../../src/core/template/types';
import { getBuiltInTemplate } from '../../src/templates';
import { readPdf, renderPng, type PdfPage } from '../../scripts/libreoffice/pdf';
import { printToPdf } from '../../scripts/libreoffice/soffice';
import { runCli } from '../cli/support';
import { HUNG_TAN_2023_YEAR_END } from './support/realistic-figures';
import { writeFilledWorkbook } from './support/workbooks';

/**
 * The "Báo cáo" report made by `resolution-targets report` from a realistically filled sheet,
 * printed by LibreOffice: portrait A4, the party-document header, the summary sentence, the
 * missed indicators with their explanations, the chart and the signature block.
 * With UPDATE_DOCS=1 the PDF and its pages as PNG are also written to docs/.
 */

const hungTan = getBuiltInTemplate('hung-tan-2023') as Template;
let dir: string;
let pages: PdfPage[];
let text: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lo-report-'));
  mkdirSync(join(dir, 'in'));
  await writeFilledWorkbook(hungTan, 'nam', HUNG_TAN_2023_YEAR_END, join(dir, 'filled.xlsx'));
  const made = await runCli(['report', 'filled.xlsx', '--out', join('in', 'bao-cao-2023.xlsx')], dir);
  if (made.code !== 0) throw new Error(`report refused: ${made.stderr}`);
  const { outputs } = printToPdf([join(dir, 'in', 'bao-cao-2023.xlsx')], join(dir, 'pdf'), 'vi-VN');
  pages = readPdf(outputs[0]);
  text = pages.map((page) => page.words.map((word) => word.text).join(' ')).join('\n');
  if (process.env.UPDATE_DOCS === '1') {
    const docs = join(__dirname, '..', '..', 'docs');
    copyFileSync(outputs[0], join(docs, 'bao-cao-2023.pdf'));
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

  it('opens with the party-document header and the title', () => {
    const first = pages[0].words.map((word) => word.text).join(' ');
    expect(first).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(first).toContain('ĐẢNG BỘ XÃ HƯNG TÂN');
    expect(first).toContain('BÁO CÁO');
    expect(first).toContain('kết quả thực hiện các chỉ tiêu chủ yếu năm 2023');
  });

  it('says the result in the usual words, counted from the figures', () => {
    // 20 indicators: 6 missed (income, poverty, BHYT, school, relic, mass organisations).
    expect(text).toContain('Đạt và vượt 14/20 chỉ tiêu; 6 chỉ tiêu không đạt.');
  });

  it('lists every missed indicator with its explanation', () => {
    for (const [, entry] of HUNG_TAN_2023_YEAR_END) {
      if (!entry.explanation) continue;
      // pdftotext splits words; compare on the first few.
      expect(text).toContain(entry.explanation.split(' ').slice(0, 4).join(' '));
    }
  });

  it('draws the chart and ends with the signature block and the recipients', () => {
    expect(text).toContain('% thực hiện so với chỉ tiêu');
    const last = pages[pages.length - 1].words.map((word) => word.text).join(' ');
    expect(last).toContain('T/M BAN THƯỜNG VỤ');
    expect(last).toContain('Nơi nhận:');
  });
});
