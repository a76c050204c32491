import { loadTemplate } from '../../../src/core/template/load';
import type { Template } from '../../../src/core/template/types';

/**
 * A small template with every kind of target the built-in one lacks: ranges better higher and
 * lower, strict `<` and `>`, `=`, lower-is-better with and without a baseline, a negative lower
 * bound, ratings (one whose levels hold commas, so the drop-down reads them from the sheet),
 * yes/no with `Không` as the target, and cumulative figures.
 */
const MIXED = {
  format: 'resolution-targets/v1',
  id: 'xa-mau-2024',
  title: 'Nghị quyết về nhiệm vụ năm 2024 (biểu thử)',
  issuer: 'Đảng bộ xã Mẫu',
  superior: 'Đảng bộ huyện Thử',
  place: 'Mẫu',
  year: 2024,
  baselineYear: 2023,
  indicators: [
    {
      id: 'lao-dong-qua-dao-tao',
      group: 'Kinh tế',
      name: 'Tỷ lệ lao động qua đào tạo',
      unit: '%',
      type: 'percent',
      target: { op: 'between', min: 60, max: 70, better: 'higher' },
      decimals: 1,
    },
    {
      id: 'tang-truong',
      group: 'Kinh tế',
      name: 'Tốc độ tăng trưởng',
      unit: '%',
      type: 'percent',
      target: { op: '>=', value: 6.5 },
      min: -50,
      max: 100,
    },
    {
      id: 'thu-nhap',
      group: 'Kinh tế',
      name: 'Thu nhập bình quân đầu người trên',
      unit: 'triệu đồng/người',
      type: 'number',
      target: { op: '>', value: 60 },
      baseline: 58,
      decimals: 1,
      min: 0,
      max: 1000,
    },
    {
      id: 'chi-thuong-xuyen',
      group: 'Kinh tế',
      name: 'Chi thường xuyên trong khoảng',
      unit: 'tỷ đồng',
      type: 'number',
      target: { op: 'between', min: 10, max: 20, better: 'lower' },
      min: 0,
      max: 500,
      accumulates: true,
    },
    {
      id: 'tre-suy-dinh-duong',
      group: 'Văn hóa - xã hội',
      name: 'Tỷ lệ trẻ em suy dinh dưỡng còn',
      unit: '%',
      type: 'percent',
      target: { op: '<=', value: 10 },
      baseline: 12,
    },
    {
      id: 'ho-ngheo-moi',
      group: 'Văn hóa - xã hội',
      name: 'Tỷ lệ hộ tái nghèo',
      unit: '%',
      type: 'percent',
      target: { op: '<=', value: 1 },
    },
    {
      id: 'tai-nan-giao-thong',
      group: 'Văn hóa - xã hội',
      name: 'Số vụ tai nạn giao thông dưới',
      unit: 'vụ',
      type: 'integer',
      target: { op: '<', value: 5 },
      decimals: 0,
      min: 0,
      max: 100,
    },
    {
      id: 'nha-van-hoa',
      group: 'Văn hóa - xã hội',
      name: 'Số nhà văn hóa xây mới',
      unit: 'nhà',
      type: 'integer',
      target: { op: '=', value: 3 },
      decimals: 0,
      min: 0,
      max: 20,
      accumulates: true,
    },
    {
      id: 'xep-loai-chinh-quyen',
      group: 'Xây dựng Đảng',
      name: 'Xếp loại chính quyền',
      type: 'rating',
      scale: ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình'],
      target: { op: '>=', value: 'Tốt' },
    },
    {
      id: 'xep-loai-truong',
      group: 'Xây dựng Đảng',
      name: 'Xếp loại trường học',
      type: 'rating',
      scale: ['Đạt chuẩn, mức 2', 'Đạt chuẩn, mức 1', 'Chưa đạt chuẩn'],
      target: { op: '=', value: 'Đạt chuẩn, mức 1' },
    },
    {
      id: 'diem-nong',
      group: 'Quốc phòng - an ninh',
      name: 'Để xảy ra điểm nóng về an ninh trật tự',
      type: 'yesno',
      target: { op: '=', value: 'Không' },
    },
  ],
};

export function mixedTemplate(): Template {
  const result = loadTemplate(MIXED);
  if (!result.ok) throw new Error(`The test template is invalid: ${JSON.stringify(result.problems)}`);
  return result.template;
}
