import type { Localized } from '../i18n/localized';
import {
  constantDivisionByZero,
  parseExpression,
  referencesOf,
  type Expression,
  type SyntaxProblem,
} from './expression';
import { editDistance } from '../template/edit-distance';
import { sayRule } from './say-rule';
import type { RuleMessages } from './rule-catalog';
import type { Rule } from './schema';

/** What a rule needs to know of an indicator. */
export interface RuleIndicator {
  id: string;
  name: string;
  type: string;
  baseline?: number | string;
}

/** One problem of one rule: the field (`['rules', 2, 'left']`) and what to do. */
export interface RuleProblem {
  path: (string | number)[];
  message: Localized;
}

export type Side = 'left' | 'right';

const NUMERIC = new Set(['number', 'integer', 'percent']);

/**
 * The problems of a template's rules against its indicators: duplicate rule ids, expressions that
 * do not parse (with the character), unknown or non-numeric indicators, a division by a constant
 * zero. A baseline the template lacks is no problem: the clerk enters it in the sheet. Each path names the rule by its index, and
 * template/problems.ts adds its id.
 */
export function ruleProblems(rules: readonly Rule[], indicators: readonly RuleIndicator[]): RuleProblem[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const firstIndex = new Map<string, number>();
  const problems: RuleProblem[] = [];
  rules.forEach((rule, index) => {
    const first = firstIndex.get(rule.id);
    if (first !== undefined) {
      problems.push({
        path: ['rules', index, 'id'],
        message: sayRule((m) => m.problems.duplicateId({ id: rule.id, first })),
      });
    } else firstIndex.set(rule.id, index);
    for (const side of ['left', 'right'] as const) {
      const at = ['rules', index, side];
      for (const message of expressionProblems(rule[side], side, byId)) problems.push({ path: at, message });
    }
  });
  return problems;
}

function expressionProblems(text: string, side: Side, byId: Map<string, RuleIndicator>): Localized[] {
  const parsed = parseExpression(text);
  if (!parsed.ok) return [syntaxMessage(parsed.problem, side, text)];
  const problems: Localized[] = [];
  const named = new Set<string>();
  for (const reference of referencesOf(parsed.expression)) {
    const key = `${reference.id}${reference.baseline ? '.baseline' : ''}`;
    if (named.has(key)) continue;
    named.add(key);
    const indicator = byId.get(reference.id);
    if (!indicator) {
      const suggestion = closestId(reference.id, [...byId.keys()]);
      problems.push(sayRule((m) => m.problems.unknownIndicator({ id: reference.id, suggestion })));
    } else if (!NUMERIC.has(indicator.type)) {
      problems.push(sayRule((m) => m.problems.notNumeric(indicator)));
    }
    // `#{id.baseline}` of a numeric indicator without a template baseline reads the one the clerk
    // enters in the sheet's `Thực hiện <năm trước>` cell (template/entered-baseline.ts).
  }
  const division = constantDivisionByZero(parsed.expression);
  if (division !== null) {
    problems.push(sayRule((m) => m.problems.constantDivision({ side: m.side[side], column: division + 1 })));
  }
  return problems;
}

function syntaxMessage(problem: SyntaxProblem, side: Side, text: string): Localized {
  const column = problem.position + 1;
  const shown = (m: RuleMessages) => m.side[side];
  switch (problem.kind) {
    case 'bad-reference':
      return sayRule((m) => m.problems.badReference({ side: shown(m), column }));
    case 'too-deep':
      return sayRule((m) => m.problems.tooDeep({ side: shown(m) }));
    default:
      return sayRule((m) =>
        m.problems.syntax({ side: shown(m), column, found: problem.found, text: short(text) }),
      );
  }
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The indicator id one slip away (a letter missing, added or changed), to suggest. */
function closestId(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of ids) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Both sides of a rule already known to be valid, parsed. */
export function parsedSides(rule: Pick<Rule, 'left' | 'right'>): Record<Side, Expression> | null {
  const left = parseExpression(rule.left);
  const right = parseExpression(rule.right);
  return left.ok && right.ok ? { left: left.expression, right: right.expression } : null;
}
