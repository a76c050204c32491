import { issuingBody } from '../../src/core/document';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readWorkbook } from '../../src/adapters/xlsx';
import { checkFigures } from '../../src/core/check';
import type { CheckReport } from '../../src/core/check/types';
import { needsCheckWord, statusWord } from '../../src/core/i18n/status-words';
import type { SheetPlan } from '../../src/core/sheet-plan/types';
import type { Template } from '../../src/core/template/types';
import { getBuiltInTemplate } from '../../src/templates';
import {
  colourAt,
  horizontalRules,
  pdfFonts,
  readPdf,
  renderPng,
  type PdfPage,
  type PdfWord,
} from '../../scripts/libreoffice/pdf';
import { printToPdf } from '../../scripts/libreoffice/soffice';
import { mixedTemplate } from './support/mixed-template';
import { HUNG_TAN_2023_YEAR_END } from './support/realistic-figures';
import { writeFilledWorkbook } from './support/workbooks';

/**
 * The standard sheet printed by a real spreadsheet program: landscape A4, one page wide, a
 * serif font, the party-document header, misses in red and exceedances in green.
 * With UPDATE_DOCS=1 the filled sheet is also written to docs/ as PDF and PNG.
 */

interface Printed {
  name: string;
  template: Template;
  plan: SheetPlan;
  pages: PdfPage[];
  pdf: string;
}

const hungTan = getBuiltInTemplate('hung-tan-2023') as Template;
let dir: string;
const printed: Printed[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lo-print-'));
  mkdirSync(join(dir, 'in'));
  const sheets = [
    { name: 'bieu-chi-tieu-2023', template: hungTan, entries: HUNG_TAN_2023_YEAR_END },
    { name: 'hung-tan-blank', template: hungTan, entries: new Map() },
    { name: 'mixed-blank', template: mixedTemplate(), entries: new Map() },
  ];
  const plans = await Promise.all(
    sheets.map(({ name, template, entries }) =>
      writeFilledWorkbook(template, 'nam', entries, join(dir, 'in', `${name}.xlsx`)),
    ),
  );
  // Vietnamese number display (decimal comma), as in the clerk's Excel.
  const { outputs } = printToPdf(
    sheets.map(({ name }) => join(dir, 'in', `${name}.xlsx`)),
    join(dir, 'pdf'),
    'vi-VN',
  );
  sheets.forEach(({ name, template }, i) =>
    printed.push({ name, template, plan: plans[i], pdf: outputs[i], pages: readPdf(outputs[i]) }),
  );
  if (process.env.UPDATE_DOCS === '1') {
    const docs = join(__dirname, '..', '..', 'docs');
    copyFileSync(outputs[0], join(docs, 'bieu-chi-tieu-2023.pdf'));
    const [firstPage] = renderPng(outputs[0], join(dir, 'png'), 110);
    copyFileSync(firstPage, join(docs, 'bieu-chi-tieu-2023.png'));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checkedReport(file: string): Promise<CheckReport> {
  const reading = await readWorkbook(file);
  if (!reading.ok) throw new Error(reading.problem.message.en);
  const [{ template, snapshot }] = reading.sheets;
  return checkFigures(template, snapshot);
}

const center = (word: PdfWord) => ({ x: (word.xMin + word.xMax) / 2, y: (word.yMin + word.yMax) / 2 });
const pageText = (page: PdfPage) => page.words.map((word) => word.text).join(' ');

function headerWord(page: PdfPage, text: string): PdfWord | undefined {
  return page.words.find((word) => word.text === text);
}

describe.each(['bieu-chi-tieu-2023', 'hung-tan-blank', 'mixed-blank'])('%s.pdf', (name) => {
  const sheet = () => {
    const found = printed.find((p) => p.name === name);
    if (!found) throw new Error(`${name} was not printed`);
    return found;
  };

  test('every page is landscape A4', () => {
    const { pages } = sheet();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page.width).toBeCloseTo(841.89, 0);
      expect(page.height).toBeCloseTo(595.3, 0);
    }
  });

  test('the table is one page wide: every page repeats the header from STT to Giải trình', () => {
    const { pages } = sheet();
    for (const page of pages) {
      const first = headerWord(page, 'STT');
      const last = page.words.find((word, i) => word.text === 'Giải' && page.words[i + 1]?.text === 'trình');
      expect(first).toBeDefined();
      expect(last).toBeDefined();
      if (!first || !last) continue;
      expect(Math.abs(center(first).y - center(last).y)).toBeLessThan(10);
      expect(last.xMax).toBeLessThan(page.width);
    }
  });

  test("each indicator's row prints whole on one page: its Mã and its Đánh giá side by side", () => {
    const { pages, template } = sheet();
    for (const indicator of template.indicators) {
      const onPages = pages.flatMap((page) =>
        page.words.filter((word) => word.text === indicator.id).map((word) => ({ page, word })),
      );
      expect({ id: indicator.id, times: onPages.length }).toEqual({ id: indicator.id, times: 1 });
      const [{ page, word }] = onPages;
      const verdictHeader = headerWord(page, 'Đánh');
      if (!verdictHeader) throw new Error(`no Đánh giá header on the page of ${indicator.id}`);
      const verdicts = page.words.filter(
        (w) =>
          Math.abs(center(w).y - center(word).y) < 4 &&
          Math.abs(center(w).x - center(verdictHeader).x) < 45 &&
          w.yMin > verdictHeader.yMax,
      );
      expect({ id: indicator.id, verdict: verdicts.length > 0 }).toEqual({ id: indicator.id, verdict: true });
    }
  });

  test('the text is set in a Times New Roman-like serif (Liberation Serif)', () => {
    const fonts = pdfFonts(sheet().pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^(LiberationSerif|TimesNewRoman)/);
  });

  test('page 1 opens like a party document: issuer, Đảng Cộng sản Việt Nam, place and date, title', () => {
    const { pages, template } = sheet();
    const text = pageText(pages[0]);
    // The committee issues the document (“Đảng bộ xã …” in older templates becomes “Đảng ủy xã …”).
    expect(text).toContain(issuingBody(template.issuer).toLocaleUpperCase('vi'));
    expect(text).toMatch(/ĐẢNG ỦY XÃ/);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain(`năm ${template.year}`);
    expect(text).toContain(`BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM ${template.year}`);
  });
});

test('the filled sheet shows misses in red and exceedances in green, numbers with a decimal comma', async () => {
  const [filled] = printed;
  const missed = statusWord('missed', 'vi');
  const exceeded = statusWord('exceeded', 'vi');
  const seen = { red: 0, green: 0 };
  filled.pages.forEach((page, p) => {
    const verdictHeader = headerWord(page, 'Đánh');
    if (!verdictHeader) return;
    for (const [i, word] of page.words.entries()) {
      if (word.yMin <= verdictHeader.yMax || Math.abs(center(word).x - center(verdictHeader).x) > 45)
        continue;
      const phrase = word.text === 'Không' ? `Không ${page.words[i + 1]?.text}` : word.text;
      if (phrase !== missed && phrase !== exceeded) continue;
      // The cell's fill, just left of the centred word.
      const [r, g, b] = colourAt(filled.pdf, p + 1, word.xMin - 4, center(word).y);
      if (phrase === missed) {
        expect({ phrase, r, g, b, red: r > g + 30 && r > b + 30 }).toMatchObject({ red: true });
        seen.red++;
      } else {
        expect({ phrase, r, g, b, green: g > r + 20 && g > b + 20 }).toMatchObject({ green: true });
        seen.green++;
      }
    }
  });
  const report = await checkedReport(join(dir, 'in', 'bieu-chi-tieu-2023.xlsx'));
  expect(seen).toEqual({ red: report.summary.missed, green: report.summary.exceeded });
  expect(seen.red).toBeGreaterThan(0);
  expect(seen.green).toBeGreaterThan(0);
  expect(filled.pages.map(pageText).join(' ')).toContain('221,45');
  expect(filled.pages.map(pageText).join(' ')).not.toContain(needsCheckWord('vi'));
});

test('every explanation of the filled sheet prints inside its own row, not over its borders', () => {
  const [filled] = printed;
  const overflowing: string[] = [];
  let checked = 0;
  for (const [id, entry] of HUNG_TAN_2023_YEAR_END) {
    if (!entry.explanation) continue;
    const p = filled.pages.findIndex((page) => page.words.some((word) => word.text === id));
    const page = filled.pages[p];
    const idWord = page.words.find((word) => word.text === id) as PdfWord;
    const verdictHeader = headerWord(page, 'Đánh') as PdfWord;
    const stt = headerWord(page, 'STT') as PdfWord;
    const end = page.words.find((word) => word.text === 'trình') as PdfWord;
    const rules = horizontalRules(filled.pdf, p + 1, stt.xMin, end.xMax);
    const top = Math.max(...rules.filter((y) => y < center(idWord).y));
    const bottom = Math.min(...rules.filter((y) => y > center(idWord).y));
    // The explanation's first and last words, in its column, nearest the row.
    const tokens = entry.explanation.split(/\s+/);
    const nearest = (text: string) =>
      page.words
        .filter((word) => word.text === text && center(word).x > center(verdictHeader).x + 35)
        .sort(
          (a, b) => Math.abs(center(a).y - center(idWord).y) - Math.abs(center(b).y - center(idWord).y),
        )[0];
    const first = nearest(tokens[0]);
    const last = nearest(tokens[tokens.length - 1]);
    expect({ id, first: first?.text, last: last?.text }).toEqual({
      id,
      first: tokens[0],
      last: tokens[tokens.length - 1],
    });
    checked++;
    const textTop = first.yMin;
    const textBottom = last.yMax;
    if (textTop < top - 0.5 || textBottom > bottom + 0.5) {
      overflowing.push(
        `${id}: text ${textTop.toFixed(1)}–${textBottom.toFixed(1)} pt, row ${top.toFixed(1)}–${bottom.toFixed(1)} pt`,
      );
    }
  }
  expect(checked).toBeGreaterThan(3);
  expect(overflowing).toEqual([]);
});
