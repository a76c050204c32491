import { ExcelActionError, MARK_COLOR, type TextFigure } from '../../../src/adapters/excel';
import type { CheckReport } from '../../../src/core/check/types';
import { buildSheetPlan, STORE_SHEET_NAME } from '../../../src/core/sheet-plan';
import { figureFormat } from '../../../src/core/sheet-plan/formats';
import { getBuiltInTemplate } from '../../../src/templates';
import { newWorkbook, table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';

function textFigures(report: CheckReport): TextFigure[] {
  return report.results.flatMap((r) =>
    r.storedAsText && typeof r.value === 'number' && r.cell && typeof r.raw === 'string'
      ? [
          {
            indicatorId: r.indicator.id,
            cell: r.cell,
            text: r.raw,
            value: r.value,
            percent: r.indicator.type === 'percent',
            numberFormat: figureFormat(r.indicator),
          },
        ]
      : [],
  );
}

async function insertedWorkbook() {
  const setup = newWorkbook();
  await setup.adapter.insertSheet(template);
  return { ...setup, sheet: table(setup.workbook, SHEET, template) };
}

describe('the clerk’s flow in a live workbook', () => {
  it('inserts a protected sheet with its stored template, rules and highlights', async () => {
    const { workbook, adapter } = newWorkbook();
    const result = await adapter.insertSheet(template);

    expect(result).toEqual({ kind: 'created', sheetName: SHEET, notes: [] });
    const sheet = workbook.sheet(SHEET)!;
    expect(workbook.activeSheet).toBe(sheet);
    expect(sheet.protection.protected).toBe(true);
    expect(workbook.sheet('_resolution_targets')?.visibility).toBe('VeryHidden');
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
    // Each figure and each estimate for the year, last year where the clerk enters it (a numeric
    // indicator without a baseline in the template: 10 of Hưng Tân's 24), and the period.
    const entersLastYear = template.indicators.filter(
      (i) => ['number', 'integer', 'percent'].includes(i.type) && i.baseline === undefined,
    ).length;
    expect(entersLastYear).toBe(10);
    expect(sheet.validations.length).toBe(2 * template.indicators.length + entersLastYear + 1);
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    const { input } = table(workbook, SHEET, template);
    expect(sheet.cellAt(input('tang-truong-kinh-te'))).toMatchObject({
      locked: false,
      numberFormat: '0.00%',
    });
    // A label cell stays locked: the clerk cannot overwrite the indicator's name.
    expect(() => workbook.enter(SHEET, 'C11', 'x')).toThrow(
      expect.objectContaining({ code: 'AccessDenied' }),
    );
  });

  it('checks, marks only the wrong cell, converts a text figure, and clears the mark once fixed', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.input('tang-truong-kinh-te'), '8,67%');
    workbook.enter(SHEET, sheet.input('gia-tri-san-xuat'), 230);
    workbook.enter(SHEET, sheet.input('dang-vien-moi'), 'mười');

    const first = await adapter.checkAndMark();
    const cell = (id: string) => `'${SHEET}'!${sheet.input(id)}`;
    const codes = first.report.findings.map((f) => [f.code, f.severity, f.cell]);
    expect(codes).toContainEqual(['stored-as-text', 'warning', cell('tang-truong-kinh-te')]);
    expect(codes).toContainEqual(['unreadable', 'error', cell('dang-vien-moi')]);
    expect(first.marks.marked).toEqual([sheet.input('dang-vien-moi')]);
    const border = (id: string) => sheet.sheet.cellAt(sheet.input(id))?.borders.left;
    expect(border('dang-vien-moi')).toMatchObject({ color: MARK_COLOR, weight: 'Medium' });
    expect(border('tang-truong-kinh-te')).toMatchObject({ color: '#000000', weight: 'Thin' });
    expect(sheet.sheet.cellAt(sheet.input('tang-truong-kinh-te'))?.value).toBe('8,67%');
    expect(sheet.sheet.protection.protected).toBe(true);

    const converted = await adapter.convertTextFigures(textFigures(first.report));
    expect(converted.converted).toEqual([cell('tang-truong-kinh-te')]);
    expect(sheet.sheet.cellAt(sheet.input('tang-truong-kinh-te'))?.value).toBe(0.0867);

    workbook.enter(SHEET, sheet.input('dang-vien-moi'), 9);
    const second = await adapter.checkAndMark();
    expect(second.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(second.marks.marked).toEqual([]);
    expect(border('dang-vien-moi')).toMatchObject({ color: '#000000', weight: 'Thin' });
    const growth = second.report.results.find((r) => r.indicator.id === 'tang-truong-kinh-te');
    expect(growth).toMatchObject({ value: 8.67, status: 'missed', storedAsText: false });
    // A miss is the sheet's own conditional formats' business: the adapter leaves the cell's look alone.
    const look = (id: string) => {
      const { fill, borders } = sheet.sheet.cellAt(sheet.input(id))!;
      return { fill, borders };
    };
    expect(look('tang-truong-kinh-te')).toEqual(look('bhyt'));
    expect(sheet.sheet.protection.protected).toBe(true);
  });

  it('writes a percent figure as a fraction with the % format back where a paste left its cell General', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.input('bhyt'), '96,1');
    sheet.sheet.cellAt(sheet.input('bhyt'))!.numberFormat = 'General';
    const { report } = await adapter.checkAndMark();

    const result = await adapter.convertTextFigures(textFigures(report));

    expect(result.converted).toEqual([`'${SHEET}'!${sheet.input('bhyt')}`]);
    const cell = sheet.sheet.cellAt(sheet.input('bhyt'))!;
    expect([cell.value, cell.numberFormat]).toEqual([0.961, '0.00%']);
    const again = await adapter.checkAndMark();
    expect(again.report.findings.filter((f) => f.cell?.endsWith(sheet.input('bhyt')))).toEqual([]);
    expect(again.report.results.find((r) => r.indicator.id === 'bhyt')).toMatchObject({ value: 96.1 });
  });

  it('converts only the texts still there as the check saw them', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.input('tang-truong-kinh-te'), '8,67%');
    workbook.enter(SHEET, sheet.input('gia-tri-san-xuat'), '217,67');
    const { report } = await adapter.checkAndMark();
    workbook.enter(SHEET, sheet.input('tang-truong-kinh-te'), '9,1%');

    const result = await adapter.convertTextFigures(textFigures(report));
    const cell = (id: string) => `'${SHEET}'!${sheet.input(id)}`;
    expect(result.converted).toEqual([cell('gia-tri-san-xuat')]);
    expect(result.skipped).toEqual([
      {
        cell: cell('tang-truong-kinh-te'),
        message: expect.objectContaining({ vi: expect.stringContaining('đã thay đổi') }),
      },
    ]);
    expect(sheet.entries()).toMatchObject({
      'tang-truong-kinh-te/value': '9,1%',
      'gia-tri-san-xuat/value': 217.67,
    });
  });

  it('reads the figures of the sheet wherever it was moved or renamed', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.input('bhyt'), 0.961);
    workbook.enter(SHEET, sheet.explanationCell('bhyt'), 'Số liệu BHXH huyện');
    workbook.renameSheet(sheet.sheet, 'Báo cáo gửi huyện');
    workbook.moveSheet(sheet.sheet, 0);

    const reading = await adapter.readSnapshot();
    expect(reading.sheetName).toBe('Báo cáo gửi huyện');
    expect(reading.snapshot.period).toBe('nam');
    expect(reading.snapshot.figures.find((f) => f.indicatorId === 'bhyt')).toMatchObject({
      raw: 0.961,
      numberFormat: '0.00%',
      explanation: 'Số liệu BHXH huyện',
      address: `'Báo cáo gửi huyện'!${sheet.input('bhyt')}`,
    });
  });

  it('never replaces an existing sheet without the clerk’s choice', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.input('bhyt'), 0.95);
    const before = workbook.sheets.length;

    expect(await adapter.insertSheet(template)).toEqual({ kind: 'needs-choice', sheetName: SHEET });
    expect(workbook.sheets.length).toBe(before);

    workbook.activeSheet = workbook.sheet('Sheet1');
    expect(await adapter.insertSheet(template, {}, 'open')).toMatchObject({
      kind: 'opened',
      sheetName: SHEET,
    });
    expect(workbook.activeSheet?.name).toBe(SHEET);

    expect(await adapter.insertSheet(template, {}, 'copy')).toMatchObject({
      kind: 'created',
      sheetName: `${SHEET} (2)`,
    });
    expect(table(workbook, `${SHEET} (2)`, template).entries()['bhyt/value']).toBeNull();
    expect(sheet.entries()['bhyt/value']).toBe(0.95);
  });

  it('leaves a sheet of the clerk’s own that bears the same name alone', async () => {
    const { workbook, adapter } = newWorkbook();
    workbook.addSheet(SHEET);
    workbook.enter(SHEET, 'A1', 'Ghi chú riêng');
    expect(await adapter.insertSheet(template)).toMatchObject({ kind: 'created', sheetName: `${SHEET} (2)` });
    expect(workbook.sheet(SHEET)?.cellAt('A1')?.value).toBe('Ghi chú riêng');
  });

  it('updates the layout keeping figures, estimates, explanations, formulas and the period', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.periodAddress, '6 tháng');
    workbook.enter(SHEET, sheet.estimateCell('thu-nhap-binh-quan'), '58');
    workbook.enter(SHEET, sheet.estimateCell('bhyt'), 0.96);
    workbook.enter(SHEET, sheet.input('tang-truong-kinh-te'), '8,67%');
    workbook.enter(SHEET, sheet.input('dang-vien-moi'), { formula: '=4+5' });
    workbook.enter(SHEET, sheet.input('bhyt'), '#N/A');
    workbook.enter(SHEET, sheet.explanationCell('ho-ngheo'), 'Do thiên tai');
    const before = sheet.entries();
    const position = workbook.sheets.indexOf(sheet.sheet);

    expect(await adapter.insertSheet(template, {}, 'update')).toMatchObject({
      kind: 'updated',
      sheetName: SHEET,
    });
    const after = table(workbook, SHEET, template);
    expect(after.sheet).not.toBe(sheet.sheet);
    expect(after.entries()).toEqual(before);
    expect(after.sheet.cellAt(after.input('tang-truong-kinh-te'))?.numberFormat).toBe('0.00%');
    expect(workbook.sheets.indexOf(after.sheet)).toBe(position);
    expect(after.sheet.protection.protected).toBe(true);
    expect(workbook.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))).toEqual([]);
  });

  it('refuses to update a layout that has no row for an entered figure', async () => {
    const extra = {
      ...template,
      indicators: [...template.indicators, { ...template.indicators[0], id: 'chi-tieu-bo-sung' }],
    };
    const { workbook, adapter } = newWorkbook();
    await adapter.insertSheet(extra);
    const sheet = table(workbook, SHEET, extra);
    workbook.enter(SHEET, sheet.input('chi-tieu-bo-sung'), 12);
    const before = sheet.entries();

    const refusal = adapter.insertSheet(template, {}, 'update');
    await expect(refusal).rejects.toMatchObject({ code: 'update-would-lose' });
    await expect(refusal).rejects.toHaveProperty(
      'userMessage.vi',
      expect.stringContaining('chi-tieu-bo-sung'),
    );
    expect(table(workbook, SHEET, extra).entries()).toEqual(before);
  });

  it('keeps the 2022 value the clerk entered through an update, and refuses one whose template would overwrite it', async () => {
    const { workbook, adapter } = newWorkbook();
    await adapter.insertSheet(template);
    const sheet = table(workbook, SHEET, template);
    workbook.enter(SHEET, sheet.baselineCell('gia-tri-san-xuat'), 199.7);
    const before = sheet.entries();
    expect(before['gia-tri-san-xuat/baseline']).toBe(199.7);
    expect(await adapter.insertSheet(template, {}, 'update')).toMatchObject({ kind: 'updated' });
    expect(table(workbook, SHEET, template).entries()).toEqual(before);

    const withBaseline = {
      ...template,
      indicators: template.indicators.map((i) => (i.id === 'gia-tri-san-xuat' ? { ...i, baseline: 190 } : i)),
    };
    const refusal = adapter.insertSheet(withBaseline, {}, 'update');
    await expect(refusal).rejects.toMatchObject({ code: 'update-would-lose' });
    await expect(refusal).rejects.toHaveProperty(
      'userMessage.vi',
      expect.stringContaining('gia-tri-san-xuat'),
    );
    expect(table(workbook, SHEET, template).entries()).toEqual(before);
  });

  it('refuses to update a layout whose explanation header was edited, keeping every explanation', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.input('ho-ngheo'), 1.2);
    workbook.enter(SHEET, sheet.explanationCell('ho-ngheo'), 'Do thiên tai');
    const before = sheet.entries();
    const { columns, headerRow } = buildSheetPlan(template).layout;
    sheet.sheet.protection = { protected: false };
    workbook.enter(SHEET, `${columns.explanation}${headerRow}`, 'Ghi chú');

    const refusal = adapter.insertSheet(template, {}, 'update');

    await expect(refusal).rejects.toMatchObject({ code: 'update-column-unknown' });
    await expect(refusal).rejects.toHaveProperty('userMessage.vi', expect.stringContaining('“Giải trình”'));
    expect(workbook.sheet(SHEET)).toBe(sheet.sheet);
    expect(sheet.entries()).toEqual(before);
    expect(sheet.sheet.cellAt(sheet.explanationCell('ho-ngheo'))?.value).toBe('Do thiên tai');
  });

  it('refuses a new copy from a different template under the stored id, keeping the stored one', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    const store = workbook.sheet(STORE_SHEET_NAME)!;
    const storedBefore = store.cell(2, 3)?.value;
    const changed = { ...template, indicators: template.indicators.slice(1) };
    const names = workbook.sheets.map((s) => s.name);

    const refusal = adapter.insertSheet(changed, {}, 'copy');

    await expect(refusal).rejects.toMatchObject({ code: 'template-id-taken' });
    await expect(refusal).rejects.toHaveProperty('userMessage.vi', expect.stringContaining('mã riêng'));
    expect(store.cell(2, 3)?.value).toBe(storedBefore);
    expect(workbook.sheets.map((s) => s.name)).toEqual(names);
    expect((await adapter.checkAndMark()).reading.template).toEqual(template);
    expect(sheet.sheet).toBe(workbook.sheet(SHEET));
    // The same template again is not a different one: its copy is made.
    expect(await adapter.insertSheet(template, {}, 'copy')).toMatchObject({ kind: 'created' });
  });

  it('never rewrites a damaged template store: the insert is refused with the store’s problem', async () => {
    const { workbook, adapter } = await insertedWorkbook();
    const store = workbook.sheet(STORE_SHEET_NAME)!;
    store.ensureCell(2, 3).value = '{"id": "hung-tan-2023", bị hỏng';
    const names = workbook.sheets.map((s) => s.name);

    for (const choice of ['copy', 'update'] as const) {
      const refusal = adapter.insertSheet(template, {}, choice);
      await expect(refusal).rejects.toMatchObject({ code: 'store-invalid' });
      await expect(refusal).rejects.toHaveProperty(
        'userMessage.vi',
        expect.stringContaining('không ghi đè kho mẫu bị hỏng'),
      );
    }
    expect(store.cell(2, 3)?.value).toBe('{"id": "hung-tan-2023", bị hỏng');
    expect(workbook.sheets.map((s) => s.name)).toEqual(names);
  });

  it('goes to a cell: activates its sheet and selects it', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.activeSheet = workbook.sheet('Sheet1');
    await adapter.goToCell(`'${SHEET}'!${sheet.input('bhyt')}`);
    expect(workbook.activeSheet?.name).toBe(SHEET);
    expect(workbook.selection).toEqual({ sheet: SHEET, address: sheet.input('bhyt') });

    const missing = adapter.goToCell("'Không có'!A1");
    await expect(missing).rejects.toBeInstanceOf(ExcelActionError);
    await expect(missing).rejects.toHaveProperty(
      'userMessage.vi',
      expect.stringContaining('Không tìm thấy trang “Không có”'),
    );
  });
});

describe('what Excel refuses, said to the clerk', () => {
  it('still checks a sheet protected with a password the add-in does not know, changing nothing', async () => {
    const { workbook, adapter, sheet } = await insertedWorkbook();
    workbook.enter(SHEET, sheet.input('dang-vien-moi'), 'mười');
    sheet.sheet.protection = { protected: true, password: 'bí mật', options: {} };

    const { report, marks } = await adapter.checkAndMark();
    // The findings are there; the clerk is told why no cell is boxed.
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unreadable', indicatorId: 'dang-vien-moi', severity: 'error' }),
        expect.objectContaining({ code: 'marks-skipped', severity: 'warning' }),
      ]),
    );
    expect(report.findings.find((f) => f.code === 'marks-skipped')?.message.en).toContain(
      'password the add-in does not know',
    );
    expect(marks.marked).toEqual([]);
    expect(sheet.sheet.cellAt(sheet.input('dang-vien-moi'))?.borders.left?.color).toBe('#000000');
    expect(sheet.sheet.protection).toMatchObject({ protected: true, password: 'bí mật' });
  });

  it('degrades without data validation on ExcelApi 1.7, and says so', async () => {
    const { workbook, adapter } = newWorkbook('1.7');
    const result = await adapter.insertSheet(template);
    expect(result.kind).toBe('created');
    expect(result.kind !== 'needs-choice' && result.notes.map((n) => n.en)).toEqual([
      expect.stringContaining('drop-down lists'),
      expect.stringContaining('print layout'),
    ]);
    expect(workbook.sheet(SHEET)?.validations).toEqual([]);
  });

  it('refuses politely on an Excel older than ExcelApi 1.7', async () => {
    const { adapter } = newWorkbook('1.6');
    await expect(adapter.readSnapshot([template])).rejects.toMatchObject({ code: 'api-too-old' });
  });

  it('says there is no standard sheet yet', async () => {
    const { adapter } = newWorkbook();
    await expect(adapter.readSnapshot([template])).rejects.toHaveProperty(
      'userMessage.vi',
      expect.stringContaining('Không tìm thấy trang biểu chỉ tiêu'),
    );
    await expect(adapter.readSnapshot()).rejects.toMatchObject({ code: 'no-template' });
  });

  it.each([20, 150, 300])(
    'leaves the workbook as it was when an insert fails after %i operations',
    async (after) => {
      const { workbook, adapter } = newWorkbook();
      // The two reads queue a few operations; the write batch (about 350 here) fails inside.
      workbook.failAfter(after);
      await expect(adapter.insertSheet(template)).rejects.toHaveProperty(
        'userMessage.en',
        expect.stringContaining('as it was before'),
      );
      expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    },
  );
});
