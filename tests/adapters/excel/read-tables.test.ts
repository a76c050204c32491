import { FakeContext, type FakeSheet, type FakeWorkbook } from '../../../src/testing/fake-excel';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../../src/templates';
import { newWorkbook, syncsOf, table } from './support/workbook';

const template = getBuiltInTemplate('hung-tan-2023')!;
const SHEET = 'Chỉ tiêu 2023';
const { layout } = buildSheetPlan(template);
const CELL_GRIDS = new Set(['values', 'formulas', 'numberFormat', 'valueTypes']);

/** Counts the cells of every range whose cell grids `action` reads, once per range. */
async function cellsLoaded(workbook: FakeWorkbook, action: () => Promise<unknown>): Promise<number> {
  const range = new FakeContext(workbook).workbook.worksheets.getItem(workbook.sheets[0].name).getRange('A1');
  const proto = Object.getPrototypeOf(range) as { snapshot(this: object, name: string): unknown };
  const original = proto.snapshot;
  const seen = new WeakSet<object>();
  const tally = { cells: 0 };
  proto.snapshot = function snapshot(name: string) {
    const grid = original.call(this, name);
    if (CELL_GRIDS.has(name) && !seen.has(this)) {
      seen.add(this);
      tally.cells += (grid as unknown[][]).reduce((sum, line) => sum + line.length, 0);
    }
    return grid;
  };
  try {
    await action();
  } finally {
    proto.snapshot = original;
  }
  return tally.cells;
}

/** Moves every cell of the sheet `rows` rows down, as inserting rows above it would. */
function insertRowsAbove(sheet: FakeSheet, rows: number) {
  const cells = [...sheet.entries()].map((entry) => ({ ...entry, cell: { ...entry.cell } }));
  for (const { row, column } of cells) sheet.deleteCell(row, column);
  for (const { row, column, cell } of cells) Object.assign(sheet.ensureCell(row + rows, column), cell);
}

async function filledWorkbook() {
  const setup = newWorkbook();
  await setup.adapter.insertSheet(template);
  const sheet = table(setup.workbook, SHEET, template);
  setup.workbook.enter(SHEET, sheet.input('gia-tri-san-xuat'), '217,67');
  setup.workbook.enter(SHEET, sheet.input('bhyt'), '96,1%');
  setup.workbook.enter(SHEET, sheet.periodAddress, '6 tháng');
  return { ...setup, sheet };
}

function dataSheet(workbook: FakeWorkbook, rows: number, columns: number) {
  const data = workbook.addSheet('Dữ liệu');
  for (let row = 1; row <= rows; row++)
    for (let column = 1; column <= columns; column++) data.ensureCell(row, column).value = row * column;
  // A header that looks like the table's, but no indicator code below it.
  data.ensureCell(1, 2).value = 'Mã';
  data.ensureCell(1, 7).value = 'Thực hiện 2023';
}

describe('the add-in’s check reads only what it needs', () => {
  it('loads at most three times the table’s cells beside a data sheet of 100,000 cells', async () => {
    const { workbook, adapter } = await filledWorkbook();
    const alone = (await adapter.readSnapshot()).snapshot;
    dataSheet(workbook, 5000, 20);
    workbook.activeSheet = workbook.sheet('Dữ liệu')!;
    let outcome = await adapter.checkAndMark();
    const loaded = await cellsLoaded(workbook, async () => {
      outcome = await adapter.checkAndMark();
    });
    const lastRow = Math.max(...layout.rows.map(({ row }) => row));
    const tableCells = (lastRow - layout.headerRow + 1) * Object.keys(layout.columns).length;
    expect(loaded).toBeLessThanOrEqual(3 * tableCells);
    expect(outcome.reading.sheetName).toBe(SHEET);
    expect(outcome.reading.snapshot).toEqual(alone);
    expect(outcome.report.period).toBe('6-thang');
  });

  it('finds a renamed, moved sheet with its rows re-sorted', async () => {
    const { workbook, adapter, sheet } = await filledWorkbook();
    const before = await adapter.readSnapshot();
    const fake = workbook.sheet(SHEET)!;
    workbook.renameSheet(fake, 'Số liệu gửi tỉnh');
    workbook.addSheet('Ghi chú');
    workbook.moveSheet(workbook.sheet('Ghi chú')!, 0);
    // Swap the rows of two indicators, as sorting the table by name would.
    const [first, second] = [sheet.rows.get('gia-tri-san-xuat')!, sheet.rows.get('bhyt')!];
    const cells = (row: number) =>
      [...fake.entries()]
        .filter((entry) => entry.row === row)
        .map((entry) => ({ ...entry, cell: { ...entry.cell } }));
    const [a, b] = [cells(first), cells(second)];
    for (const { row, column } of [...a, ...b]) fake.deleteCell(row, column);
    for (const { column, cell } of a) Object.assign(fake.ensureCell(second, column), cell);
    for (const { column, cell } of b) Object.assign(fake.ensureCell(first, column), cell);

    const after = await adapter.readSnapshot();
    const value = layout.columns.value;
    const figure = (id: string) => after.snapshot.figures.find((f) => f.indicatorId === id);
    expect(after.sheetName).toBe('Số liệu gửi tỉnh');
    expect(figure('gia-tri-san-xuat')).toMatchObject({
      raw: '217,67',
      address: `'Số liệu gửi tỉnh'!${value}${second}`,
    });
    expect(figure('bhyt')).toMatchObject({ raw: '96,1%', address: `'Số liệu gửi tỉnh'!${value}${first}` });
    expect(after.snapshot.period).toBe(before.snapshot.period);
    expect(after.snapshot.figures).toHaveLength(before.snapshot.figures.length);
  });

  it('still finds a table pushed far below its header window, with one sync more at most', async () => {
    const { workbook, adapter } = await filledWorkbook();
    const before = await adapter.readSnapshot();
    const normal = await syncsOf(workbook, () => adapter.readSnapshot());
    insertRowsAbove(workbook.sheet(SHEET)!, 40);
    let after = before;
    const pushed = await syncsOf(workbook, async () => {
      after = await adapter.readSnapshot();
    });
    expect(pushed).toBeLessThanOrEqual(normal + 1);
    expect(after.snapshot.period).toBe('6-thang');
    expect(after.findings).toEqual([]);
    const shifted = (address?: string) => address?.replace(/\d+$/, (row) => String(Number(row) + 40));
    expect(after.snapshot.figures.map((f) => [f.indicatorId, f.address, f.raw])).toEqual(
      before.snapshot.figures.map((f) => [f.indicatorId, shifted(f.address), f.raw]),
    );
  });
});
