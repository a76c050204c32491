import type { z } from 'zod';
import type { indicatorSchema, targetSchema, templateSchema } from './schema';

export type { IndicatorType } from './indicator-types';

/** The template format of this version; files carry it in their `format` field. */
export const TEMPLATE_FORMAT = 'resolution-targets/v1';

export type Template = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type Target = z.output<typeof targetSchema>;
export type ComparisonOp = Target['op'];

/** Report periods: 6 and 9 months (sơ kết) and the full year. */
export const PERIODS = ['6-thang', '9-thang', 'nam'] as const;
export type Period = (typeof PERIODS)[number];

/** Share of the year's target that a cumulative indicator should have reached by the period. */
export const PERIOD_SHARE: Record<Period, number> = { '6-thang': 0.5, '9-thang': 0.75, nam: 1 };

/** How an indicator is followed through the year (docs/design.md, "Through the year"). */
export type Assess = NonNullable<Indicator['assess']>;
export type Section = NonNullable<Indicator['section']>;
