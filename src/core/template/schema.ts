import { z } from 'zod';
import { effectiveBounds } from './bounds';
import { INDICATOR_TYPES } from './indicator-types';

/**
 * The zod schema of the template format `resolution-targets/v1` (design.md, "The template file").
 * Cross-field rules are reported as custom issues whose `params.rule` names a message in
 * ./problems.vi.ts and ./problems.en.ts, so every refusal can be said in Vietnamese and English.
 */

const FORMAT = 'resolution-targets/v1';

// Control characters, bidirectional overrides and marks, and zero-width characters can disguise
// what a name says or make two names that look alike differ.
export const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Ids of templates and indicators: lower-case ASCII words joined by hyphens, e.g. `tang-truong-kinh-te`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().min(1).max(64).regex(ID_PATTERN);

function text(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !HIDDEN_CHARACTERS.test(s), { params: { rule: 'hidden-characters' } });
}

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !HIDDEN_CHARACTERS.test(s), { params: { rule: 'hidden-characters' } });
}

const finite = z.number().finite();
const targetValue = z.union([finite, text(200)]);

export const targetSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.enum(['>=', '>', '<=', '<', '=']), value: targetValue }),
  z.strictObject({
    op: z.literal('between'),
    min: finite,
    max: finite,
    better: z.enum(['higher', 'lower']),
  }),
]);

export const indicatorSchema = z
  .strictObject({
    id: slug,
    group: text(120),
    name: text(300),
    unit: optionalText(60).default(''),
    type: z.enum(INDICATOR_TYPES),
    target: targetSchema,
    baseline: targetValue.optional(),
    decimals: z.number().int().min(0).max(6).default(2),
    source: optionalText(2000).optional(),
    min: finite.optional(),
    max: finite.optional(),
    scale: z.array(text(200)).min(2).max(20).optional(),
    accumulates: z.boolean().default(false),
    // Optional so that files written before them load unchanged; assessOf and sectionOf give the
    // defaults of docs/design.md ("The template file").
    assess: z.enum(['cumulative', 'level', 'year-end']).optional(),
    section: z.enum(['main', 'task']).optional(),
    code: optionalText(40).optional(),
    note: optionalText(2000).optional(),
  })
  .superRefine((indicator, ctx) => {
    const issue = (path: (string | number)[], rule: string, extra: Record<string, unknown> = {}) =>
      ctx.addIssue({ code: 'custom', path, message: rule, params: { rule, ...extra } });
    const { type, target, scale, baseline } = indicator;
    const numeric = type === 'number' || type === 'integer' || type === 'percent';

    if (type === 'rating' && !scale) issue(['scale'], 'rating-needs-scale');
    if (type !== 'rating' && scale) issue(['scale'], 'scale-only-for-rating');
    const repeated = scale?.find(
      (level, i) => scale.findIndex((l) => foldLevel(l) === foldLevel(level)) !== i,
    );
    if (repeated !== undefined) issue(['scale'], 'scale-duplicates', { level: repeated });
    if (!numeric && (indicator.min !== undefined || indicator.max !== undefined)) {
      issue([indicator.min !== undefined ? 'min' : 'max'], 'bounds-only-for-numbers');
    }
    const boundsInOrder =
      indicator.min === undefined || indicator.max === undefined || indicator.min <= indicator.max;
    if (!boundsInOrder) issue(['min'], 'min-above-max', { min: indicator.min, max: indicator.max });
    if (indicator.accumulates && !numeric) issue(['accumulates'], 'accumulates-only-for-numbers');
    if (indicator.assess === 'cumulative' && !numeric) issue(['assess'], 'cumulative-only-for-numbers');
    if (indicator.accumulates && indicator.assess !== undefined && indicator.assess !== 'cumulative') {
      issue(['assess'], 'assess-contradicts-accumulates');
    }

    // A target or baseline outside the hard bounds could never be entered, so the template is wrong.
    const bounds = effectiveBounds(indicator);
    const outside = (v: number) =>
      boundsInOrder &&
      ((bounds.min !== undefined && v < bounds.min) || (bounds.max !== undefined && v > bounds.max));
    const checkNumber = (path: (string | number)[], v: number, what: 'target' | 'baseline') => {
      if (outside(v)) issue(path, `${what}-outside-bounds`, { min: bounds.min, max: bounds.max });
      else if (type === 'integer' && what === 'target' && !Number.isInteger(v))
        issue(path, 'target-must-be-integer');
    };

    if (target.op === 'between') {
      if (!numeric) issue(['target', 'op'], 'between-only-for-numbers');
      if (target.min > target.max)
        issue(['target', 'min'], 'min-above-max', { min: target.min, max: target.max });
      if (numeric) {
        checkNumber(['target', 'min'], target.min, 'target');
        checkNumber(['target', 'max'], target.max, 'target');
      }
    } else if (numeric) {
      if (typeof target.value !== 'number') issue(['target', 'value'], 'target-must-be-number');
      else checkNumber(['target', 'value'], target.value, 'target');
    } else if (type === 'yesno') {
      if (target.op !== '=' || (target.value !== 'Có' && target.value !== 'Không')) {
        issue(['target'], 'yesno-target');
      }
    } else {
      if (target.op === '<' || target.op === '>') issue(['target', 'op'], 'rating-op');
      if (scale && !onScale(scale, target.value)) {
        issue(['target', 'value'], 'target-not-on-scale', { scale: scale.join('; ') });
      }
    }

    if (baseline === undefined) return;
    if (numeric) {
      if (typeof baseline !== 'number') issue(['baseline'], 'baseline-must-be-number');
      else checkNumber(['baseline'], baseline, 'baseline');
    } else if (type === 'yesno') {
      if (baseline !== 'Có' && baseline !== 'Không') issue(['baseline'], 'yesno-baseline');
    } else if (scale && !onScale(scale, baseline)) {
      issue(['baseline'], 'baseline-not-on-scale', { scale: scale.join('; ') });
    }
  });

function onScale(scale: string[], value: number | string): boolean {
  return typeof value === 'string' && scale.some((level) => foldLevel(level) === foldLevel(value));
}

export const templateSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    format: z.literal(FORMAT),
    id: slug,
    title: text(500),
    issuer: text(200),
    superior: optionalText(200).optional(),
    place: optionalText(100).optional(),
    issuedOn: z.iso.date().optional(),
    resolutionNumber: optionalText(60).optional(),
    signer: z.strictObject({ title: text(100), name: optionalText(100).optional() }).optional(),
    recipients: z.array(text(200)).max(30).optional(),
    year: z.number().int().min(1990).max(2100),
    baselineYear: z.number().int().min(1989).max(2100).optional(),
    indicators: z.array(indicatorSchema).min(1).max(2000),
  })
  .superRefine((template, ctx) => {
    const seen = new Map<string, number>();
    template.indicators.forEach((indicator, index) => {
      const first = seen.get(indicator.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'id'],
          message: 'duplicate-id',
          params: { rule: 'duplicate-id', id: indicator.id, firstIndex: first },
        });
      } else {
        seen.set(indicator.id, index);
      }
    });
    if (template.baselineYear !== undefined && template.baselineYear >= template.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['baselineYear'],
        message: 'baseline-year',
        params: { rule: 'baseline-year' },
      });
    }
  });

/** Rating levels compare without regard to case, spacing or diacritics, as clerks type them. */
export function foldLevel(level: string): string {
  return level
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
