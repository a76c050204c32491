import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writePlan } from '../../../src/adapters/xlsx/write';
import type { SheetPlan } from '../../../src/core/sheet-plan/types';

// A small hand-made plan: the writer must apply whatever a plan says, whoever built it.
const plan: SheetPlan = {
  sheetName: 'Chỉ tiêu 2023',
  cells: [
    {
      address: 'A1',
      content: { kind: 'text', text: 'ĐẢNG BỘ XÃ HƯNG TÂN' },
      style: { font: { bold: true, size: 13, color: '#C00000' }, horizontal: 'center' },
    },
    { address: 'A2', content: { kind: 'text', text: '=SUM(1,2)' } },
    {
      address: 'B3',
      content: { kind: 'number', value: 217.67 },
      style: { numberFormat: '#,##0.00', border: 'thin', fill: '#FFF2CC' },
    },
    {
      address: 'C3',
      content: { kind: 'formula', formula: '=IF(B3>=200,"Đạt","Không đạt")' },
      style: { wrap: true, vertical: 'middle' },
    },
    { address: 'D3', content: { kind: 'empty' }, style: { numberFormat: '0.00%' } },
    { address: 'E3', content: { kind: 'text', text: 'Năm' } },
    {
      address: 'A4',
      content: {
        kind: 'formula',
        formula: '=IF($E$3="6 tháng","Thực hiện 6 tháng","Thực hiện 2023")',
        result: 'Thực hiện 2023',
      },
    },
  ],
  merges: ['A1:E1'],
  columnWidths: [6, 20, 30],
  rowHeights: [{ row: 1, height: 32 }],
  frozenRows: 2,
  conditionalFormats: [
    { range: 'A3:E3', formula: '=$C3="Không đạt"', fill: '#FFC7CE', fontColor: '#9C0006' },
  ],
  validations: [
    {
      address: 'E3',
      rule: { kind: 'list', items: ['6 tháng', '9 tháng', 'Năm'] },
      prompt: { title: 'Kỳ báo cáo', message: 'Chọn kỳ báo cáo' },
      error: { title: 'Sai kỳ', message: 'Chỉ chọn trong danh sách' },
    },
    {
      address: 'F3',
      rule: { kind: 'list', items: ['Tốt, vững mạnh', 'Khá'], source: '$K$10:$K$11' },
      prompt: { title: 'Xếp loại', message: 'Chọn mức xếp loại' },
      error: { title: 'Sai mức', message: 'Chỉ chọn trong danh sách' },
    },
    {
      address: 'D3:D4',
      rule: { kind: 'decimal', min: 0, max: 1 },
      prompt: { title: 'Tỷ lệ', message: 'Nhập tỷ lệ' },
      error: { title: 'Sai', message: 'Từ 0 đến 100%' },
    },
  ],
  unlockedRanges: ['D3:D4', 'E3'],
  protection: {},
  print: {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: { first: 2, last: 2 },
  },
  store: {
    sheetName: '_template',
    cells: [{ address: 'A1', content: { kind: 'text', text: '{"format":"x"}' } }],
  },
  layout: {
    headerRow: 2,
    columns: {
      index: 'A',
      code: 'B',
      name: 'C',
      unit: 'D',
      baseline: 'E',
      target: 'F',
      value: 'G',
      percent: 'H',
      verdict: 'I',
      explanation: 'J',
      estimate: 'K',
    },
    headers: {
      index: 'STT',
      code: 'Mã',
      name: 'Chỉ tiêu',
      unit: 'ĐVT',
      baseline: 'TH 2022',
      target: 'KH 2023',
      value: 'Thực hiện 2023',
      percent: '%',
      verdict: 'Đánh giá',
      explanation: 'Giải trình',
      estimate: 'Ước cả năm',
    },
    rows: [],
    periodCell: 'E3',
    periodLabels: { '6-thang': '6 tháng', '9-thang': '9 tháng', nam: 'Năm' },
  },
};

async function writtenBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await writePlan(workbook, plan);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function reopened(): Promise<{ bytes: Buffer; workbook: ExcelJS.Workbook }> {
  const bytes = await writtenBytes();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { bytes, workbook };
}

describe('writePlan', () => {
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let sheetXml: string;

  beforeAll(async () => {
    ({ bytes, workbook } = await reopened());
    sheet = workbook.getWorksheet('Chỉ tiêu 2023')!;
    sheetXml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  });

  it('keeps a text that begins with "=" as text, never a formula', () => {
    expect(sheet.getCell('A2').value).toBe('=SUM(1,2)');
    expect(sheetXml).not.toContain('<f>SUM(1,2)</f>');
  });

  it('writes numbers, formulas and styles', () => {
    expect(sheet.getCell('B3').value).toBe(217.67);
    expect(sheet.getCell('B3').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B3').border.left?.style).toBe('thin');
    expect(sheet.getCell('B3').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    });
    expect(sheet.getCell('C3').formula).toBe('IF(B3>=200,"Đạt","Không đạt")');
    expect(sheet.getCell('C3').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 13, color: { argb: 'FFC00000' } });
    expect(sheet.getCell('D3').numFmt).toBe('0.00%');
  });

  it('writes a formula’s planned result as its cached value, so a reader that does not calculate sees it', () => {
    expect(sheet.getCell('A4').value).toEqual({
      formula: 'IF($E$3="6 tháng","Thực hiện 6 tháng","Thực hiện 2023")',
      result: 'Thực hiện 2023',
    });
    expect(sheetXml).toMatch(/<c r="A4"[^>]*t="str"[^>]*><f>[^<]*<\/f><v>Thực hiện 2023<\/v><\/c>/);
    // Without a planned result, no cached value: the reader sees nothing until Excel calculates.
    expect(sheetXml).toMatch(/<c r="C3"[^>]*><f>[^<]*<\/f><\/c>|<c r="C3"[^>]*><f>[^<]*<\/f><v\/><\/c>/);
  });

  it('merges, sizes columns and rows, and freezes the header', () => {
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getCell('C1').master.address).toBe('A1');
    expect(sheet.getColumn(2).width).toBe(20);
    expect(sheet.getRow(1).height).toBe(32);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('adds conditional formats as expression rules with their colours', () => {
    expect(sheetXml).toMatch(/<cfRule type="expression"[^>]*><formula>\$C3=&quot;Không đạt&quot;<\/formula>/);
    // ExcelJS's typings omit the formats it read back.
    const [format] = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(format.ref).toBe('A3:E3');
    expect(format.rules[0]).toMatchObject({
      type: 'expression',
      style: { fill: { bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } },
    });
  });

  it('adds data validations with their prompt and error messages', () => {
    expect(sheet.getCell('E3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"6 tháng,9 tháng,Năm"'],
      promptTitle: 'Kỳ báo cáo',
      prompt: 'Chọn kỳ báo cáo',
      errorTitle: 'Sai kỳ',
      error: 'Chỉ chọn trong danh sách',
      showErrorMessage: true,
    });
    expect(sheet.getCell('D4').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 1],
    });
  });

  it('points a list at its source range when the plan gives one (a level with a comma cannot be inline)', () => {
    expect(sheet.getCell('F3').dataValidation).toMatchObject({ type: 'list', formulae: ['$K$10:$K$11'] });
  });

  it('protects the sheet without a password and leaves only the planned cells unlocked', () => {
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheetXml).not.toMatch(/hashValue|password=/);
    expect(sheet.getCell('D4').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('E3').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B3').protection?.locked).not.toBe(false);
  });

  it('sets up A4 landscape printing, one page wide, with repeated title rows', () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe('2:2');
  });

  it('stores the template in a very hidden sheet', () => {
    const store = workbook.getWorksheet('_template')!;
    expect(store.state).toBe('veryHidden');
    expect(store.getCell('A1').value).toBe('{"format":"x"}');
  });
});
