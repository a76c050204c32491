import type { Finding, IndicatorResult } from '../check/types';
import { cellInSheet } from '../i18n/cell-in-sheet';
import { formatNumber } from '../numbers/format';
import { roundHalfAway } from '../numbers/round';
import { assessOf } from '../template/defaults';
import type { Indicator, Period, Template } from '../template/types';
import { evaluate, referencesOf, type Evaluation } from './expression';
import { sayRule } from './say-rule';
import type { RuleMessages } from './rule-catalog';
import type { Rule, RuleOp } from './schema';
import { parsedSides, type Side } from './validate';

/**
 * Both sides are compared after rounding their difference to this many decimals, in the core as in
 * the sheet's `Kiểm tra chéo` formulas, so binary noise (41.8 + 39.7 + 18.5 is 100.00000000000001)
 * never fails a rule and both always agree.
 */
export const RULE_DECIMALS = 6;

/** Whether `left op right` holds, the tolerance counted in the rule's favour. */
export function ruleHolds(op: RuleOp, left: number, right: number, tolerance: number): boolean {
  const difference = roundHalfAway(left - right, RULE_DECIMALS);
  switch (op) {
    case '==':
      return Math.abs(difference) <= tolerance;
    case '<=':
      return difference <= tolerance;
    case '>=':
      return difference >= -tolerance;
    case '<':
      return difference < tolerance;
    case '>':
      return difference > -tolerance;
  }
}

/**
 * The cross-indicator rules of a template over a check's results (docs/design.md,
 * "Cross-indicator rules"). `#{id}` is the figure as the core judged it, percent in percent units
 * (96.1, as `IndicatorResult.value`); `#{id.baseline}` the template's baseline in the same units, else
 * the one the clerk entered in the sheet (`IndicatorResult.baseline`).
 * A rule that reads an empty or invalid figure is skipped: that figure has its own finding. So is,
 * at 6 and 9 months, a rule that sets a cumulative figure (so far in the year) against a level
 * or last year's figure (a whole year): see mixesPartialYear.
 */
export function checkRules(
  template: Template,
  results: readonly IndicatorResult[],
  period: Period,
): Finding[] {
  const byId = new Map(results.map((result) => [result.indicator.id, result]));
  const lookup = (id: string, baseline: boolean): number | null => {
    const result = byId.get(id);
    if (!result) return null;
    if (baseline) {
      if (typeof result.indicator.baseline === 'number') return result.indicator.baseline;
      // No baseline in the template: the one the clerk entered in `Thực hiện <năm trước>`, if readable.
      return result.indicator.baseline === undefined ? (result.baseline?.value ?? null) : null;
    }
    return result.status !== 'invalid' && typeof result.value === 'number' ? result.value : null;
  };
  return (template.rules ?? []).flatMap((rule) => {
    const sides = parsedSides(rule);
    // A template that loaded has rules that parse; one that does not is the loader's to report.
    if (!sides) return [];
    if (period !== 'nam' && mixesPartialYear(rule, template.indicators)) return [];
    const read = [...referencesOf(sides.left), ...referencesOf(sides.right)]
      .map((reference) => {
        const result = byId.get(reference.id);
        if (!reference.baseline) return result?.cell;
        return typeof result?.indicator.baseline === 'number' ? undefined : result?.baseline?.cell;
      })
      .filter((cell): cell is string => cell !== undefined);
    const cells = [...new Set(read)];
    const left = evaluate(sides.left, lookup);
    const right = evaluate(sides.right, lookup);
    if (left.kind === 'empty' || right.kind === 'empty') return [];
    const unusable = unusableSide(left, right);
    if (unusable) return [unusableFinding(rule, unusable, cells)];
    if (left.kind !== 'value' || right.kind !== 'value') return [];
    if (ruleHolds(rule.op, left.value, right.value, rule.tolerance)) return [];
    return [failedFinding(rule, left.value, right.value, cells)];
  });
}

function unusableSide(left: Evaluation, right: Evaluation): { side: Side; kind: Evaluation['kind'] } | null {
  if (left.kind !== 'value') return { side: 'left', kind: left.kind };
  if (right.kind !== 'value') return { side: 'right', kind: right.kind };
  return null;
}

/** The cells by their cell part only: the heading over the findings names the sheet once. */
function cellList(cells: string[], m: RuleMessages): string {
  return cells.length > 0 ? cells.map(cellInSheet).join(', ') : m.noCells;
}

function failedFinding(rule: Rule, left: number, right: number, cells: string[]): Finding {
  const shownLeft = roundHalfAway(left, RULE_DECIMALS);
  const shownRight = roundHalfAway(right, RULE_DECIMALS);
  return {
    code: 'rule-failed',
    severity: rule.severity,
    rule: rule.id,
    cells,
    left: shownLeft,
    right: shownRight,
    ...(cells.length > 0 ? { cell: cells[0] } : {}),
    message: sayRule((m, lang) =>
      m.failed({
        message: rule.message[lang],
        left: formatNumber(shownLeft, lang),
        relation: m.relation[rule.op],
        right: formatNumber(shownRight, lang),
        tolerance: rule.tolerance > 0 ? formatNumber(rule.tolerance, lang) : undefined,
        cells: cellList(cells, m),
      }),
    ),
  };
}

function unusableFinding(
  rule: Rule,
  where: { side: Side; kind: Evaluation['kind'] },
  cells: string[],
): Finding {
  const division = where.kind === 'division-by-zero';
  return {
    code: division ? 'rule-division-by-zero' : 'rule-overflow',
    severity: 'warning',
    rule: rule.id,
    cells,
    ...(cells.length > 0 ? { cell: cells[0] } : {}),
    message: sayRule((m, lang) => {
      const p = { message: rule.message[lang], side: m.side[where.side], cells: cellList(cells, m) };
      return division ? m.divisionByZero(p) : m.overflow(p);
    }),
  };
}

/**
 * At 6 and 9 months a cumulative figure covers part of the year. A rule that reads one beside a
 * level figure or a baseline (production value against growth and last year's value) only means
 * something at the year's end; rules among cumulative figures alone (parts of a whole) hold all
 * year. The sheet's block blanks the same rules at mid-year (sheet-plan/cross-checks.ts).
 */
export function mixesPartialYear(
  rule: Pick<Rule, 'left' | 'right'>,
  indicators: readonly Pick<Indicator, 'id' | 'assess' | 'accumulates' | 'type'>[],
): boolean {
  const sides = parsedSides(rule);
  if (!sides) return false;
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const references = [...referencesOf(sides.left), ...referencesOf(sides.right)];
  const cumulative = (id: string) => {
    const indicator = byId.get(id);
    return indicator !== undefined && assessOf(indicator) === 'cumulative';
  };
  const partial = references.some((r) => !r.baseline && cumulative(r.id));
  const whole = references.some((r) => r.baseline || !cumulative(r.id));
  return partial && whole;
}
