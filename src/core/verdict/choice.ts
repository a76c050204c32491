import { NO_FORMS, YES_FORMS } from '../numbers/choices';
import { foldLevel } from '../template/schema';
import type { Indicator } from '../template/types';
import { any, ifThen, quote } from '../sheet-plan/formula-text';
import { outcomeOf, type Outcome } from './comparison';

type Chosen = Pick<Indicator, 'type' | 'target' | 'scale'>;

/**
 * A rating level or a yes/no answer against the year's target: a better level exceeds, the same
 * level meets; `Có` meets a target of `Có`. `value` is the scale's own word (see readLevel).
 */
export function judgeChoice(indicator: Chosen, value: string): Outcome | 'invalid' {
  const { target } = indicator;
  if (target.op === 'between') return 'invalid';
  if (indicator.type === 'yesno') {
    if (value !== 'Có' && value !== 'Không') return 'invalid';
    return value === target.value ? 'met' : 'missed';
  }
  const score = levelScore(indicator, value);
  const wanted = levelScore(indicator, target.value);
  if (score === null || wanted === null) return 'invalid';
  return outcomeOf(target.op, Math.sign(score - wanted));
}

/** Higher for better levels: the scale lists the best first. */
function levelScore(indicator: Chosen, level: number | string): number | null {
  if (typeof level !== 'string') return null;
  const scale = indicator.scale ?? [];
  const index = scale.findIndex((l) => foldLevel(l) === foldLevel(level));
  return index < 0 ? null : scale.length - index;
}

/** The choices of a rating or yes/no indicator, each with the written forms a formula reads as it. */
export function choiceForms(indicator: Chosen): { choice: string; forms: readonly string[] }[] {
  if (indicator.type === 'yesno') {
    return [
      { choice: 'Có', forms: YES_FORMS },
      { choice: 'Không', forms: NO_FORMS },
    ];
  }
  return (indicator.scale ?? []).map((level) => ({ choice: level, forms: [level] }));
}

/** The outcome of each choice at the year's end, decided by the core once rather than in the cell. */
export function choiceVerdicts(indicator: Chosen): { choice: string; outcome: Outcome | 'invalid' }[] {
  return choiceForms(indicator).map(({ choice }) => ({ choice, outcome: judgeChoice(indicator, choice) }));
}

/**
 * The twin of reading and judging a choice: `wordOf(choice)` for a cell `x` holding one of the
 * written forms (TRIM and Excel's case-insensitive `=`), or TRUE/FALSE in a yes/no cell;
 * `otherwise` (a formula) for anything else. The caller has dealt with empty cells.
 */
export function choiceFormula(
  indicator: Chosen,
  x: string,
  wordOf: (choice: string) => string,
  otherwise: string,
): string {
  // One IF per choice, its written forms OR-ed: Excel allows 64 nested functions, not one per form.
  const matched = choiceForms(indicator).reduceRight(
    (rest, { choice, forms }) =>
      ifThen(any(forms.map((form) => `TRIM(${x})=${quote(form)}`)), quote(wordOf(choice)), rest),
    otherwise,
  );
  const notText =
    indicator.type === 'yesno'
      ? ifThen(`ISLOGICAL(${x})`, ifThen(x, quote(wordOf('Có')), quote(wordOf('Không'))), otherwise)
      : otherwise;
  return ifThen(`ISTEXT(${x})`, matched, notText);
}
