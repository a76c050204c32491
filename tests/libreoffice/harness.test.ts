import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { type PdfPage, readPdf } from '../../scripts/libreoffice/pdf';
import { readFormulaResults } from '../../scripts/libreoffice/xlsx-results';
import { findSoffice, printToPdf, recalculate } from '../../scripts/libreoffice/soffice';

// The harness itself: if these fail, the real-program proof in sheet-*.test.ts proves nothing.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lo-harness-'));
  mkdirSync(join(dir, 'in'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('LibreOffice is installed (apt-get install -y libreoffice-calc)', () => {
  expect(findSoffice()).toMatch(/(soffice|libreoffice)$/);
});

test('a workbook is recalculated on load, not read from the results its writer cached', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chỉ tiêu 2023');
  sheet.getCell('A1').value = 0.0867;
  sheet.getCell('A1').numFmt = '0.00%';
  sheet.getCell('A2').value = '8,67%';
  sheet.getCell('B1').value = { formula: 'IF(ROUND(A1*100,2)>=9,"Đạt","Không đạt")', result: 'Đạt' };
  sheet.getCell('B2').value = { formula: 'IF(ISTEXT(A2),"Cần kiểm tra","?")', result: 'cached' };
  sheet.getCell('B3').value = { formula: 'ROUND(A1*0,2)', result: 7 };
  const input = join(dir, 'in', 'stale.xlsx');
  await workbook.xlsx.writeFile(input);

  const [output] = recalculate([input], join(dir, 'out')).outputs;

  const results = await readFormulaResults(output, 'Chỉ tiêu 2023');
  expect(results.get('B1')).toBe('Không đạt');
  expect(results.get('B2')).toBe('Cần kiểm tra');
  expect(results.get('B3')).toBe(0);
});

test('a wide sheet set to fit one page wide prints every column on landscape A4 pages', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rộng');
  for (let row = 1; row <= 150; row++) {
    for (let column = 1; column <= 20; column++) sheet.getCell(row, column).value = `ô${row}x${column}`;
  }
  sheet.pageSetup = {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  const input = join(dir, 'in', 'wide.xlsx');
  await workbook.xlsx.writeFile(input);

  const pages = readPdf(printToPdf([input], join(dir, 'pdf')).outputs[0]);

  expect(pages.length).toBeGreaterThan(1);
  for (const page of pages) {
    expect(page.width).toBeCloseTo(841.89, 0);
    expect(page.height).toBeCloseTo(595.3, 0);
  }
  // Split across pages horizontally, a row's first and last cells would land on different pages.
  const rowsWith = (page: PdfPage, column: number) =>
    page.words.filter((word) => word.text.endsWith(`x${column}`)).map((word) => word.text.split('x')[0]);
  for (const page of pages) expect(rowsWith(page, 20)).toEqual(rowsWith(page, 1));
  expect(pages.flatMap((page) => rowsWith(page, 20))).toHaveLength(150);
});
