import { describePath, problemsFromIssues, type TemplateProblem } from '../template/problems';
import { ruleSchema, type Rule } from './schema';
import { ruleProblems, type RuleIndicator } from './validate';

export type RuleValidation = { ok: true; rule: Rule } | { ok: false; problems: TemplateProblem[] };

/**
 * Checks one rule on its own against a template's indicators, as a row of an authoring table
 * would give it: its shape (zod) and then its expressions. Problems name the rule's field
 * (`left`, `message › vi`), in Vietnamese and English.
 */
export function validateRule(input: unknown, indicators: readonly RuleIndicator[]): RuleValidation {
  const parsed = ruleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues, input) };
  const problems = ruleProblems([parsed.data], indicators).map(({ path, message }) => ({
    path: describePath(path.slice(2), input),
    message,
  }));
  return problems.length === 0 ? { ok: true, rule: parsed.data } : { ok: false, problems };
}
