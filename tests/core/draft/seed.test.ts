import { readFileSync } from 'node:fs';
import path from 'node:path';
import { draftTemplate } from '../../../src/core/draft';
import type { Indicator, Template } from '../../../src/core/template/types';

export const SEED = readFileSync(
  path.join(__dirname, '../../fixtures/seed/nghi-quyet-2023-hung-tan.txt'),
  'utf8',
);

export function drafted(text: string): Template {
  const result = draftTemplate(text);
  if (!result.ok) throw new Error(`no draft: ${result.reason}`);
  return result.template;
}

const targetOf = (i: Indicator) =>
  i.target.op === 'between' ? [i.target.min, i.target.max] : i.target.value;

describe('drafting the seed resolution (Hưng Tân 2023)', () => {
  const template = drafted(SEED);
  const main = template.indicators.filter((i) => i.section === 'main');

  test('reads the document details from the head of the text', () => {
    expect(template).toMatchObject({
      id: 'hung-tan-2023',
      year: 2023,
      baselineYear: 2022,
      place: 'Hưng Tân',
      issuedOn: '2022-12-26',
      issuer: 'Đảng bộ xã Hưng Tân',
    });
    expect(template.title).toContain('nhiệm vụ trọng tâm năm 2023');
  });

  test('every main target of II.2 with its value, direction and unit, and nothing else', () => {
    expect(main.map((i) => [i.name, i.type, i.target.op, targetOf(i), i.unit])).toEqual([
      ['Tổng giá trị sản xuất (theo giá so sánh năm 2010)', 'number', '>=', 217.67, 'tỷ đồng'],
      ['Tốc độ tăng trưởng kinh tế', 'percent', '>=', 9, '%'],
      ['Thu nhập bình quân dầu người', 'number', '>=', 57, 'triệu đồng/người'],
      ['Tổng thu ngân sách', 'number', '>=', 27, 'tỷ đồng'],
      ['Tỷ lệ gia đình văn hóa', 'percent', '>=', 96, '%'],
      ['Tỷ lệ hộ nghèo', 'percent', '<=', 0.57, '%'],
      ['Tỷ lệ người dân tham gia BHYT', 'percent', '>=', 96, '%'],
      ['Phát triển đảng viên mới có chất lượng', 'integer', '>=', 8, 'đảng viên'],
      ['Xây dựng mô hình “Dân vận khéo”', 'integer', '>=', 4, 'mô hình'],
      ['Xếp loại Đảng bộ', 'rating', '>=', 'Trong sạch, vững mạnh tiêu biểu', ''],
      ['Xếp loại chính quyền, MTTQ và các đoàn thể', 'rating', '>=', 'Hoàn thành xuất sắc nhiệm vụ', ''],
    ]);
  });

  test('keeps the exact words as the source and says what it guessed', () => {
    const growth = main.find((i) => i.name === 'Tốc độ tăng trưởng kinh tế')!;
    expect(growth.source).toBe('Tốc độ tăng trưởng kinh tế từ 9%');
    expect(SEED).toContain(growth.source);
    for (const indicator of template.indicators) {
      expect(SEED.replace(/\s+/g, ' ')).toContain(indicator.source!);
      expect(indicator.note).toMatch(/^Tự soạn từ nghị quyết, cần kiểm tra: /);
    }
    const poor = main.find((i) => i.name === 'Tỷ lệ hộ nghèo')!;
    expect(poor.note).toContain('càng thấp càng tốt');
    expect(main.find((i) => i.name === 'Tổng thu ngân sách')!.note).toContain('không ghi chiều so sánh');
    expect(growth.note).not.toContain('không ghi chiều so sánh');
  });

  test('how each is followed through the year follows what it is', () => {
    const assess = Object.fromEntries(template.indicators.map((i) => [i.name, i.assess]));
    expect(assess['Tổng giá trị sản xuất (theo giá so sánh năm 2010)']).toBe('cumulative');
    expect(assess['Tổng thu ngân sách']).toBe('cumulative');
    expect(assess['Phát triển đảng viên mới có chất lượng']).toBe('cumulative');
    expect(assess['Tốc độ tăng trưởng kinh tế']).toBe('level');
    expect(assess['Thu nhập bình quân dầu người']).toBe('level');
    expect(assess['Tỷ lệ hộ nghèo']).toBe('level');
    expect(assess['Xếp loại Đảng bộ']).toBe('year-end');
    expect(assess['Đại hội Hội nông dân và công đoàn cơ sở nhiệm kỳ 2023 – 2028']).toBe('year-end');
  });

  test('section III gives countable tasks, several on one line, and the congress', () => {
    const tasks = template.indicators.filter((i) => i.section === 'task');
    const counted = tasks.filter((i) => i.type === 'integer').map((i) => [i.name, targetOf(i), i.unit]);
    expect(counted).toEqual([
      ['Xây dựng làng văn hóa tiêu biểu cấp Tỉnh', 1, 'làng'],
      ['Xây dựng làng văn hóa tiêu biểu cấp huyện', 1, 'làng'],
      ['Xây dựng được di tích lịch sử văn hóa cấp Tỉnh', 1, 'di tích'],
      ['Mỗi đoàn thể đảm nhận mô hình mới', 1, 'mô hình'],
    ]);
    expect(tasks.filter((i) => i.type === 'yesno').map((i) => i.name)).toContain(
      'Đại hội Hội nông dân và công đoàn cơ sở nhiệm kỳ 2023 – 2028',
    );
  });

  test.each([
    ['128/NQ-CP', 128],
    ['542C', 542],
    ['Quy định 08', 8],
    ['Nghị quyết 25', 25],
    ['đề án 06', 6],
    ['2023 – 2028', 2023],
    ['2023 – 2028', 2028],
    ['Covid19', 19],
    ['covid-19', 19],
    ['sinh con thứ 3', 3],
    ['năm 2022', 2022],
    ['năm 2010', 2010],
    ['2022 – 2023', 2022],
    ['chuẩn mức 2', 2],
  ])('never takes %s as a target', (trap, number) => {
    expect(SEED).toContain(trap);
    const taken = template.indicators.filter(
      (i) => i.source?.includes(trap) && i.target.op !== 'between' && i.target.value === number,
    );
    expect(taken).toEqual([]);
    expect(template.indicators.some((i) => i.name === String(number))).toBe(false);
  });

  test('a 20-page resolution is drafted in well under a second', () => {
    // The seed is about 5 pages; four copies are a 20-page resolution.
    const long = Array.from({ length: 4 }, () => SEED).join('\n');
    const started = performance.now();
    const result = drafted(long);
    const elapsed = performance.now() - started;
    expect(result.indicators.length).toBe(template.indicators.length * 4);
    expect(elapsed).toBeLessThan(500);
  });
});
