import ExcelJS from 'exceljs';
import { readWorkbook, writePlan } from '../../../src/adapters/xlsx';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../../src/templates';
import { newWorkbook, table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';

describe('the period cell in a live workbook', () => {
  it.each([
    ['6 tháng', '6-thang', []],
    ['6 THÁNG', '6-thang', []],
    ['9 tháng', '9-thang', []],
    ['6 thang', 'nam', ['period-unknown']],
    [' 6 tháng', 'nam', ['period-unknown']],
    ['6 tháng ', 'nam', ['period-unknown']],
    ['6-thang', 'nam', ['period-unknown']],
  ])('reads %p as the formulas do, %p, like the .xlsx reader', async (word, period, codes) => {
    const { workbook, adapter } = newWorkbook();
    await adapter.insertSheet(template);
    const live = table(workbook, SHEET, template);
    workbook.enter(SHEET, live.periodAddress, word);
    const fromExcel = await adapter.readSnapshot();
    expect(fromExcel.snapshot.period).toBe(period);
    expect(fromExcel.findings.map((each) => each.code)).toEqual(codes);
    if (codes.length > 0) expect(fromExcel.findings[0].message.vi).toContain('“6 tháng”');

    const file = new ExcelJS.Workbook();
    const sheet = await writePlan(file, buildSheetPlan(template));
    sheet.getCell(live.periodAddress).value = word;
    const reading = await readWorkbook(Buffer.from(await file.xlsx.writeBuffer()));
    if (!reading.ok) throw new Error(reading.problem.message.en);
    expect(reading.sheets[0].snapshot.period).toBe(period);
    // The English wording of the two adapters' catalogs differs by a word; the Vietnamese is one.
    const shown = (findings: typeof fromExcel.findings) =>
      findings.map(({ code, cell, message }) => ({ code, cell, vi: message.vi }));
    expect(shown(reading.sheets[0].findings)).toEqual(shown(fromExcel.findings));
  });
});

describe('the period words in a live workbook', () => {
  it('follow the period cell: title, figure, percent and estimate headers are formulas Excel calculates', async () => {
    const { workbook, adapter } = newWorkbook();
    await adapter.insertSheet(template);
    const live = table(workbook, SHEET, template);
    const { columns, headerRow } = buildSheetPlan(template).layout;
    const shown = () => {
      const at = (address: string) => live.sheet.cellAt(address)?.value;
      return {
        title: at('A5'),
        value: at(`${columns.value}${headerRow}`),
        percent: at(`${columns.percent}${headerRow}`),
        estimate: at(`${columns.estimate}${headerRow}`),
      };
    };
    expect(shown()).toEqual({
      title: 'BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2023',
      value: 'Thực hiện 2023',
      percent: '% so với chỉ tiêu',
      estimate: 'Ước cả năm (không dùng khi báo cáo năm)',
    });
    expect(live.sheet.cellAt('A5')?.formula).toMatch(/^=IF\(\$G\$7=/);
    workbook.enter(SHEET, live.periodAddress, '6 tháng');
    expect(shown()).toEqual({
      title: 'BIỂU THEO DÕI THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2023',
      value: 'Thực hiện 6 tháng',
      percent: '% so với KH năm',
      estimate: 'Ước cả năm',
    });
    const reading = await adapter.readSnapshot();
    expect(reading.snapshot.period).toBe('6-thang');
    expect(reading.snapshot.figures.filter((f) => f.estimate)).toHaveLength(template.indicators.length);
  });
});
