import type { NarrowContext } from '../../src/adapters/excel/excel-api';
import { EXCEL_API_MEMBERS, FakeWorkbook, fakeRun, NEWEST_API_LEVEL } from '../../src/testing/fake-excel';

function excelAt(apiLevel?: string) {
  const workbook = new FakeWorkbook({ apiLevel });
  workbook.addSheet('Sheet1');
  return { workbook, run: fakeRun(workbook) };
}

const sheetOf = (context: NarrowContext) => context.workbook.worksheets.getItem('Sheet1');

describe('the fake Excel at an ExcelApi level', () => {
  it('answers isSetSupported from its level, comparing versions part by part', () => {
    const { workbook } = excelAt('1.7');
    expect(workbook.isSetSupported('ExcelApi', '1.1')).toBe(true);
    expect(workbook.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(workbook.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(workbook.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(new FakeWorkbook({ apiLevel: '1.10' }).isSetSupported('ExcelApi', '1.9')).toBe(true);
    // It models only ExcelApi: another set is never claimed.
    expect(workbook.isSetSupported('DialogApi', '1.1')).toBe(false);
  });

  it('supports every member it models unless told a level', () => {
    const { workbook } = excelAt();
    expect(workbook.apiLevel).toBe(NEWEST_API_LEVEL);
    for (const version of Object.values(EXCEL_API_MEMBERS))
      expect(workbook.isSetSupported('ExcelApi', version)).toBe(true);
  });

  it('refuses a level that is not an ExcelApi version', () => {
    expect(() => new FakeWorkbook({ apiLevel: '2019' })).toThrow(/not an ExcelApi version/);
  });

  it.each([
    ['Range.dataValidation', '1.7', (c: NarrowContext) => sheetOf(c).getRange('A1').dataValidation.clear()],
    ['Worksheet.pageLayout', '1.8', (c: NarrowContext) => (sheetOf(c).pageLayout.orientation = 'Portrait')],
    [
      'Worksheet.horizontalPageBreaks',
      '1.8',
      (c: NarrowContext) => sheetOf(c).horizontalPageBreaks.add('A5'),
    ],
    [
      'Chart.plotVisibleOnly',
      '1.7',
      (c: NarrowContext) => {
        const sheet = sheetOf(c);
        sheet.charts.add('ColumnClustered', sheet.getRange('A1:A2'), 'Columns').plotVisibleOnly = false;
      },
    ],
    ['Worksheet.freezePanes', '1.6', (c: NarrowContext) => sheetOf(c).freezePanes.freezeRows(2)],
    [
      'Range.getUsedRangeOrNullObject',
      '1.3',
      (c: NarrowContext) => sheetOf(c).getRange('A1:C3').getUsedRangeOrNullObject(true).load('address'),
    ],
    [
      'Range.conditionalFormats',
      '1.5',
      (c: NarrowContext) => sheetOf(c).getRange('A1').conditionalFormats.clearAll(),
    ],
  ])(
    'refuses %s below its set (at %s) with ApiNotFound at sync, keeping what ran before',
    async (member, level, use) => {
      const { workbook, run } = excelAt(level);
      const failure = run(async (context) => {
        sheetOf(context).getRange('B1').values = [['kept']];
        use(context);
        sheetOf(context).getRange('C1').values = [['never written']];
        await context.sync();
      });
      await expect(failure).rejects.toMatchObject({
        code: 'ApiNotFound',
        debugInfo: { code: 'ApiNotFound' },
      });
      await expect(failure).rejects.toThrow(`${member} needs ExcelApi`);
      expect(workbook.refusedApis).toEqual([member]);
      expect(workbook.sheet('Sheet1')!.cellAt('B1')?.value).toBe('kept');
      expect(workbook.sheet('Sheet1')!.cellAt('C1')).toBeUndefined();
    },
  );

  it('lets the same members through at their own level', async () => {
    const { workbook, run } = excelAt('1.9');
    await run(async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange('A1').dataValidation.clear();
      sheet.pageLayout.orientation = 'Portrait';
      sheet.horizontalPageBreaks.add('A5');
      sheet.charts.add('ColumnClustered', sheet.getRange('A1:A2'), 'Columns').plotVisibleOnly = false;
      await context.sync();
    });
    expect(workbook.refusedApis).toEqual([]);
    expect(workbook.sheet('Sheet1')!.pageLayout.orientation).toBe('Portrait');
    expect(workbook.sheet('Sheet1')!.charts[0].plotVisibleOnly).toBe(false);
  });

  it('needs ExcelApi 1.7 for a protection password, 1.2 without one', async () => {
    const { workbook, run } = excelAt('1.6');
    await run(async (context) => {
      sheetOf(context).protection.protect({ allowFormatCells: false });
      await context.sync();
    });
    expect(workbook.sheet('Sheet1')!.protection.protected).toBe(true);
    await expect(
      run(async (context) => {
        sheetOf(context).protection.unprotect('mật khẩu');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
