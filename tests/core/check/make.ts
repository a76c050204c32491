import { indicatorSchema, templateSchema } from '../../../src/core/template/schema';
import type { Indicator, Template } from '../../../src/core/template/types';

/** An indicator as a template would hold it, defaults applied by the schema. */
export function indicator(fields: Record<string, unknown>): Indicator {
  return indicatorSchema.parse({
    id: 'chi-tieu',
    group: 'Kinh tế',
    name: 'Chỉ tiêu thử',
    type: 'number',
    ...fields,
  });
}

export function template(indicators: Record<string, unknown>[]): Template {
  return templateSchema.parse({
    format: 'resolution-targets/v1',
    id: 'thu',
    title: 'Nghị quyết thử',
    issuer: 'Đảng bộ xã thử',
    year: 2023,
    baselineYear: 2022,
    indicators: indicators.map((fields, i) => ({
      id: `chi-tieu-${i + 1}`,
      group: 'Kinh tế',
      name: `Chỉ tiêu ${i + 1}`,
      type: 'number',
      ...fields,
    })),
  });
}
