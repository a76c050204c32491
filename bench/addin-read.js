#!/usr/bin/env node
'use strict';
/*
 * What the add-in's check loads from Excel: `checkAndMark` on the fake Excel, against a workbook
 * that holds the built-in template's standard sheet and, beside it, a data sheet of 200,000 cells.
 *   node bench/addin-read.js [dataRows=10000] [dataColumns=20]
 * RT_SRC points at another copy of src/ (e.g. an older checkout, for the "before" figure).
 *
 * The fake is instrumented, not changed: every range whose values, formulas, number formats or
 * value types Excel is asked for counts its cells once per load (a cell whose values and formats
 * come in the same load is one cell loaded). The table is the standard sheet's indicator table:
 * header row to last indicator row, first to last column of the plan. The last line is
 * `check loaded N cells for a table of M cells`; the script exits 1 when N is over 3 × M.
 */
const fs = require('node:fs');
const path = require('node:path');
const { requireSource } = require('./support');

const SRC = process.env.RT_SRC ?? path.join(__dirname, '..', 'src');
// The fake Excel, shared by the tests and the preview; an older copy of src/ (RT_SRC) may still
// keep it in preview/fake-excel, where it stood before src/testing.
const FAKE = ['testing/fake-excel', 'preview/fake-excel'].find((dir) => fs.existsSync(path.join(SRC, dir)));

const DATA_ROWS = Number(process.argv[2] ?? 10000);
const DATA_COLUMNS = Number(process.argv[3] ?? 20);
const CELL_PROPERTIES = new Set(['values', 'formulas', 'numberFormat', 'valueTypes']);

const { FakeWorkbook, FakeContext, fakeRun } = requireSource(SRC, FAKE);
const { createExcelAdapter } = requireSource(SRC, 'adapters/excel');
const { buildSheetPlan } = requireSource(SRC, 'core/sheet-plan');
const { getBuiltInTemplate } = requireSource(SRC, 'templates');

/** Counts, per load, the cells of every range whose cell grids are read. */
function instrument(workbook) {
  const probe = new FakeContext(workbook).workbook.worksheets.getItem(workbook.sheets[0].name).getRange('A1');
  const ranges = Object.getPrototypeOf(probe);
  const original = ranges.snapshot;
  const counted = new WeakSet();
  const tally = { cells: 0, cellProperties: 0, ranges: 0 };
  ranges.snapshot = function snapshot(name) {
    const grid = original.call(this, name);
    if (CELL_PROPERTIES.has(name)) {
      const cells = grid.reduce((sum, line) => sum + line.length, 0);
      tally.cellProperties += cells;
      if (!counted.has(this)) {
        counted.add(this);
        tally.cells += cells;
        tally.ranges += 1;
      }
    }
    return grid;
  };
  return tally;
}

async function main() {
  const template = getBuiltInTemplate('hung-tan-2023');
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  const adapter = createExcelAdapter({ run: fakeRun(workbook), isSetSupported: () => true });
  const inserted = await adapter.insertSheet(template);
  const { layout } = buildSheetPlan(template);
  const rowOf = new Map(layout.rows.map(({ indicatorId, row }) => [indicatorId, row]));
  for (const [id, text] of [
    ['gia-tri-san-xuat', '217,67'],
    ['tang-truong-kinh-te', '8,67%'],
    ['thu-nhap-binh-quan', '57.000.000'],
  ]) {
    workbook.enter(inserted.sheetName, `${layout.columns.value}${rowOf.get(id)}`, text);
  }

  const data = workbook.addSheet('Dữ liệu dân cư');
  for (let row = 1; row <= DATA_ROWS; row++) {
    for (let column = 1; column <= DATA_COLUMNS; column++) {
      data.ensureCell(row, column).value = row === 1 ? `Cột ${column}` : (row * 31 + column) % 997;
    }
  }

  const tally = instrument(workbook);
  const syncsBefore = workbook.syncCount;
  const outcome = await adapter.checkAndMark();
  const syncs = workbook.syncCount - syncsBefore;

  const lastRow = Math.max(...layout.rows.map(({ row }) => row));
  const columns = Object.keys(layout.columns).length;
  const table = (lastRow - layout.headerRow + 1) * columns;
  process.stdout.write(
    [
      `workbook: "${inserted.sheetName}" (${template.indicators.length} indicators) and a data sheet of ${DATA_ROWS * DATA_COLUMNS} cells`,
      `check: ${outcome.report.results.length} results, ${outcome.report.summary.errors} errors, ${outcome.report.summary.warnings} warnings, ${syncs} syncs`,
      `ranges read: ${tally.ranges}; cell properties read: ${tally.cellProperties}`,
      `check loaded ${tally.cells} cells for a table of ${table} cells`,
    ].join('\n') + '\n',
  );
  if (tally.cells > 3 * table) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 2;
});
