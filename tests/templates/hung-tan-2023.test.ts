import { readFileSync } from 'fs';
import { join } from 'path';
import { loadTemplateText } from '../../src/core/template/load';
import type { Indicator } from '../../src/core/template/types';
import { BUILT_IN_TEMPLATES, builtInTemplateIds, getBuiltInTemplate } from '../../src/templates';

// A copy of the resolution, so that CI checks the quotations without the shared folder.
const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed', 'nghi-quyet-2023-hung-tan.txt'), 'utf8');
const fileText = readFileSync(join(__dirname, '..', '..', 'src', 'templates', 'hung-tan-2023.json'), 'utf8');

// Quy định 124-QĐ/TW (2023): four levels, with the recognition above them and the older word below it.
const PARTY = [
  'Trong sạch, vững mạnh tiêu biểu',
  'Trong sạch, vững mạnh',
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
];
const GOVERNMENT = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
];

// The indicators the other parts of the product (sheet, checks, tests) rely on, as agreed.
const AGREED: [string, string, string, Indicator['type'], Indicator['target'], (number | string)?][] = [
  [
    'gia-tri-san-xuat',
    'Tổng giá trị sản xuất (giá so sánh năm 2010)',
    'tỷ đồng',
    'number',
    { op: '>=', value: 217.67 },
  ],
  ['tang-truong-kinh-te', 'Tốc độ tăng trưởng kinh tế', '%', 'percent', { op: '>=', value: 9 }, 8.67],
  [
    'thu-nhap-binh-quan',
    'Thu nhập bình quân đầu người',
    'triệu đồng/người',
    'number',
    { op: '>=', value: 57 },
    55,
  ],
  ['thu-ngan-sach', 'Tổng thu ngân sách', 'tỷ đồng', 'number', { op: '>=', value: 27 }],
  ['gia-dinh-van-hoa', 'Tỷ lệ gia đình văn hóa', '%', 'percent', { op: '>=', value: 96 }],
  ['ho-ngheo', 'Tỷ lệ hộ nghèo', '%', 'percent', { op: '<=', value: 0.57 }],
  ['bhyt', 'Tỷ lệ người dân tham gia BHYT', '%', 'percent', { op: '>=', value: 96 }],
  ['dang-vien-moi', 'Phát triển đảng viên mới', 'đảng viên', 'integer', { op: '>=', value: 8 }],
  ['dan-van-kheo', 'Mô hình "Dân vận khéo"', 'mô hình', 'integer', { op: '>=', value: 4 }],
  [
    'dang-bo-tsvm',
    'Xếp loại Đảng bộ',
    '',
    'rating',
    { op: '>=', value: 'Trong sạch, vững mạnh tiêu biểu' },
    'Trong sạch, vững mạnh tiêu biểu',
  ],
  [
    'chinh-quyen',
    'Xếp loại chính quyền',
    '',
    'rating',
    { op: '>=', value: 'Hoàn thành xuất sắc nhiệm vụ' },
    'Hoàn thành xuất sắc nhiệm vụ',
  ],
  [
    'mttq-doan-the',
    'Xếp loại MTTQ và các đoàn thể',
    '',
    'rating',
    { op: '>=', value: 'Hoàn thành xuất sắc nhiệm vụ' },
  ],
  ['lang-van-hoa-tinh', 'Làng văn hóa tiêu biểu cấp tỉnh', 'làng', 'integer', { op: '>=', value: 1 }],
  ['lang-van-hoa-huyen', 'Làng văn hóa tiêu biểu cấp huyện', 'làng', 'integer', { op: '>=', value: 1 }],
  ['di-tich-cap-tinh', 'Di tích lịch sử văn hóa cấp tỉnh', 'di tích', 'integer', { op: '>=', value: 1 }],
  ['xa-chuan-y-te', 'Giữ vững xã chuẩn quốc gia về y tế', '', 'yesno', { op: '=', value: 'Có' }],
];
// The 12 main targets of section II.2, in the resolution's order.
const MAIN = [
  'gia-tri-san-xuat',
  'tang-truong-kinh-te',
  'thu-nhap-binh-quan',
  'thu-ngan-sach',
  'gia-dinh-van-hoa',
  'ho-ngheo',
  'bhyt',
  'dang-vien-moi',
  'dan-van-kheo',
  'dang-bo-tsvm',
  'chinh-quyen',
  'mttq-doan-the',
];
// Section III items a commune can check at the year's end, stated checkably by the resolution.
const SECTION_III_YES = [
  'truong-tieu-hoc-chuan-2',
  'dai-hoi-hoi-nong-dan',
  'dai-hoi-cong-doan',
  'mo-hinh-moi-doan-the',
  'khai-thac-quy-dat',
  'ke-hoach-nam-hoc',
  'huan-luyen-tuyen-quan',
  'khong-diem-nong-an-ninh',
];
const CUMULATIVE = [
  'gia-tri-san-xuat',
  'thu-ngan-sach',
  'dang-vien-moi',
  'dan-van-kheo',
  'lang-van-hoa-tinh',
  'lang-van-hoa-huyen',
  'di-tich-cap-tinh',
];

const template = BUILT_IN_TEMPLATES['hung-tan-2023'];
const byId = new Map(template.indicators.map((indicator) => [indicator.id, indicator]));
const indicator = (id: string): Indicator => {
  const found = byId.get(id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('the built-in template of the Hưng Tân 2023 resolution', () => {
  it('passes the loader as a file a user would open (no duplicate keys, valid JSON, every rule)', () => {
    const result = loadTemplateText(fileText);
    expect(result.ok && result.template).toEqual(template);
  });

  it('is offered by id, first among the built-ins', () => {
    expect(builtInTemplateIds()[0]).toBe('hung-tan-2023');
    expect(getBuiltInTemplate('hung-tan-2023')).toBe(template);
    expect(getBuiltInTemplate('khong-co')).toBeUndefined();
    expect(getBuiltInTemplate('toString')).toBeUndefined();
  });

  it('says who issued it, where, when and for which year, and invents no superior', () => {
    expect(template).toMatchObject({
      format: 'resolution-targets/v1',
      id: 'hung-tan-2023',
      issuer: 'Đảng ủy xã Hưng Tân',
      place: 'Hưng Tân',
      issuedOn: '2022-12-26',
      year: 2023,
      baselineYear: 2022,
    });
    expect(template.title).toContain('phương hướng, nhiệm vụ trọng tâm năm 2023');
    expect(template.superior).toBeUndefined();
  });

  it.each(
    AGREED.map(([id, name, unit, type, target, baseline]) => ({ id, name, unit, type, target, baseline })),
  )(
    'holds $id ($name) with the agreed unit, type, target and baseline',
    ({ id, name, unit, type, target, baseline }) => {
      expect(indicator(id)).toMatchObject({ id, name, unit, type, target });
      expect(indicator(id).baseline).toBe(baseline);
    },
  );

  it('adds the countable targets of section III', () => {
    for (const id of SECTION_III_YES) {
      expect(indicator(id)).toMatchObject({ type: 'yesno', target: { op: '=', value: 'Có' } });
    }
    expect(indicator('dai-hoi-hoi-nong-dan').name).toMatch(/Hội Nông dân.*2023–2028/);
    expect(indicator('dai-hoi-cong-doan').name).toMatch(/Công đoàn.*2023–2028/);
    // "Mỗi đoàn thể đảm nhận ít nhất một mô hình mới": every organisation has one, not "≥ 4 in all".
    expect(indicator('mo-hinh-moi-doan-the').name).toBe('Mỗi đoàn thể có ít nhất một mô hình mới, sáng tạo');
    expect(indicator('mo-hinh-moi-doan-the').note).toMatch(/mọi đoàn thể/);
    // The resolution asks in 2023 to speed up the solutions, not for the school to be recognised.
    expect(indicator('truong-tieu-hoc-chuan-2').name).toMatch(/^Đẩy nhanh các giải pháp/);
  });

  it('holds nothing else', () => {
    const expected = [...AGREED.map(([id]) => id), ...SECTION_III_YES];
    expect([...byId.keys()].sort()).toEqual(expected.sort());
  });

  it('marks the 12 main targets of section II.2 main and section III items tasks, main targets first', () => {
    const main = template.indicators.filter((i) => i.section === 'main').map((i) => i.id);
    expect(main).toEqual(MAIN);
    expect(template.indicators.slice(0, 12).map((i) => i.id)).toEqual(MAIN);
    for (const { id, section } of template.indicators.slice(12))
      expect({ id, section }).toEqual({ id, section: 'task' });
  });

  it('says how each indicator is followed through the year', () => {
    const assess = Object.fromEntries(template.indicators.map((i) => [i.id, i.assess]));
    for (const id of CUMULATIVE) expect({ id, assess: assess[id] }).toEqual({ id, assess: 'cumulative' });
    expect(assess).toMatchObject({
      'tang-truong-kinh-te': 'level',
      'thu-nhap-binh-quan': 'level',
      bhyt: 'level',
      'ho-ngheo': 'year-end',
      'dang-bo-tsvm': 'year-end',
      'dai-hoi-cong-doan': 'year-end',
    });
  });

  it('rates the party committee and the government on their own scales, best first', () => {
    expect(indicator('dang-bo-tsvm').scale).toEqual(PARTY);
    expect(indicator('chinh-quyen').scale).toEqual(GOVERNMENT);
    expect(indicator('mttq-doan-the').scale).toEqual(GOVERNMENT);
  });

  it('quotes, for every indicator, the words of the resolution that set it', () => {
    for (const { id, source } of template.indicators) {
      expect({ id, quoted: Boolean(source) && seed.includes(source ?? '') }).toEqual({ id, quoted: true });
    }
  });

  it('gives last year’s figures where the resolution states them', () => {
    expect(seed).toContain('Tốc độ tăng trưởng kinh tế năm 2022 đạt 8,67%');
    expect(seed).toContain('Thu nhập bình quân đầu người đạt 55 triệu đồng/người');
    expect(seed).toContain('Đảng bộ tiếp tục được suy tôn Trong sạch vững mạnh tiêu biểu');
    expect(seed).toContain('chính quyền, MTTQ được xếp loại xuất sắc');
  });

  it('bounds every count and amount plausibly, with each target inside its bounds', () => {
    for (const { id, type, min, max, target } of template.indicators) {
      if (type !== 'number' && type !== 'integer') continue;
      expect({ id, min: typeof min, max: typeof max }).toEqual({ id, min: 'number', max: 'number' });
      if (target.op !== 'between') expect(Number(target.value)).toBeLessThanOrEqual(max ?? 0);
    }
    expect(indicator('tang-truong-kinh-te')).toMatchObject({ min: -50, max: 100 });
    expect(indicator('thu-nhap-binh-quan')).toMatchObject({ min: 0, max: 1000 });
    expect(indicator('gia-tri-san-xuat')).toMatchObject({ min: 0, max: 10000 });
    expect(indicator('dang-vien-moi')).toMatchObject({ min: 0, max: 200 });
  });

  it('marks exactly the figures summed over the year as cumulative', () => {
    const cumulative = template.indicators.filter((i) => i.accumulates).map((i) => i.id);
    expect(cumulative.sort()).toEqual([...CUMULATIVE].sort());
  });

  it('keeps each group together: the main targets by economy, culture and society, party building, then the tasks', () => {
    const groups = template.indicators.map((i) => i.group).filter((g, k, all) => g !== all[k - 1]);
    expect(groups).toEqual([
      'Kinh tế',
      'Văn hóa – Xã hội',
      'Xây dựng Đảng và hệ thống chính trị',
      'Nhiệm vụ về kinh tế',
      'Nhiệm vụ về văn hóa – xã hội',
      'Nhiệm vụ về quốc phòng – an ninh',
      'Nhiệm vụ về xây dựng Đảng và hệ thống chính trị',
    ]);
  });
});
