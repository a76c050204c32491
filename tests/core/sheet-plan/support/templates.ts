import { loadTemplate } from '../../../../src/core/template/load';
import type { Template, TemplateInput } from '../../../../src/core/template/types';
import { getBuiltInTemplate } from '../../../../src/templates';

export function builtIn(): Template {
  const template = getBuiltInTemplate('hung-tan-2023');
  if (!template) throw new Error('The built-in template hung-tan-2023 is missing');
  return template;
}

export function load(input: TemplateInput): Template {
  const result = loadTemplate(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.template;
}

/** Every kind of target and indicator the built-in template does not have. */
export function everyKind(): Template {
  return load({
    format: 'resolution-targets/v1',
    id: 'moi-loai-chi-tieu',
    title: 'Mẫu thử mọi loại chỉ tiêu',
    issuer: 'Đảng bộ xã Thử',
    superior: 'Đảng bộ huyện Thử',
    year: 2024,
    indicators: [
      {
        id: 'khoang-cao',
        group: 'Số',
        name: 'Khoảng, càng cao càng tốt, cộng dồn',
        unit: 'tấn',
        type: 'number',
        target: { op: 'between', min: 6.6, max: 6.8, better: 'higher' },
        decimals: 1,
        min: 0,
        max: 100,
        accumulates: true,
      },
      {
        id: 'khoang-thap',
        group: 'Số',
        name: 'Khoảng, càng thấp càng tốt',
        type: 'number',
        target: { op: 'between', min: 2, max: 3.5, better: 'lower' },
        baseline: 10,
        min: 0,
        max: 100,
      },
      {
        id: 'duoi',
        group: 'Số',
        name: 'Dưới 5 vụ, cộng dồn',
        unit: 'vụ',
        type: 'integer',
        target: { op: '<', value: 5 },
        baseline: 7,
        decimals: 0,
        min: 0,
        max: 1000,
        accumulates: true,
      },
      {
        id: 'tren',
        group: 'Tỷ lệ',
        name: 'Trên 12,5%',
        unit: '%',
        type: 'percent',
        target: { op: '>', value: 12.5 },
        baseline: 11,
        decimals: 1,
        min: -20,
        max: 200,
      },
      {
        id: 'bang',
        group: 'Số',
        name: 'Bằng 1,234',
        type: 'number',
        target: { op: '=', value: 1.234 },
        decimals: 3,
        min: -10,
        max: 10,
      },
      {
        id: 'ty-le-giam',
        group: 'Tỷ lệ',
        name: 'Tỷ lệ giảm còn 0,57%',
        unit: '%',
        type: 'percent',
        target: { op: '<=', value: 0.57 },
        baseline: 0.9,
      },
      {
        id: 'tien-khong-tran',
        group: 'Tiền',
        name: 'Tiền, không có mức trần',
        unit: 'triệu đồng/người',
        type: 'number',
        target: { op: '>=', value: 57 },
        baseline: 55,
        min: 0,
      },
      {
        id: 'tien-khong-moc',
        group: 'Tiền',
        name: 'Tiền, chỉ tiêu bằng 0',
        unit: 'tỷ đồng',
        type: 'number',
        target: { op: '>=', value: 0 },
      },
      {
        id: 'khong-gioi-han',
        group: 'Số',
        name: 'Không giới hạn, còn 100, cộng dồn',
        type: 'number',
        target: { op: '<=', value: 100 },
        baseline: 100,
        accumulates: true,
      },
      {
        id: 'xep-loai-bang',
        group: 'Xếp loại',
        name: 'Xếp loại đúng mức',
        type: 'rating',
        scale: ['Tốt', 'Khá', 'Trung bình'],
        target: { op: '=', value: 'khá' },
      },
      {
        id: 'xep-loai-toi-da',
        group: 'Xếp loại',
        name: 'Xếp loại không quá mức',
        type: 'rating',
        scale: ['Tốt', 'Khá', 'Trung bình', 'Yếu'],
        target: { op: '<=', value: 'Khá' },
      },
      {
        id: 'xep-loai-dai',
        group: 'Xếp loại',
        name: 'Xếp loại với thang dài, có dấu phẩy',
        type: 'rating',
        scale: [
          'Hoàn thành xuất sắc nhiệm vụ, tiêu biểu của huyện',
          'Hoàn thành tốt nhiệm vụ, có nhiều đổi mới',
          'Hoàn thành nhiệm vụ',
          'Không hoàn thành nhiệm vụ',
        ],
        target: { op: '>=', value: 'Hoàn thành tốt nhiệm vụ, có nhiều đổi mới' },
      },
      {
        id: 'co-khong',
        group: 'Có/Không',
        name: 'Không để xảy ra điểm nóng',
        type: 'yesno',
        target: { op: '=', value: 'Không' },
      },
    ],
  });
}
