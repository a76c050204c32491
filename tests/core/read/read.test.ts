import { checkFigures } from '../../../src/core/check';
import type { CheckReport, Finding } from '../../../src/core/check/types';
import {
  findStandardSheets,
  readStandardSheet,
  withReaderFindings,
  type GridCell,
} from '../../../src/core/read';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import type { RawValue } from '../../../src/core/check/types';
import { template } from '../check/make';
import { gridOf } from './grid';

const targets = template([
  { target: { op: '>=', value: 100 }, unit: 'tỷ đồng' },
  { type: 'percent', target: { op: '>=', value: 90 }, unit: '%' },
  { target: { op: '<=', value: 5 }, unit: 'hộ' },
]);
const { layout } = buildSheetPlan(targets);
const { headers } = layout;

/**
 * A standard sheet as a clerk may leave it: under another name, its block moved `shift` rows
 * down, its indicator rows in the given order (ids may repeat or be left out).
 */
function sheet(options: {
  name?: string;
  shift?: number;
  rows: [id: string, figure: RawValue | GridCell][];
  period?: RawValue;
  extra?: Record<string, RawValue>;
}) {
  const shift = options.shift ?? 0;
  const header = layout.headerRow + shift;
  const periodRow = Number(layout.periodCell.slice(1)) + shift;
  const cells: Record<string, RawValue | GridCell> = {
    A1: 'ĐẢNG BỘ XÃ THỬ',
    [`${layout.columns.code}${header}`]: headers.code,
    [`${layout.columns.name}${header}`]: headers.name,
    [`${layout.columns.value}${header}`]: headers.value,
    [`${layout.columns.explanation}${header}`]: headers.explanation,
    ...options.extra,
  };
  if (options.period !== undefined) cells[`${layout.periodCell[0]}${periodRow}`] = options.period;
  options.rows.forEach(([id, figure], i) => {
    const row = header + 1 + i;
    cells[`${layout.columns.code}${row}`] = id;
    cells[`${layout.columns.value}${row}`] = figure;
  });
  return gridOf(options.name ?? 'Chỉ tiêu 2023', cells);
}

function readOnly(grid: ReturnType<typeof sheet>, others: ReturnType<typeof gridOf>[] = []) {
  const found = findStandardSheets([...others, grid], [targets]);
  expect(found).toHaveLength(1);
  return readStandardSheet(found[0]);
}

describe('the core reader on a neutral grid', () => {
  it('finds the table by its header and ids, not by the sheet name, its place or the order of its rows', () => {
    const data = gridOf('Dữ liệu', { A1: 'Mã', B1: 'Họ tên', A2: 'chi-tieu-1', B2: 'Nguyễn Văn A' });
    const reading = readOnly(
      sheet({
        name: 'Báo cáo gửi tỉnh',
        shift: 3,
        period: '6 tháng',
        rows: [
          ['chi-tieu-3', 4],
          ['chi-tieu-1', { raw: 120, numberFormat: '#,##0' }],
          ['chi-tieu-2', { raw: 0.95, numberFormat: '0.0%' }],
        ],
      }),
      [data],
    );
    const header = layout.headerRow + 3;
    const value = layout.columns.value;
    expect(reading.sheetName).toBe('Báo cáo gửi tỉnh');
    expect(reading.snapshot.period).toBe('6-thang');
    expect(reading.findings).toEqual([]);
    expect(reading.snapshot.figures.map((f) => [f.indicatorId, f.address, f.raw, f.numberFormat])).toEqual([
      ['chi-tieu-1', `'Báo cáo gửi tỉnh'!${value}${header + 2}`, 120, '#,##0'],
      ['chi-tieu-2', `'Báo cáo gửi tỉnh'!${value}${header + 3}`, 0.95, '0.0%'],
      ['chi-tieu-3', `'Báo cáo gửi tỉnh'!${value}${header + 1}`, 4, undefined],
    ]);
    const report = checkFigures(targets, reading.snapshot);
    expect(report.results.map((r) => [r.indicator.id, r.value, r.status])).toEqual([
      ['chi-tieu-1', 120, 'exceeded'],
      ['chi-tieu-2', 95, 'exceeded'],
      ['chi-tieu-3', 4, 'exceeded'],
    ]);
  });

  it('gives a repeated row to the check, which reports it as an error on the repeated cell', () => {
    const reading = readOnly(
      sheet({
        period: 'Năm',
        rows: [
          ['chi-tieu-1', 120],
          ['chi-tieu-2', { raw: 0.95, numberFormat: '0.0%' }],
          ['chi-tieu-1', 80],
          ['chi-tieu-3', 4],
        ],
      }),
    );
    expect(reading.table.rows.get('chi-tieu-1')).toEqual([layout.headerRow + 1, layout.headerRow + 3]);
    const duplicates = checkFigures(targets, reading.snapshot).findings.filter(
      (f) => f.code === 'duplicate-row',
    );
    expect(duplicates.map((f) => [f.severity, f.cell])).toEqual([
      ['error', `'Chỉ tiêu 2023'!${layout.columns.value}${layout.headerRow + 3}`],
    ]);
  });

  it('names a missing row, which the check reports as an error', () => {
    const reading = readOnly(
      sheet({
        period: 'Năm',
        rows: [
          ['chi-tieu-1', 120],
          ['chi-tieu-3', 4],
        ],
      }),
    );
    expect(reading.snapshot.missingRows).toEqual(['chi-tieu-2']);
    const missing = checkFigures(targets, reading.snapshot).findings.filter((f) => f.code === 'missing-row');
    expect(missing.map((f) => [f.severity, f.indicatorId])).toEqual([['error', 'chi-tieu-2']]);
  });

  it('judges a mistyped period label as the formulas do (the whole year) and asks the clerk to choose', () => {
    const shifted = sheet({ shift: 2, period: '6 thang', rows: [['chi-tieu-1', 120]] });
    const reading = readOnly(shifted);
    const cell = `'Chỉ tiêu 2023'!${layout.periodCell[0]}${Number(layout.periodCell.slice(1)) + 2}`;
    expect(reading.snapshot.period).toBe('nam');
    expect(reading.findings).toHaveLength(1);
    const [finding] = reading.findings;
    expect([finding.code, finding.severity, finding.cell]).toEqual(['period-unknown', 'warning', cell]);
    expect(finding.message.vi).toContain(`Ô kỳ báo cáo ${cell} ghi “6 thang”`);
    expect(finding.message.vi).toContain('(“6 tháng”, “9 tháng”, “Năm”)');
    expect(finding.message.en).toContain(`The report period cell ${cell} says "6 thang"`);
    expect(finding.message.en).toContain('("6 tháng", "9 tháng", "Năm")');

    const empty = readOnly(sheet({ rows: [['chi-tieu-1', 120]] }));
    expect(empty.snapshot.period).toBe('nam');
    expect(empty.findings.map((f) => f.code)).toEqual(['period-empty']);
    expect(empty.findings[0].message.vi).toContain('đang trống; tạm đánh giá theo kỳ “Năm”');
  });

  it.each([
    // Files written before the headers followed the period cell hold literal headers.
    ['Thực hiện 2023', 'Ước cả năm', '6 tháng', '6-thang'],
    ['Thực hiện 6 tháng', 'Ước cả năm', 'Năm', 'nam'],
    // A header formula's cached result, as the sheet was made, while the period cell was changed since.
    ['Thực hiện 9 tháng', 'Ước cả năm (không dùng khi báo cáo năm)', '6 tháng', '6-thang'],
    ['Thực hiện 2023', 'Ước cả năm (không dùng khi báo cáo năm)', 'Năm', 'nam'],
  ])(
    'finds the table under %p and the estimate under %p, and takes the period (%p) from the period cell',
    (value, estimate, period, expected) => {
      const column = layout.columns.estimate;
      const reading = readOnly(
        sheet({
          period,
          rows: [['chi-tieu-1', 120]],
          extra: {
            [`${layout.columns.value}${layout.headerRow}`]: value,
            [`${column}${layout.headerRow}`]: estimate,
            [`${column}${layout.headerRow + 1}`]: 130,
          },
        }),
      );
      expect(reading.snapshot.period).toBe(expected);
      expect(reading.snapshot.figures[0].estimate).toEqual({
        raw: 130,
        address: `'Chỉ tiêu 2023'!${column}${layout.headerRow + 1}`,
      });
    },
  );

  it('finds no standard sheet where the header lacks the value column or no id stands below it', () => {
    const noValueHeader = gridOf('A', { B9: 'Mã', B10: 'chi-tieu-1' });
    const noIds = gridOf('B', { B9: 'Mã', G9: headers.value, B10: 'khac' });
    expect(findStandardSheets([noValueHeader, noIds], [targets])).toEqual([]);
  });
});

describe('withReaderFindings', () => {
  it('puts what the reader noticed first and counts it in the summary', () => {
    const reading = readOnly(sheet({ period: 'sáu tháng', rows: [['chi-tieu-1', 'không rõ']] }));
    const report = checkFigures(targets, reading.snapshot);
    const extra: Finding = { code: 'x', severity: 'error', message: { vi: 'lỗi', en: 'error' } };
    const merged: CheckReport = withReaderFindings(report, [...reading.findings, extra]);
    expect(merged.findings.slice(0, 2).map((f) => f.code)).toEqual(['period-unknown', 'x']);
    expect(merged.findings.slice(2)).toEqual(report.findings);
    expect(merged.summary.errors).toBe(report.summary.errors + 1);
    expect(merged.summary.warnings).toBe(report.summary.warnings + 1);
    expect(withReaderFindings(report, [])).toBe(report);
  });
});
