import { roundHalfAway } from '../numbers/round';
import type { Indicator } from '../template/types';
import { ifThen, num, quote } from '../sheet-plan/formula-text';
import { compareRounded } from './target';

/** The three outcomes of design.md's table, and the words a formula shows for each. */
export type Outcome = 'exceeded' | 'met' | 'missed';
export type OutcomeWords = Record<Outcome, string>;

type Compared = Pick<Indicator, 'target' | 'decimals'>;

/**
 * A number against the year's target (design.md, "Verdicts"): both rounded to the indicator's
 * decimals first. `invalid` for a target that is not a number (a rating's level).
 */
export function judgeComparison(indicator: Compared, value: number): Outcome | 'invalid' {
  const { target, decimals } = indicator;
  if (target.op === 'between') {
    const belowMin = compareRounded(value, target.min, decimals) < 0;
    const aboveMax = compareRounded(value, target.max, decimals) > 0;
    if (!belowMin && !aboveMax) return 'met';
    return aboveMax === (target.better === 'higher') ? 'exceeded' : 'missed';
  }
  if (typeof target.value !== 'number') return 'invalid';
  return outcomeOf(target.op, compareRounded(value, target.value, decimals));
}

/** The outcome of one comparison, given the sign of value − target (ratings compare levels). */
export function outcomeOf(op: '>=' | '>' | '<=' | '<' | '=', c: number): Outcome {
  switch (op) {
    case '>=':
      return c > 0 ? 'exceeded' : c === 0 ? 'met' : 'missed';
    case '<=':
      return c < 0 ? 'exceeded' : c === 0 ? 'met' : 'missed';
    case '>':
      return c > 0 ? 'met' : 'missed';
    case '<':
      return c < 0 ? 'met' : 'missed';
    case '=':
      return c === 0 ? 'met' : 'missed';
  }
}

/**
 * The twin of judgeComparison: `x` is the rounded figure as a formula (see `roundedFigure`);
 * the target is rounded here, once, as a constant.
 */
export function comparisonFormula(indicator: Compared, x: string, words: OutcomeWords): string {
  const { target, decimals } = indicator;
  const r = (n: number) => num(roundHalfAway(n, decimals));
  const ex = quote(words.exceeded);
  const met = quote(words.met);
  const missed = quote(words.missed);
  if (target.op === 'between') {
    return target.better === 'higher'
      ? ifThen(`${x}>${r(target.max)}`, ex, ifThen(`${x}<${r(target.min)}`, missed, met))
      : ifThen(`${x}<${r(target.min)}`, ex, ifThen(`${x}>${r(target.max)}`, missed, met));
  }
  const t = r(target.value as number);
  switch (target.op) {
    case '>=':
      return ifThen(`${x}>${t}`, ex, ifThen(`${x}=${t}`, met, missed));
    case '<=':
      return ifThen(`${x}<${t}`, ex, ifThen(`${x}=${t}`, met, missed));
    case '>':
      return ifThen(`${x}>${t}`, met, missed);
    case '<':
      return ifThen(`${x}<${t}`, met, missed);
    case '=':
      return ifThen(`${x}=${t}`, met, missed);
  }
}

/** The figure in the core's units, unrounded: percent cells hold fractions. */
export function inUnits(indicator: Pick<Indicator, 'type'>, cell: string): string {
  return indicator.type === 'percent' ? `${cell}*100` : cell;
}

/** The figure as the core compares it: in its units, rounded to the indicator's decimals. */
export function roundedFigure(indicator: Pick<Indicator, 'type' | 'decimals'>, cell: string): string {
  return `ROUND(${inUnits(indicator, cell)},${indicator.decimals})`;
}
