import type { BatchIndicator, BatchRow, BatchSheet } from '../../../src/core/report-plan';
import { consolidate, consolidationTables, indicatorTables } from '../../../src/core/report-plan';
import type { Period } from '../../../src/core/template/types';

const summary = {
  exceeded: 0,
  met: 0,
  missed: 0,
  onTrack: 0,
  forecastExceeded: 0,
  forecastMet: 0,
  forecastMissed: 0,
  notYet: 0,
  notAssessed: 0,
  behind: 0,
  noData: 0,
  invalid: 0,
  errors: 0,
  warnings: 0,
  missingExplanations: 0,
};

function sheet(
  file: string,
  issuer: string,
  indicators: Partial<BatchIndicator>[],
  options: { period?: Period; year?: number; seal?: BatchSheet['seal']['status'] } = {},
): BatchSheet {
  return {
    file,
    ok: true,
    sheet: 'Chỉ tiêu 2023',
    issuer,
    templateId: `mau-${issuer}`,
    year: options.year ?? 2023,
    period: options.period ?? 'nam',
    seal: { status: options.seal ?? 'unchanged', sealedAt: null, changed: [] },
    summary,
    indicators: indicators.map((i) => ({
      id: 'x',
      name: 'X',
      unit: 'tỷ đồng',
      value: null,
      target: '≥ 1',
      percentOfTarget: null,
      status: 'met',
      ...i,
    })),
  };
}

// Two communes from their own templates: different ids, the same code for the level above.
const hungTan = sheet('thu-muc/hung-tan.xlsx', 'Đảng ủy xã Hưng Tân', [
  { id: 'thu-ngan-sach', name: 'Tổng thu ngân sách', code: 'NS01', assess: 'cumulative', value: 27.5 },
  {
    id: 'tang-truong-kinh-te',
    name: 'Tốc độ tăng trưởng',
    unit: '%',
    code: 'KT02',
    assess: 'level',
    value: 9.1,
  },
]);
const tamPhuoc = sheet('thu-muc/tam-phuoc.xlsx', 'Đảng ủy xã Tam Phước', [
  {
    id: 'thu-ngan-sach-xa',
    name: 'Thu ngân sách trên địa bàn',
    code: 'NS01',
    assess: 'cumulative',
    value: 31.25,
  },
  { id: 'tang-truong', name: 'Tăng trưởng kinh tế', unit: '%', code: 'KT02', assess: 'level', value: 7.5 },
  { id: 'dien-tich-lua', name: 'Diện tích lúa', unit: 'ha', assess: 'cumulative', value: 507 },
]);
const phuTho = sheet('thu-muc/phu-tho.xlsx', 'Đảng ủy xã Phú Thọ', [
  { id: 'ns', name: 'Thu ngân sách', code: 'NS01', assess: 'cumulative', value: 20 },
  { id: 'tt', name: 'Tăng trưởng', unit: '%', code: 'KT02', assess: 'level', value: 8 },
]);
const sentTwice = { ...tamPhuoc, file: 'khac/tam-phuoc (1).xlsx', issuer: 'Đảng ủy xã  TAM PHƯỚC ' };
const sixMonths = sheet(
  'thu-muc/hoa-binh-6-thang.xlsx',
  'Đảng ủy xã Hòa Bình',
  [{ id: 'ns', name: 'Thu ngân sách', code: 'NS01', assess: 'cumulative', value: 12 }],
  { period: '6-thang' },
);
const failure: BatchRow = { file: 'thu-muc/hong.xlsx', ok: false, code: 'not-xlsx', reason: 'x' };

describe('consolidation at the level above', () => {
  const result = consolidate([hungTan, tamPhuoc, sixMonths, sentTwice, phuTho, failure], 'vi');
  const byKey = new Map(result.indicators.map((i) => [i.key, i]));

  it('matches indicators across templates by code, then by id, and totals only what adds up', () => {
    expect(result).toMatchObject({ year: 2023, period: 'nam' });
    expect([...byKey.keys()]).toEqual(['NS01', 'KT02', 'dien-tich-lua']);
    expect(byKey.get('NS01')).toEqual({
      key: 'NS01',
      name: 'Tổng thu ngân sách',
      unit: 'tỷ đồng',
      communes: [
        { file: 'hung-tan.xlsx', issuer: 'Đảng ủy xã Hưng Tân', value: 27.5, status: 'met' },
        { file: 'tam-phuoc.xlsx', issuer: 'Đảng ủy xã Tam Phước', value: 31.25, status: 'met' },
        { file: 'phu-tho.xlsx', issuer: 'Đảng ủy xã Phú Thọ', value: 20, status: 'met' },
      ],
      total: 78.75,
      min: 20,
      median: 27.5,
      max: 31.25,
    });
    // A growth rate summed over communes means nothing.
    expect(byKey.get('KT02')).toMatchObject({ total: null, min: 7.5, median: 8, max: 9.1 });
  });

  it('puts each indicator’s communes on one sheet by code, under them the consolidated total or spread', () => {
    const tables = indicatorTables([hungTan, tamPhuoc, sixMonths, sentTwice, phuTho, failure], 'vi', result);
    const revenue = tables.find((t) => t.title.startsWith('NS01 — '))!;
    // Every file is listed, the 6-month one and the copy too; the total counts the three communes.
    expect(revenue.rows.map((r) => [r[1], r[4]])).toEqual([
      ['Đảng ủy xã Hưng Tân', 27.5],
      ['Đảng ủy xã Tam Phước', 31.25],
      ['Đảng ủy xã Hòa Bình', 12],
      ['Đảng ủy xã  TAM PHƯỚC ', 31.25],
      ['Đảng ủy xã Phú Thọ', 20],
      ['Tổng cộng (3 xã được tổng hợp)', 78.75],
    ]);
    expect(revenue.statuses[revenue.statuses.length - 1]).toBeNull();
    const growth = tables.find((t) => t.title.startsWith('KT02 — '))!;
    expect(growth.rows.slice(-3).map((r) => [r[1], r[4]])).toEqual([
      ['Nhỏ nhất (3 xã được tổng hợp)', 7.5],
      ['Trung vị (3 xã được tổng hợp)', 8],
      ['Lớn nhất (3 xã được tổng hợp)', 9.1],
    ]);
    expect(tables.map((t) => t.title.split(' — ')[0])).toEqual(['NS01', 'KT02', 'dien-tich-lua']);
  });

  it('leaves out a 6-month file among year files and a commune sent twice, each with its warning', () => {
    expect(result.warnings.map(({ code, files }) => ({ code, files }))).toEqual([
      { code: 'mixed-periods', files: ['hoa-binh-6-thang.xlsx'] },
      { code: 'duplicate-commune', files: ['tam-phuoc.xlsx', 'tam-phuoc (1).xlsx'] },
    ]);
    expect(result.warnings[0].message).toContain('không được cộng vào tổng hợp: hoa-binh-6-thang.xlsx');
    expect(result.warnings[1].message).toContain('Đảng ủy xã Tam Phước gửi nhiều lần');
    expect(byKey.get('NS01')!.communes).toHaveLength(3);
  });

  it('flags files not sealed or changed since sealing, and never says "huyện"', () => {
    const flagged = consolidate(
      [
        { ...hungTan, seal: { status: 'unsealed', sealedAt: null, changed: [] } },
        { ...phuTho, seal: { status: 'changed', sealedAt: null, changed: ['ns'] } },
      ],
      'en',
    );
    expect(flagged.warnings.map(({ code, files }) => ({ code, files }))).toEqual([
      { code: 'not-sealed', files: ['hung-tan.xlsx'] },
      { code: 'changed-after-seal', files: ['phu-tho.xlsx'] },
    ]);
    const tables = consolidationTables(result, 'vi');
    expect(tables[0].title).toContain('CẤP TRÊN');
    expect(tables[0].rows[0]).toEqual([
      1,
      'NS01',
      'Tổng thu ngân sách',
      'tỷ đồng',
      3,
      78.75,
      20,
      27.5,
      31.25,
    ]);
    expect(tables[1].rows.map((r) => r[1])).toEqual(['mixed-periods', 'duplicate-commune']);
    expect(JSON.stringify(tables).toLowerCase()).not.toContain('huyện');
  });

  it('does not add a figure in another unit or one the check found invalid', () => {
    const other = sheet('b.xlsx', 'B', [
      { id: 'thu-ngan-sach', code: 'NS01', assess: 'cumulative', unit: 'triệu đồng', value: 500 },
    ]);
    const invalid = sheet('c.xlsx', 'C', [
      { id: 'thu-ngan-sach', code: 'NS01', assess: 'cumulative', value: 1e9, status: 'invalid' },
    ]);
    const [ns] = consolidate([hungTan, other, invalid], 'vi').indicators;
    expect(ns).toMatchObject({ total: null });
    const [alone] = consolidate([hungTan, invalid], 'vi').indicators;
    expect(alone).toMatchObject({ total: 27.5, max: 27.5 });
  });
});
