import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbook, writePlan, type WorkbookReading } from '../../../src/adapters/xlsx';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../../src/templates';
import { tempDir } from '../../cli/support';

const template = getBuiltInTemplate('hung-tan-2023')!;
const plan = buildSheetPlan(template);
const rowOf = (id: string) => plan.layout.rows.find((row) => row.indicatorId === id)!.row;
const at = (column: keyof typeof plan.layout.columns, id: string) =>
  `${plan.layout.columns[column]}${rowOf(id)}`;

/** Writes the standard sheet, lets the test change it as a user could, and returns the bytes. */
async function workbookBytes(
  edit: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void = () => {},
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = await writePlan(workbook, plan);
  edit(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheetsOf(reading: WorkbookReading) {
  if (!reading.ok) throw new Error(`unexpected refusal: ${reading.problem.code}`);
  return reading.sheets;
}

describe('readWorkbook', () => {
  it('reads each figure with its cell, number format, formula result, target and explanation', async () => {
    const bytes = await workbookBytes((_, sheet) => {
      sheet.getCell(at('value', 'gia-dinh-van-hoa')).value = 0.961;
      sheet.getCell(at('value', 'bhyt')).value = { formula: '90/100+0.05', result: 0.95 };
      sheet.getCell(at('explanation', 'bhyt')).value = 'Một số hộ chưa gia hạn thẻ';
      sheet.getCell(at('target', 'gia-tri-san-xuat')).value = 200;
      sheet.getCell(at('value', 'dang-bo-tsvm')).value = {
        richText: [{ text: 'Trong sạch ' }, { text: 'vững mạnh' }],
      };
    });
    const [found] = sheetsOf(await readWorkbook(bytes));
    expect(found).toMatchObject({ sheetName: 'Chỉ tiêu 2023', findings: [] });
    expect(found.template).toEqual(template);
    const figure = (id: string) => found.snapshot.figures.find((each) => each.indicatorId === id)!;
    expect(figure('gia-dinh-van-hoa')).toMatchObject({
      raw: 0.961,
      address: `'Chỉ tiêu 2023'!${at('value', 'gia-dinh-van-hoa')}`,
      numberFormat: expect.stringContaining('%'),
    });
    expect(figure('bhyt')).toMatchObject({
      raw: 0.95,
      formula: '=90/100+0.05',
      explanation: 'Một số hộ chưa gia hạn thẻ',
    });
    expect(figure('gia-tri-san-xuat')).toMatchObject({
      raw: null,
      targetInSheet: 200,
      targetAddress: `'Chỉ tiêu 2023'!${at('target', 'gia-tri-san-xuat')}`,
    });
    expect(figure('dang-bo-tsvm').raw).toBe('Trong sạch vững mạnh');
    expect(found.snapshot.figures).toHaveLength(template.indicators.length);
    expect(found.snapshot.missingRows).toBeUndefined();
  });

  it.each([
    ['6 tháng', '6-thang'],
    ['9 THÁNG', '9-thang'],
    ['Năm', 'nam'],
  ])('maps the period word %p to %p', async (word, period) => {
    const bytes = await workbookBytes((_, sheet) => {
      sheet.getCell(plan.layout.periodCell).value = word;
    });
    const [found] = sheetsOf(await readWorkbook(bytes));
    expect(found.snapshot.period).toBe(period);
    expect(found.findings).toEqual([]);
  });

  it('judges an unknown or empty period as the year and says so', async () => {
    // Only the list's labels (in any case) select a period in the sheet's formulas, so any other
    // spelling is judged as the year there, and here too, with a word to the clerk.
    for (const [word, code] of [
      ['Quý 3', 'period-unknown'],
      ['6 thang', 'period-unknown'],
      [' 6 tháng', 'period-unknown'],
      ['9 tháng ', 'period-unknown'],
      ['nam', 'period-unknown'],
      [null, 'period-empty'],
    ] as const) {
      const bytes = await workbookBytes((_, sheet) => {
        sheet.getCell(plan.layout.periodCell).value = word;
      });
      const [found] = sheetsOf(await readWorkbook(bytes));
      expect(found.snapshot.period).toBe('nam');
      expect(found.findings).toEqual([
        expect.objectContaining({
          code,
          severity: 'warning',
          cell: `'Chỉ tiêu 2023'!${plan.layout.periodCell}`,
        }),
      ]);
      expect(found.findings[0].message.vi).toContain('kỳ báo cáo');
    }
  });

  it('finds a renamed sheet behind other sheets, and rows moved down by inserted rows', async () => {
    const bytes = await workbookBytes((workbook, sheet) => {
      sheet.name = "Xã Hưng Tân's 2023";
      sheet.spliceRows(2, 0, ['inserted'], ['inserted']);
      workbook.addWorksheet('Ghi chú').addRow(['Mã', 'Thực hiện 2023']);
      sheet.getCell(`${plan.layout.columns.value}${rowOf('bhyt') + 2}`).value = 0.97;
      sheet.getCell(plan.layout.periodCell.replace(/\d+/, (row) => String(Number(row) + 2))).value =
        '9 tháng';
    });
    const [found] = sheetsOf(await readWorkbook(bytes));
    expect(found.sheetName).toBe("Xã Hưng Tân's 2023");
    expect(found.snapshot.period).toBe('9-thang');
    const bhyt = found.snapshot.figures.find((each) => each.indicatorId === 'bhyt')!;
    expect(bhyt).toMatchObject({
      raw: 0.97,
      address: `'Xã Hưng Tân''s 2023'!${plan.layout.columns.value}${rowOf('bhyt') + 2}`,
    });
  });

  it('lists template ids whose row was deleted, and passes repeated rows to the core', async () => {
    const bytes = await workbookBytes((_, sheet) => {
      sheet.spliceRows(rowOf('ho-ngheo'), 1);
      sheet.getCell(`${plan.layout.columns.code}200`).value = 'bhyt';
    });
    const [found] = sheetsOf(await readWorkbook(bytes));
    expect(found.snapshot.missingRows).toEqual(['ho-ngheo']);
    expect(found.snapshot.figures.filter((each) => each.indicatorId === 'bhyt')).toHaveLength(2);
  });

  it('refuses a workbook whose header row was changed: no standard sheet', async () => {
    const bytes = await workbookBytes((_, sheet) => {
      sheet.getCell(`${plan.layout.columns.value}${plan.layout.headerRow}`).value = 'Số liệu';
    });
    const reading = await readWorkbook(bytes);
    expect(reading).toMatchObject({ ok: false, problem: { code: 'no-sheet' } });
    if (!reading.ok) expect(reading.problem.message.vi).toContain('Thực hiện 2023');
  });

  it('refuses a store whose parts were cut', async () => {
    const bytes = await workbookBytes((workbook) => {
      const store = workbook.worksheets.find((sheet) => sheet.state === 'veryHidden')!;
      store.getCell('B2').value = '1/2';
    });
    const reading = await readWorkbook(bytes);
    expect(reading).toMatchObject({ ok: false, problem: { code: 'invalid-template' } });
    if (!reading.ok) expect(reading.problem.details).toHaveLength(1);
  });

  it('refuses a zip whose workbook part is not a workbook as damaged', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId9"');
    const reading = await readWorkbook(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(reading).toMatchObject({ ok: false, problem: { code: 'corrupt' } });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const big = path.join(dir, 'big.xlsx');
      writeFileSync(big, '');
      truncateSync(big, 60 * 1024 * 1024); // sparse: no 60 MB written
      const reading = await readWorkbook(big);
      expect(reading).toMatchObject({ ok: false, problem: { code: 'too-large' } });
      if (!reading.ok) expect(reading.problem.message.en).toContain('60.0 MB');
    } finally {
      cleanup();
    }
  });
});
