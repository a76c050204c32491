import type { NarrowContext } from '../../src/adapters/excel/excel-api';
import { FakeExcelError, FakeWorkbook, fakeRun } from '../../src/testing/fake-excel';

function workbookWith(...names: string[]) {
  const workbook = new FakeWorkbook();
  names.forEach((name) => workbook.addSheet(name));
  return { workbook, run: fakeRun(workbook) };
}

describe('the fake Excel keeps Excel’s request rules', () => {
  it('refuses to read a property that was not loaded and synced', async () => {
    const { run } = workbookWith('Sheet1');
    await run(async (context: NarrowContext) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['']]);
    });
  });

  it('applies queued writes only at sync, and counts the syncs', async () => {
    const { workbook, run } = workbookWith('Sheet1');
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [["'04", '=1+1']];
      expect(workbook.sheet('Sheet1')?.cellAt('A1')).toBeUndefined();
      await context.sync();
    });
    expect(workbook.sheet('Sheet1')?.cellAt('A1')?.value).toBe('04');
    expect(workbook.sheet('Sheet1')?.cellAt('B1')?.formula).toBe('=1+1');
    expect(workbook.syncCount).toBe(1);
  });

  it('reads typed text as Excel does: numbers, percentages, formulas, and text after an apostrophe', async () => {
    const { workbook, run } = workbookWith('Sheet1');
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:D1').values = [['04', '8%', "'8%", 'TRUE']];
      await context.sync();
    });
    const sheet = workbook.sheet('Sheet1')!;
    expect(['A1', 'B1', 'C1', 'D1'].map((a) => sheet.cellAt(a)?.value)).toEqual([4, 0.08, '8%', true]);
  });

  it('tells a missing sheet by isNullObject, and fails getItem at sync', async () => {
    const { run } = workbookWith('Sheet1');
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow(FakeExcelError);
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
      context.workbook.worksheets.getItem('Không có').activate();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('refuses at sync a write to a locked cell of a protected sheet, keeping what ran before', async () => {
    const { workbook, run } = workbookWith('Sheet1');
    const sheet = workbook.sheet('Sheet1')!;
    sheet.ensureCell(1, 1).locked = false;
    sheet.protection = { protected: true, options: {} };
    await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem('Sheet1');
      worksheet.getRange('A1').values = [[1]];
      worksheet.getRange('B1').values = [[2]];
      worksheet.getRange('A1').values = [[3]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect([sheet.cellAt('A1')?.value, sheet.cellAt('B1')?.value]).toEqual([1, undefined]);
  });

  it('unprotects only with the right password', async () => {
    const { workbook, run } = workbookWith('Sheet1');
    workbook.sheet('Sheet1')!.protection = { protected: true, password: 'x', options: {} };
    await run(async (context) => {
      const protection = context.workbook.worksheets.getItem('Sheet1').protection;
      protection.unprotect();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      protection.unprotect('x');
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(false);
    });
  });

  it('hands a preview its formula results through an injected recalculation', async () => {
    const workbook = new FakeWorkbook({
      recalculate: (book) => {
        for (const sheet of book.sheets) {
          for (const { cell } of sheet.entries()) if (cell.formula === '=1+1') cell.value = 2;
        }
      },
    });
    workbook.addSheet('Sheet1');
    await fakeRun(workbook)(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.formulas = [['=1+1']];
      range.load(['values', 'formulas']);
      await context.sync();
      expect([range.values, range.formulas]).toEqual([[[2]], [['=1+1']]]);
    });
  });

  it('calculates on its own only formulas of texts and references: IF, AND, OR, =, <>, & and CHAR(34)', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const formulas = [
      '=IF($A$1="6 tháng","Thực hiện 6 tháng",IF($A$1="9 tháng","Thực hiện 9 tháng","Thực hiện 2023"))',
      '=AND($A$1<>"6 tháng",$A$1<>"9 tháng")',
      '=OR(A1="x",("a"&CHAR(34)&"b")="A"&CHAR(34)&"B")',
      '=ISNUMBER(A1)',
      '=1+1',
    ];
    const results = async () =>
      fakeRun(workbook)(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('B1:F1');
        range.load('values');
        await context.sync();
        return range.values[0];
      });
    await fakeRun(workbook)(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1:F1').formulas = [formulas];
      await context.sync();
    });
    // Excel's `=` ignores case; what the fake cannot calculate keeps no result.
    expect(await results()).toEqual(['Thực hiện 2023', true, true, '', '']);
    workbook.enter('Sheet1', 'A1', '6 THÁNG');
    expect(await results()).toEqual(['Thực hiện 6 tháng', false, true, '', '']);
    workbook.enter('Sheet1', 'A1', '9 tháng');
    expect(await results()).toEqual(['Thực hiện 9 tháng', false, true, '', '']);
  });
});
