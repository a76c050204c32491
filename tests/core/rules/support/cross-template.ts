import { loadTemplate } from '../../../../src/core/template/load';
import type { Template } from '../../../../src/core/template/types';

/**
 * The issue's two rules: Tam Phước's 2022 plan sows 772 ha "trong đó" 507 ha of rice and 265 ha of
 * other crops (a warning), and Phú Thọ's 2023 economic structure 41,8% + 39,7% + 18,5% = 100% (an
 * error). Plus a growth rule over a baseline, for `#{id.baseline}` and division.
 */
export const CROSS_TEMPLATE_JSON = {
  format: 'resolution-targets/v1',
  id: 'kiem-tra-cheo',
  title: 'Nghị quyết thử các ràng buộc giữa chỉ tiêu',
  issuer: 'Đảng ủy xã Tam Phước',
  year: 2023,
  indicators: [
    {
      id: 'dien-tich',
      group: 'Nông nghiệp',
      name: 'Tổng diện tích gieo trồng',
      unit: 'ha',
      type: 'number',
      target: { op: '>=', value: 772 },
      min: 0,
    },
    {
      id: 'lua',
      group: 'Nông nghiệp',
      name: 'Trong đó: lúa',
      unit: 'ha',
      type: 'number',
      target: { op: '>=', value: 507 },
      min: 0,
    },
    {
      id: 'cay-khac',
      group: 'Nông nghiệp',
      name: 'Trong đó: cây trồng khác',
      unit: 'ha',
      type: 'number',
      target: { op: '>=', value: 265 },
      min: 0,
    },
    {
      id: 'nong-nghiep',
      group: 'Cơ cấu kinh tế',
      name: 'Nông, lâm nghiệp, thủy sản',
      unit: '%',
      type: 'percent',
      target: { op: '=', value: 41.8 },
    },
    {
      id: 'cong-nghiep',
      group: 'Cơ cấu kinh tế',
      name: 'Công nghiệp, xây dựng',
      unit: '%',
      type: 'percent',
      target: { op: '=', value: 39.7 },
    },
    {
      id: 'dich-vu',
      group: 'Cơ cấu kinh tế',
      name: 'Thương mại, dịch vụ',
      unit: '%',
      type: 'percent',
      target: { op: '=', value: 18.5 },
    },
    {
      id: 'gia-tri-san-xuat',
      group: 'Kinh tế',
      name: 'Tổng giá trị sản xuất',
      unit: 'tỷ đồng',
      type: 'number',
      target: { op: '>=', value: 217.67 },
      baseline: 199.7,
      assess: 'cumulative',
      min: 0,
    },
    {
      id: 'tang-truong',
      group: 'Kinh tế',
      name: 'Tốc độ tăng trưởng',
      unit: '%',
      type: 'percent',
      target: { op: '>=', value: 9 },
      min: -50,
    },
  ],
  rules: [
    {
      id: 'dien-tich',
      left: '#{lua} + #{cay-khac}',
      op: '==',
      right: '#{dien-tich}',
      severity: 'warning',
      message: {
        vi: 'Lúa và cây trồng khác cộng lại bằng tổng diện tích gieo trồng',
        en: 'Rice and other crops add up to the total sown area',
      },
    },
    {
      id: 'co-cau',
      left: '#{nong-nghiep} + #{cong-nghiep} + #{dich-vu}',
      op: '==',
      right: '100',
      tolerance: 0.1,
      severity: 'error',
      message: { vi: 'Cơ cấu kinh tế cộng lại bằng 100%', en: 'The economic structure adds up to 100%' },
    },
    {
      id: 'tang-truong',
      left: '#{tang-truong}',
      op: '==',
      right: '(#{gia-tri-san-xuat} - #{gia-tri-san-xuat.baseline}) / #{gia-tri-san-xuat.baseline} * 100',
      tolerance: 0.05,
      severity: 'warning',
      message: {
        vi: 'Tốc độ tăng trưởng khớp với giá trị sản xuất và năm trước',
        en: 'Growth agrees with the production value and last year',
      },
    },
  ],
};

/** Figures on which every rule of the cross template holds (507 + 265 = 772; 41,8 + 39,7 + 18,5 = 100). */
export const CONSISTENT_FIGURES: Readonly<Record<string, number>> = {
  'dien-tich': 772,
  lua: 507,
  'cay-khac': 265,
  'nong-nghiep': 41.8,
  'cong-nghiep': 39.7,
  'dich-vu': 18.5,
  'gia-tri-san-xuat': 217.67,
  'tang-truong': 9,
};

export function crossTemplate(): Template {
  const loaded = loadTemplate(CROSS_TEMPLATE_JSON);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.template;
}
