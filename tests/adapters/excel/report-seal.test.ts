import { createExcelAdapter } from '../../../src/adapters/excel';
import { decodeSealRows, SEAL_SHEET_NAME } from '../../../src/core/seal';
import { FakeWorkbook, fakeRun } from '../../../src/testing/fake-excel';
import { getBuiltInTemplate } from '../../../src/templates';
import { bigTemplate } from './support/big-template';
import { syncsOf, table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';
const SEALED_AT = new Date('2026-11-29T22:50:00Z');

const figures: Record<string, string | number> = {
  'gia-tri-san-xuat': 230,
  'tang-truong-kinh-te': 0.0867,
  bhyt: 0.961,
  'dang-vien-moi': 9,
  'chinh-quyen': 'Hoàn thành tốt nhiệm vụ',
  'xa-chuan-y-te': 'Có',
};

async function filledWorkbook(apiLevel?: string) {
  const workbook = new FakeWorkbook({ apiLevel });
  workbook.addSheet('Sheet1');
  const adapter = createExcelAdapter({
    run: fakeRun(workbook),
    isSetSupported: workbook.isSetSupported,
    now: () => SEALED_AT,
  });
  await adapter.insertSheet(template);
  const sheet = table(workbook, SHEET, template);
  for (const [id, value] of Object.entries(figures)) workbook.enter(SHEET, sheet.input(id), value);
  workbook.enter(SHEET, sheet.explanationCell('tang-truong-kinh-te'), 'Do dịch bệnh');
  return { workbook, adapter, sheet };
}

describe('the report sheet from the add-in', () => {
  it('is refused, with the errors as reasons, while the figures have any', async () => {
    const { workbook, adapter, sheet } = await filledWorkbook();
    workbook.enter(SHEET, sheet.input('dang-vien-moi'), 'mười');

    const result = await adapter.makeReport([], 'vi');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons.map((r) => r.cell)).toContain(`'${SHEET}'!${sheet.input('dang-vien-moi')}`);
    expect(workbook.sheet('Báo cáo')).toBeUndefined();
  });

  it('writes the "Báo cáo" sheet with a native chart of % of target and a 100% line', async () => {
    const { workbook, adapter } = await filledWorkbook();

    const result = await adapter.makeReport([], 'vi');

    expect(result).toEqual({ ok: true, sheetName: 'Báo cáo', notes: [] });
    const report = workbook.sheet('Báo cáo')!;
    expect(workbook.activeSheet).toBe(report);
    expect(report.cellAt('A6')?.value).toBe('BÁO CÁO');
    expect(report.cellAt('A7')?.value).toBe('kết quả thực hiện các chỉ tiêu chủ yếu năm 2023');
    expect(report.cellAt('A2')?.value).toBe('ĐẢNG ỦY XÃ HƯNG TÂN');
    expect(report.merges.length).toBeGreaterThan(10);
    // The chart's numbers, and the add-in's mark that the sheet is its own report.
    expect([...report.hiddenColumns]).toEqual([9, 10, 11, 12]);
    expect(report.pageLayout).toMatchObject({ orientation: 'Portrait', paperSize: 'A4' });
    expect(report.pageLayout.printArea).toMatch(/^A1:G\d+$/);
    // The appendix and the chart each start a page.
    expect(report.pageBreaks).toHaveLength(2);
    expect(report.charts).toHaveLength(1);
    const [chart] = report.charts;
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.plotVisibleOnly).toBe(false);
    expect(chart.series.map((s) => s.chartType)).toEqual(['ColumnClustered', 'Line']);
    expect(chart.series[0].xValues).toBe(chart.series[1].xValues);
    const firstLine = Number(/\d+/.exec(chart.series[1].values!)![0]);
    expect(report.cellAt(`K${firstLine}`)?.value).toBe(100);
    expect(report.cellAt(`J${firstLine}`)?.value).toEqual(expect.any(Number));
  });

  it('replaces an earlier report instead of adding another', async () => {
    const { workbook, adapter } = await filledWorkbook();
    await adapter.makeReport([], 'vi');
    await adapter.makeReport([], 'vi');
    expect(workbook.sheets.filter((s) => s.name.startsWith('Báo cáo'))).toHaveLength(1);
    expect(workbook.sheet('Báo cáo')!.charts).toHaveLength(1);
  });

  it('keeps a clerk’s own "Báo cáo" sheet and its data, writing the report beside it, and replaces only its own', async () => {
    const { workbook, adapter } = await filledWorkbook();
    workbook.addSheet('Báo cáo');
    workbook.enter('Báo cáo', 'A1', 'Ghi chép riêng của văn thư');
    workbook.enter('Báo cáo', 'B2', 1234);

    const first = await adapter.makeReport([], 'vi');
    const second = await adapter.makeReport([], 'vi');

    expect(first).toMatchObject({ ok: true, sheetName: 'Báo cáo (2)' });
    expect(second).toMatchObject({ ok: true, sheetName: 'Báo cáo (2)' });
    expect(workbook.sheet('Báo cáo')!.cellAt('A1')?.value).toBe('Ghi chép riêng của văn thư');
    expect(workbook.sheet('Báo cáo')!.cellAt('B2')?.value).toBe(1234);
    expect(workbook.sheets.filter((s) => s.name.startsWith('Báo cáo'))).toHaveLength(2);
    expect(workbook.sheet('Báo cáo (2)')!.charts).toHaveLength(1);
  });

  it('says the print setup is left to the clerk where Excel is older than ExcelApi 1.9', async () => {
    const { workbook, adapter } = await filledWorkbook('1.8');
    const result = await adapter.makeReport([], 'en');
    expect(result.ok && result.notes.map((n) => n.en)).toEqual([expect.stringMatching(/Page Layout/)]);
    expect(workbook.sheet('Report')!.charts).toHaveLength(1);
    expect(workbook.sheet('Report')!.hiddenColumns.size).toBe(4);
  });

  it('keeps the chart’s numbers shown where Excel cannot plot hidden cells (before ExcelApi 1.8)', async () => {
    const { workbook, adapter } = await filledWorkbook('1.7');
    await adapter.makeReport([], 'vi');
    const [chart] = workbook.sheet('Báo cáo')!.charts;
    expect(chart.plotVisibleOnly).toBe(true);
    expect([...workbook.sheet('Báo cáo')!.hiddenColumns]).toEqual([12]);
  });
});

describe('sealing from the add-in', () => {
  it('reads as never sealed before a seal', async () => {
    const { adapter } = await filledWorkbook();
    expect((await adapter.checkAndMark()).seal).toMatchObject({ status: 'unsealed', sealedAt: null });
  });

  it('is refused, with the errors as reasons, while the figures have any', async () => {
    const { workbook, adapter, sheet } = await filledWorkbook();
    workbook.enter(SHEET, sheet.input('gia-tri-san-xuat'), 'abc');
    const result = await adapter.seal();
    expect(result.ok).toBe(false);
    expect(result.ok || result.reasons.length).toBeGreaterThan(0);
    expect(workbook.sheet(SEAL_SHEET_NAME)).toBeUndefined();
  });

  it('stores the seal very hidden in the command line’s format, and a later check finds it unchanged', async () => {
    const { workbook, adapter } = await filledWorkbook();

    const result = await adapter.seal();

    expect(result).toMatchObject({ ok: true, sheetName: SHEET, sealedAt: SEALED_AT.toISOString() });
    const store = workbook.sheet(SEAL_SHEET_NAME)!;
    expect(store.visibility).toBe('VeryHidden');
    const rows = [1, 2].map((row) => [1, 2, 3, 4].map((column) => store.cell(row, column)?.value ?? ''));
    expect(decodeSealRows(rows)).toEqual([
      expect.objectContaining({ templateId: template.id, sheet: SHEET, sealedAt: SEALED_AT.toISOString() }),
    ]);
    expect((await adapter.checkAndMark()).seal).toEqual({
      status: 'unchanged',
      sealedAt: SEALED_AT.toISOString(),
      changed: [],
      periodChanged: false,
      templateChanged: false,
    });
  });

  it('names the indicator whose figure changed after the seal, and a second seal replaces the first', async () => {
    const { workbook, adapter, sheet } = await filledWorkbook();
    await adapter.seal();
    workbook.enter(SHEET, sheet.input('gia-tri-san-xuat'), 231);

    const { seal } = await adapter.checkAndMark();

    expect(seal.status).toBe('changed');
    expect(seal.changed).toEqual([
      { id: 'gia-tri-san-xuat', name: 'Tổng giá trị sản xuất (giá so sánh năm 2010)' },
    ]);
    await adapter.seal();
    expect((await adapter.checkAndMark()).seal.status).toBe('unchanged');
    expect(workbook.sheet(SEAL_SHEET_NAME)!.cell(3, 1)).toBeUndefined();
  });

  it('leaves every entered figure and explanation as it was, as does the report', async () => {
    const { adapter, sheet } = await filledWorkbook();
    const before = sheet.entries();
    await adapter.seal();
    await adapter.makeReport([], 'vi');
    expect(sheet.entries()).toEqual(before);
  });
});

describe('a report or a seal that Excel stops half-way', () => {
  type Setup = Awaited<ReturnType<typeof filledWorkbook>>;
  type Outcome = { ok: true } | { ok: false; code: string; vi: string; en: string };

  async function failing(
    prepare: (setup: Setup) => Promise<unknown>,
    act: (setup: Setup) => Promise<unknown>,
    after: number,
  ) {
    const setup = await filledWorkbook();
    await prepare(setup);
    const before = setup.sheet.entries();
    setup.workbook.failAfter(after);
    const outcome: Outcome = await act(setup).then(
      () => ({ ok: true }),
      (error: { code: string; userMessage: { vi: string; en: string } }) => ({
        ok: false,
        code: error.code,
        ...error.userMessage,
      }),
    );
    setup.workbook.clearFault();
    expect(setup.sheet.entries()).toEqual(before);
    return { ...setup, outcome };
  }

  /** The number of operations the action runs: the smallest failure point it gets past. */
  async function operations(
    prepare: (setup: Setup) => Promise<unknown>,
    act: (setup: Setup) => Promise<unknown>,
  ) {
    let low = 0;
    let high = 4096;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if ((await failing(prepare, act, middle)).outcome.ok) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  const report = ({ adapter }: Setup) => adapter.makeReport([], 'vi');
  const seal = ({ adapter }: Setup) => adapter.seal();

  it('keeps the figures and the earlier report, or the complete new one, and says which', async () => {
    const total = await operations(report, report);
    const codes = new Set<string>();
    for (const after of [total - 1, total - 2, total - 5, Math.floor(total / 2), 40]) {
      const { workbook, adapter, outcome } = await failing(report, report, after);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      codes.add(outcome.code);
      const reports = workbook.sheets.filter((sheet) => sheet.charts.length === 1).map((sheet) => sheet.name);
      if (outcome.code === 'report-failed-renamed') {
        expect(reports).toEqual(['~Báo cáo']);
        expect(outcome.vi).toContain('Hãy đổi tên trang “~Báo cáo” thành “Báo cáo”');
      } else {
        expect(outcome.code).toBe('report-failed-kept');
        expect(reports).toEqual(['Báo cáo']);
        expect(outcome.vi).toContain('Biểu chỉ tiêu và số liệu trong đó không bị thay đổi');
        expect(outcome.en).toContain('Press "Make report" again');
      }
      expect(await adapter.makeReport([], 'vi')).toMatchObject({ ok: true, sheetName: 'Báo cáo' });
    }
    expect([...codes].sort()).toEqual(['report-failed-kept', 'report-failed-renamed']);
  });

  it('never leaves the earlier seal lost without saying to seal again', async () => {
    const total = await operations(seal, seal);
    const read = await operations(
      async () => undefined,
      ({ adapter }) => adapter.checkAndMark(),
    );
    for (let after = Math.min(read, total - 1); after < total; after++) {
      const { adapter, outcome } = await failing(seal, seal, after);
      if (outcome.ok) continue;
      const status = (await adapter.checkAndMark()).seal.status;
      if (outcome.code !== 'seal-failed') expect(status).toBe('unchanged');
      else {
        expect(outcome.vi).toContain('Hãy bấm “Chốt số liệu” lại');
        expect(outcome.en).toContain('Press "Seal figures" again');
      }
      expect(await adapter.seal()).toMatchObject({ ok: true });
      expect((await adapter.checkAndMark()).seal.status).toBe('unchanged');
    }
  });
});

describe('round trips of the report and the seal', () => {
  async function measure(count: number) {
    const big = bigTemplate(count);
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const adapter = createExcelAdapter({ run: fakeRun(workbook), isSetSupported: workbook.isSetSupported });
    await adapter.insertSheet(big);
    const sheet = table(workbook, SHEET, big);
    for (let i = 1; i <= count; i += 4) workbook.enter(SHEET, sheet.input(`chi-tieu-${i}`), 0.95);
    return {
      report: await syncsOf(workbook, () => adapter.makeReport()),
      seal: await syncsOf(workbook, () => adapter.seal()),
      check: await syncsOf(workbook, () => adapter.checkAndMark()),
      sealed: (await adapter.checkAndMark()).seal.status,
    };
  }

  it('stay the same from 16 to 2,000 indicators', async () => {
    const small = await measure(16);
    const large = await measure(2000);
    // The seal and the check read only the table (three syncs, see sync-counts.test.ts), then write.
    expect(small).toEqual({ report: 3, seal: 4, check: 4, sealed: 'unchanged' });
    expect(large).toEqual(small);
  }, 60_000);
});
