import { templateSchema } from '../../../../src/core/template/schema';
import type { Template } from '../../../../src/core/template/types';

/** A template of `count` indicators of every type, in groups of 50, for scale tests. */
export function bigTemplate(count: number): Template {
  const indicators = Array.from({ length: count }, (_, i) => {
    const base = {
      id: `chi-tieu-${i + 1}`,
      group: `Nhóm ${Math.floor(i / 50) + 1}`,
      name: `Chỉ tiêu số ${i + 1}`,
    };
    switch (i % 4) {
      case 0:
        return { ...base, unit: '%', type: 'percent', target: { op: '>=', value: 90 } };
      case 1:
        return {
          ...base,
          unit: 'tỷ đồng',
          type: 'number',
          target: { op: '>=', value: 200 },
          min: 0,
          max: 10000,
        };
      case 2:
        return { ...base, type: 'yesno', target: { op: '=', value: 'Có' } };
      default:
        return {
          ...base,
          unit: 'mô hình',
          type: 'integer',
          target: { op: '>=', value: 4 },
          min: 0,
          max: 100,
        };
    }
  });
  return templateSchema.parse({
    format: 'resolution-targets/v1',
    id: `lon-${count}`,
    title: 'Nghị quyết thử với nhiều chỉ tiêu',
    issuer: 'Đảng bộ xã Thử',
    year: 2023,
    indicators,
  });
}
