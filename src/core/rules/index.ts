export { ruleSchema, RULE_OPS } from './schema';
export type { Rule, RuleInput, RuleOp } from './schema';
export { validateRule } from './validate-one';
export type { RuleValidation } from './validate-one';
export { ruleProblems } from './validate';
export type { RuleIndicator, RuleProblem } from './validate';
export { checkRules } from './check-rules';
