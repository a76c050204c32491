import { draftTemplate } from '../../../src/core/draft';
import type { Indicator } from '../../../src/core/template/types';

/**
 * "trong đó" parts and ranges (`X đến Y`, `từ X đến Y`, `X - Y`) as commune resolutions write
 * them: what a clerk needs in each drafted row is the value, the unit, the direction or range,
 * and the exact sentence it came from.
 */

function draftLine(line: string): Indicator[] {
  const text = [
    'ĐẢNG BỘ XÃ THỬ',
    'NGHỊ QUYẾT',
    'về phương hướng, nhiệm vụ năm 2024',
    'II. CÁC CHỈ TIÊU CHỦ YẾU',
    `- ${line}`,
  ].join('\n');
  const drafted = draftTemplate(text, { fallbackYear: 2024 });
  if (!drafted.ok) throw new Error(`${drafted.reason}: ${line}`);
  return drafted.template.indicators;
}

/** What the clerk reads in the authoring sheet's columns. */
const rowsOf = (indicators: Indicator[]) =>
  indicators.map(({ name, unit, type, target }) => ({ name, unit, type, target }));

describe('drafting the parts of a whole (“trong đó”)', () => {
  it('Tam Phước: the sown area and its rice, the part noted as the whole’s', () => {
    const line = 'Tổng diện tích gieo trồng 772 ha, trong đó lúa 507 ha.';
    const rows = draftLine(line);
    expect(rowsOf(rows)).toEqual([
      { name: 'Tổng diện tích gieo trồng', unit: 'ha', type: 'number', target: { op: '>=', value: 772 } },
      {
        name: 'Lúa',
        unit: 'ha',
        type: 'number',
        target: { op: '>=', value: 507 },
      },
    ]);
    // Both rows keep the sentence as the resolution wrote it; only the part says whose part it is.
    expect(rows.map((row) => row.source)).toEqual([line.slice(0, -1), line.slice(0, -1)]);
    expect(rows[0].note).not.toContain('trong đó');
    expect(rows[1].note).toContain('phần “trong đó” của “Tổng diện tích gieo trồng”');
    expect(rows[1].note).toContain('tạm hiểu “>=”');
  });

  it('every part after “trong đó” is a part of the same whole, not only the first', () => {
    const rows = draftLine(
      'Tổng giá trị sản xuất đạt 217,67 tỷ đồng, trong đó nông nghiệp 90 tỷ đồng, dịch vụ 80 tỷ đồng.',
    );
    expect(rowsOf(rows).map(({ name, target }) => [name, target])).toEqual([
      ['Tổng giá trị sản xuất', { op: '>=', value: 217.67 }],
      ['Nông nghiệp', { op: '>=', value: 90 }],
      ['Dịch vụ', { op: '>=', value: 80 }],
    ]);
    expect(rows.map((row) => row.unit)).toEqual(['tỷ đồng', 'tỷ đồng', 'tỷ đồng']);
    for (const part of rows.slice(1))
      expect(part.note).toContain('phần “trong đó” của “Tổng giá trị sản xuất”');
  });

  it('a counted part: the whole is the row it belongs to, not the verb that opens the sentence', () => {
    const rows = draftLine('Phát triển 08 đảng viên mới, trong đó 02 đảng viên nữ.');
    expect(rowsOf(rows)).toEqual([
      {
        name: 'Phát triển đảng viên mới',
        unit: 'đảng viên',
        type: 'integer',
        target: { op: '>=', value: 8 },
      },
      {
        name: 'Đảng viên nữ',
        unit: 'đảng viên',
        type: 'integer',
        target: { op: '>=', value: 2 },
      },
    ]);
    expect(rows[1].note).toContain('phần “trong đó” của “Phát triển đảng viên mới”');
  });

  it('two targets joined by a comma without “trong đó” are not parts of each other', () => {
    const rows = draftLine('Tổng thu ngân sách 27 tỷ đồng, thu nhập bình quân 57 triệu đồng/người.');
    expect(rows.map((row) => row.name)).toEqual(['Tổng thu ngân sách', 'Thu nhập bình quân']);
    expect(rows.some((row) => row.note?.includes('trong đó'))).toBe(false);
  });
});

describe('drafting ranges', () => {
  it('“từ X% đến Y%” with the unit at both ends is one range, not two targets', () => {
    const line = 'Tốc độ tăng trưởng kinh tế từ 9% đến 10%.';
    const rows = draftLine(line);
    expect(rowsOf(rows)).toEqual([
      {
        name: 'Tốc độ tăng trưởng kinh tế',
        unit: '%',
        type: 'percent',
        target: { op: 'between', min: 9, max: 10, better: 'higher' },
      },
    ]);
    expect(rows[0].source).toBe(line.slice(0, -1));
  });

  it('“Tỷ lệ hộ nghèo giảm từ 1% đến 1,5%” is a range of reduction, where more is better', () => {
    const [row] = draftLine('Tỷ lệ hộ nghèo giảm từ 1% đến 1,5%.');
    expect(rowsOf([row])).toEqual([
      {
        name: 'Tỷ lệ hộ nghèo',
        unit: '%',
        // Percentage points of reduction, not a rate between 0 and 100 to stay within.
        type: 'number',
        target: { op: 'between', min: 1, max: 1.5, better: 'higher' },
      },
    ]);
    expect(row.note).toContain('mức chỉ tiêu là mức giảm (so với năm trước), không phải mức còn lại');
    expect(row.source).toBe('Tỷ lệ hộ nghèo giảm từ 1% đến 1,5%');
  });

  it('“giảm 1 đến 1,5%” (the unit once, at the end) reads the same', () => {
    const [row] = draftLine('Tỷ lệ hộ nghèo giảm 1 đến 1,5%.');
    expect(row.target).toEqual({ op: 'between', min: 1, max: 1.5, better: 'higher' });
    expect(row.unit).toBe('%');
  });

  it('a range of a rate that should fall is better at its lower end', () => {
    const [row] = draftLine('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi từ 5% đến 7%.');
    expect(row.name).toBe('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi');
    expect(row.target).toEqual({ op: 'between', min: 5, max: 7, better: 'lower' });
    expect(row.type).toBe('percent');
  });

  it('“X - Y” and “X tỷ đồng - Y tỷ đồng” are ranges in the unit written', () => {
    expect(rowsOf(draftLine('Thu ngân sách trên địa bàn 5 - 6 tỷ đồng.'))).toEqual([
      {
        name: 'Thu ngân sách trên địa bàn',
        unit: 'tỷ đồng',
        type: 'number',
        target: { op: 'between', min: 5, max: 6, better: 'higher' },
      },
    ]);
    expect(draftLine('Thu ngân sách 5 tỷ đồng - 6 tỷ đồng.')[0].target).toEqual({
      op: 'between',
      min: 5,
      max: 6,
      better: 'higher',
    });
  });

  it('two figures in different units are two targets, not a range', () => {
    const rows = draftLine('Tỷ lệ che phủ rừng 45% đến 50 ha.');
    expect(rows.map((row) => [row.unit, row.target.op])).toEqual([
      ['%', '>='],
      ['ha', '>='],
    ]);
  });

  it('“đến năm 2025” ends no range', () => {
    const [row, ...rest] = draftLine('Tỷ lệ hộ nghèo giảm 1% đến năm 2025.');
    expect(rest).toEqual([]);
    expect(row.target).toEqual({ op: '>=', value: 1 });
    expect(row.note).toContain('mức giảm');
  });

  it('“giảm từ 3% xuống còn 2%” targets the level it falls to, not the one it starts from', () => {
    const rows = draftLine('Tỷ lệ hộ nghèo giảm từ 3% xuống còn 2%.');
    expect(rowsOf(rows)).toEqual([
      { name: 'Tỷ lệ hộ nghèo', unit: '%', type: 'percent', target: { op: '<=', value: 2 } },
    ]);
  });
});
