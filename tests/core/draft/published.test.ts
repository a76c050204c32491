import { readFileSync } from 'node:fs';
import path from 'node:path';
import { draftTemplate } from '../../../src/core/draft';
import type { Indicator, Template } from '../../../src/core/template/types';

// Lines of other published resolutions; their sources are in tests/fixtures/resolutions/SOURCES.md.
function draftFixture(file: string): Template {
  const text = readFileSync(path.join(__dirname, '../../fixtures/resolutions', file), 'utf8');
  const result = draftTemplate(text, { fallbackYear: 2025 });
  if (!result.ok) throw new Error(result.reason);
  return result.template;
}

const byName = (template: Template, name: string): Indicator => {
  const found = template.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no row named ${name}: ${template.indicators.map((i) => i.name).join(' / ')}`);
  return found;
};

describe('drafting lines of published commune resolutions', () => {
  const sonLang = draftFixture('son-lang-2020-2025.txt');
  const others = draftFixture('other-communes.txt');

  test('Sơn Lang: a structure gives one row per part, named after the whole', () => {
    const parts = sonLang.indicators.filter((i) => i.name.startsWith('Cơ cấu kinh tế'));
    expect(parts.map((i) => [i.name, i.target])).toEqual([
      ['Cơ cấu kinh tế đến năm 2025: nông, lâm nghiệp, thuỷ sản', { op: '>=', value: 75 }],
      ['Cơ cấu kinh tế đến năm 2025: dịch vụ, du lịch', { op: '>=', value: 20 }],
      ['Cơ cấu kinh tế đến năm 2025: tiểu thủ công nghiệp', { op: '>=', value: 5 }],
    ]);
    expect(parts.every((i) => i.note?.includes('một phần của “Cơ cấu kinh tế đến năm 2025”'))).toBe(true);
  });

  test('Sơn Lang: written directions, shares and counts, group headings', () => {
    const rows: [string, Indicator['target'], string][] = [
      ['Thu nhập bình quân đầu người đến năm 2025', { op: '>=', value: 45 }, 'triệu đồng/năm'],
      ['Tỷ lệ tăng thu cân đối NSĐP thực hiện so năm trước', { op: '>=', value: 10 }, '%'],
      ['Tỷ lệ lao động qua đào tạo', { op: '>', value: 20 }, '%'],
      ['Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm', { op: '>=', value: 90 }, '%'],
      ['Tỷ lệ tăng dân số tự nhiên hàng năm', { op: '<=', value: 1.1 }, '%'],
      ['Số trường học đạt chuẩn Quốc gia', { op: '>=', value: 4 }, 'trường'],
      ['Bình quân hàng năm kết nạp đảng viên mới', { op: '>', value: 4 }, '%'],
    ];
    for (const [name, target, unit] of rows)
      expect([name, byName(sonLang, name).target, byName(sonLang, name).unit]).toEqual([name, target, unit]);
    const villages = sonLang.indicators.find((i) =>
      i.name.startsWith('Số thôn, làng đạt chuẩn nông thôn mới'),
    )!;
    expect([villages.type, villages.target, villages.unit]).toEqual([
      'integer',
      { op: '>=', value: 4 },
      'thôn',
    ]);
    expect(villages.note).toContain('tổng 9 thôn');
    expect(byName(sonLang, 'Tỷ lệ lao động qua đào tạo').group).toBe('Văn hóa – xã hội');
    expect(byName(sonLang, 'Xếp loại Đảng bộ xã hàng năm').target).toEqual({
      op: '>=',
      value: 'Hoàn thành tốt nhiệm vụ',
    });
    expect(byName(sonLang, 'Duy trì xã đạt chuẩn quốc gia về y tế').type).toBe('yesno');
  });

  test('Sơn Lang: Chỉ thị 12-CT/TU and the date 13/2/2018 are never targets', () => {
    const values = sonLang.indicators.flatMap((i) => (i.target.op === 'between' ? [] : [i.target.value]));
    for (const trap of [12, 13, 2, 2018, 2025, 2020]) expect(values).not.toContain(trap);
  });

  test('Thạc Gián, Tây Giang, Phú Bình: ranges, several targets on a line, "hơn", "trở lên"', () => {
    expect(byName(others, 'Thương mại - dịch vụ tăng bình quân hằng năm').target).toEqual({
      op: 'between',
      min: 10,
      max: 12,
      better: 'higher',
    });
    expect(byName(others, 'Tổ văn hóa').target).toEqual({ op: '>=', value: 78 });
    expect(byName(others, 'Hộ gia đình đạt tiêu chuẩn văn hóa').target).toEqual({ op: '>=', value: 85 });
    const members = byName(others, 'Phát triển đảng viên');
    expect([members.type, members.target, members.unit, members.assess]).toEqual([
      'integer',
      { op: '>=', value: 10 },
      'đảng viên',
      'cumulative',
    ]);
    expect(byName(others, 'Huy động vốn đầu tư phát triển 5 năm').target).toEqual({ op: '>', value: 1500 });
    const jobs = others.indicators.find((i) => i.unit === 'lao động')!;
    expect(jobs.target).toEqual({ op: '>', value: 1200 });
    const poor = byName(others, 'Hộ nghèo');
    expect(poor.target).toEqual({ op: 'between', min: 4, max: 5, better: 'higher' });
    expect(poor.note).toContain('mức giảm');
    expect(byName(others, 'Bình quân thu nhập đầu người đến năm 2025').target).toEqual({
      op: '>=',
      value: 70,
    });
  });
});
