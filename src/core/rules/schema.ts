import { z } from 'zod';

/**
 * The shape of one cross-indicator rule (docs/design.md, "Cross-indicator rules"). What the
 * expressions say (syntax, the indicators they name) is checked against the template by
 * ./validate.ts, since a rule alone does not know the template's indicators.
 */

// The same pattern as indicator ids (template/schema.ts), so the template's problems name a bad
// rule id as they name a bad indicator id; repeated here because the template schema imports this.
const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const words = z.string().trim().min(1).max(500);

export const RULE_OPS = ['==', '<=', '>=', '<', '>'] as const;

export const ruleSchema = z.strictObject({
  id: slug,
  left: z.string().trim().min(1).max(1000),
  op: z.enum(RULE_OPS),
  right: z.string().trim().min(1).max(1000),
  /** How far the sides may differ and still agree, in the indicators' units; 0 when absent. */
  tolerance: z.number().finite().min(0).default(0),
  severity: z.enum(['error', 'warning']).default('error'),
  message: z.strictObject({ vi: words, en: words }),
});

export type Rule = z.output<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
export type RuleOp = Rule['op'];
