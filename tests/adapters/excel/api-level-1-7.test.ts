import { getBuiltInTemplate } from '../../../src/templates';
import { textFigures } from '../../../src/taskpane/cells';
import { newWorkbook, table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';

/**
 * Excel 2019 (perpetual, volume licensed) stops at ExcelApi 1.7, which the manifest admits. The
 * fake at that level refuses every member above it with ApiNotFound, as Excel does, so a call the
 * adapter makes without a guard fails here (and lands in `refusedApis` even if caught).
 */
describe('every action in an Excel at ExcelApi 1.7', () => {
  it('inserts, updates the layout, checks, marks, converts, goes to a cell, reports and seals', async () => {
    const { workbook, adapter } = newWorkbook('1.7');

    const inserted = await adapter.insertSheet(template);
    expect(inserted).toMatchObject({ kind: 'created', sheetName: SHEET });
    expect(inserted.kind !== 'needs-choice' && inserted.notes.map((n) => n.en)).toEqual([
      expect.stringContaining('drop-down lists'),
      expect.stringContaining('print layout'),
    ]);
    const sheet = table(workbook, SHEET, template);
    workbook.enter(SHEET, sheet.periodAddress, '6 tháng');
    workbook.enter(SHEET, sheet.input('tang-truong-kinh-te'), '8,67%');
    workbook.enter(SHEET, sheet.input('dang-vien-moi'), 'mười');
    workbook.enter(SHEET, sheet.explanationCell('ho-ngheo'), 'Do thiên tai');
    const entered = sheet.entries();

    // The update path lays the sheet out anew: every entry the clerk made is kept.
    const updated = await adapter.insertSheet(template, {}, 'update');
    expect(updated).toMatchObject({ kind: 'updated', sheetName: SHEET });
    const after = table(workbook, SHEET, template);
    expect(after.entries()).toEqual(entered);
    expect(after.sheet.protection.protected).toBe(true);
    expect(after.sheet.validations).toEqual([]);

    const checked = await adapter.checkAndMark();
    expect(checked.marks.marked).toEqual([after.input('dang-vien-moi')]);
    const converted = await adapter.convertTextFigures(textFigures(checked.report));
    expect(converted.converted).toEqual([`'${SHEET}'!${after.input('tang-truong-kinh-te')}`]);
    await adapter.goToCell(`'${SHEET}'!${after.input('dang-vien-moi')}`);
    expect(workbook.selection).toEqual({ sheet: SHEET, address: after.input('dang-vien-moi') });

    workbook.enter(SHEET, after.input('dang-vien-moi'), 9);
    const clean = await adapter.checkAndMark();
    expect(clean.report.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const report = await adapter.makeReport([], 'vi');
    expect(report).toMatchObject({ ok: true, sheetName: 'Báo cáo' });
    expect(workbook.sheet('Báo cáo')!.charts).toHaveLength(1);

    const sealed = await adapter.seal();
    expect(sealed.ok).toBe(true);
    expect((await adapter.checkAndMark()).seal).toMatchObject({ status: 'unchanged' });

    expect(workbook.refusedApis).toEqual([]);
  });

  it('tells the clerk that the chart’s numbers print, and which print area leaves them out', async () => {
    const { workbook, adapter } = newWorkbook('1.7');
    await adapter.insertSheet(template);
    const sheet = table(workbook, SHEET, template);
    workbook.enter(SHEET, sheet.input('gia-tri-san-xuat'), 230);

    const report = await adapter.makeReport([], 'vi');

    if (!report.ok) throw new Error('the report was refused');
    const [layout, chartData] = report.notes;
    expect(layout.vi).toContain('ExcelApi 1.9');
    expect(chartData.vi).toMatch(/cột số liệu của biểu đồ \(I–K\) vẫn hiện và sẽ được in/);
    expect(chartData.vi).toMatch(/chọn vùng A1:G\d+ rồi bấm Bố trí Trang > Vùng In > Đặt Vùng In/);
    expect(chartData.en).toMatch(/data columns \(I–K\) stay visible and would print/);
    expect(chartData.en).toMatch(/select A1:G\d+ and choose Page Layout > Print Area > Set Print Area/);
    // The columns named are the ones holding the chart's numbers, shown so that Excel plots them.
    const drawn = workbook.sheet('Báo cáo')!;
    expect(drawn.charts[0].series.map((s) => /^[A-Z]+/.exec(s.values ?? '')?.[0])).toEqual(['J', 'K']);
    expect([...drawn.hiddenColumns]).toEqual([12]);
    expect(workbook.refusedApis).toEqual([]);
  });
});

describe('the pane converts last year entered as text like a figure', () => {
  it('offers and converts `199,7` typed in Thực hiện 2022 where the clerk enters it', async () => {
    const { workbook, adapter } = newWorkbook();
    await adapter.insertSheet(template);
    const sheet = table(workbook, SHEET, template);
    workbook.enter(SHEET, sheet.baselineCell('gia-tri-san-xuat'), '199,7');
    const checked = await adapter.checkAndMark();
    const cell = `'${SHEET}'!${sheet.baselineCell('gia-tri-san-xuat')}`;
    expect(textFigures(checked.report)).toEqual([
      expect.objectContaining({ indicatorId: 'gia-tri-san-xuat', cell, text: '199,7', value: 199.7 }),
    ]);
    const converted = await adapter.convertTextFigures(textFigures(checked.report));
    expect(converted.converted).toEqual([cell]);
    expect(table(workbook, SHEET, template).entries()['gia-tri-san-xuat/baseline']).toBe(199.7);
    // A value out of bounds is an error there, never offered.
    workbook.enter(SHEET, sheet.baselineCell('gia-tri-san-xuat'), '-5');
    expect(textFigures((await adapter.checkAndMark()).report)).toEqual([]);
  });
});
