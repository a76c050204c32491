import { assessOf } from '../template/defaults';
import type { Indicator, Period } from '../template/types';
import { choiceFormula, choiceForms, choiceVerdicts } from '../verdict/choice';
import { comparisonFormula, roundedFigure, type Outcome, type OutcomeWords } from '../verdict/comparison';
import { progressFormula } from '../verdict/progress';
import type { Status } from '../verdict/status';
import { any, ifThen, quote } from './formula-text';
import { invalidConditions } from './invalid-figure';

/** The cells and words one row's `Đánh giá` formula is built from. */
export interface FormulaContext {
  /** The input cell of the row, e.g. `G12`. */
  value: string;
  /** The estimate for the year (Ước cả năm) of the row, e.g. `I12`. */
  estimate: string;
  /** The period drop-down, absolute, e.g. `$G$7`. */
  period: string;
  periodLabels: Record<Period, string>;
  words: Record<Status, string>;
  needsCheck: string;
}

/** A row's verdict at the year's end, and at 6 or 9 months given the share of the year. */
export interface VerdictFormulas {
  year: string;
  midYear: (share: number) => string;
}

const FORECAST: Record<Outcome, Status> = {
  exceeded: 'forecast-exceeded',
  met: 'forecast-met',
  missed: 'forecast-missed',
};

function wordsFor(ctx: FormulaContext, map: Record<Outcome, Status>): OutcomeWords {
  return { exceeded: ctx.words[map.exceeded], met: ctx.words[map.met], missed: ctx.words[map.missed] };
}
const YEAR: Record<Outcome, Status> = { exceeded: 'exceeded', met: 'met', missed: 'missed' };
const SO_FAR: Record<Outcome, Status> = { exceeded: 'exceeded', met: 'met', missed: 'not-yet' };

/**
 * A number, percent or count (docs/design.md, "Through the year"): at 6 and 9 months either
 * cell (figure, estimate) that is neither empty nor a number makes the row "Cần kiểm tra"; an
 * impossible number in either, "Không hợp lệ"; then the estimate as a forecast, else the
 * figure by how the indicator is followed through the year.
 */
export function numericVerdictFormula(indicator: Indicator, ctx: FormulaContext): VerdictFormulas {
  const v = ctx.value;
  const e = ctx.estimate;
  const w = ctx.words;
  const needsCheck = quote(ctx.needsCheck);
  const badNumber = (x: string) => {
    const invalid = invalidConditions(indicator, x);
    return invalid.length === 0 ? null : ifThen(`ISNUMBER(${x})`, any(invalid), 'FALSE()');
  };
  const judgedNumber = (x: string, judged: string) => {
    const invalid = invalidConditions(indicator, x);
    return invalid.length > 0 ? ifThen(any(invalid), quote(w.invalid), judged) : judged;
  };
  // TRIM of an error cell is itself an error, so errors are caught first. Spaces count as empty, as in the core.
  const unreadable = (x: string) =>
    ifThen(`ISNUMBER(${x})`, 'FALSE()', ifThen(`ISERROR(${x})`, 'TRUE()', `TRIM(${x})<>""`));

  const yearVerdict = comparisonFormula(indicator, roundedFigure(indicator, v), wordsFor(ctx, YEAR));
  const year = ifThen(
    `ISNUMBER(${v})`,
    judgedNumber(v, yearVerdict),
    ifThen(`ISERROR(${v})`, needsCheck, ifThen(`TRIM(${v})=""`, quote(w['no-data']), needsCheck)),
  );

  const midYear = (share: number) => {
    const forecast = comparisonFormula(indicator, roundedFigure(indicator, e), wordsFor(ctx, FORECAST));
    const assess = assessOf(indicator);
    const x = roundedFigure(indicator, v);
    const soFar =
      assess === 'year-end'
        ? quote(w['not-assessed'])
        : ifThen(
            `ISNUMBER(${v})`,
            assess === 'cumulative'
              ? progressFormula(indicator, x, share, w)
              : comparisonFormula(indicator, x, wordsFor(ctx, SO_FAR)),
            quote(w['no-data']),
          );
    const bad = [badNumber(v), badNumber(e)].filter((c): c is string => c !== null);
    const judged = ifThen(`ISNUMBER(${e})`, forecast, soFar);
    const valid = bad.length > 0 ? ifThen(`OR(${bad.join(',')})`, quote(w.invalid), judged) : judged;
    return ifThen(`OR(${unreadable(v)},${unreadable(e)})`, needsCheck, valid);
  };
  return { year, midYear };
}

/**
 * A rating or yes/no: each written form of each choice read as the core reads it (see
 * choiceForms), TRUE/FALSE as Có/Không; any other entry in either cell is "Cần kiểm tra".
 */
export function choiceVerdictFormula(indicator: Indicator, ctx: FormulaContext): VerdictFormulas {
  const v = ctx.value;
  const e = ctx.estimate;
  const w = ctx.words;
  const needsCheck = quote(ctx.needsCheck);
  const outcomes = new Map(choiceVerdicts(indicator).map(({ choice, outcome }) => [choice, outcome]));
  const wordBy = (map: Record<Outcome, Status>) => (choice: string) => {
    const outcome = outcomes.get(choice) ?? 'invalid';
    return w[outcome === 'invalid' ? 'invalid' : map[outcome]];
  };
  const empty = (x: string) => ifThen(`ISTEXT(${x})`, `TRIM(${x})=""`, `ISBLANK(${x})`);
  const forms = choiceForms(indicator).flatMap((c) => c.forms);
  const known = (x: string) => `OR(${forms.map((form) => `TRIM(${x})=${quote(form)}`).join(',')})`;
  const unreadable = (x: string) =>
    ifThen(
      `ISTEXT(${x})`,
      `AND(TRIM(${x})<>"",NOT(${known(x)}))`,
      indicator.type === 'yesno' ? `AND(NOT(ISBLANK(${x})),NOT(ISLOGICAL(${x})))` : `NOT(ISBLANK(${x}))`,
    );

  const year = ifThen(empty(v), quote(w['no-data']), choiceFormula(indicator, v, wordBy(YEAR), needsCheck));

  const assess = assessOf(indicator);
  const doneOrNot = (choice: string) =>
    indicator.type === 'yesno' && choice === 'Có' && outcomes.get(choice) === 'met'
      ? w.met
      : w['not-assessed'];
  const soFar =
    assess === 'year-end'
      ? indicator.type === 'yesno'
        ? ifThen(empty(v), quote(w['not-assessed']), choiceFormula(indicator, v, doneOrNot, needsCheck))
        : quote(w['not-assessed'])
      : ifThen(empty(v), quote(w['no-data']), choiceFormula(indicator, v, wordBy(SO_FAR), needsCheck));
  const midYear = () =>
    ifThen(
      `OR(${unreadable(v)},${unreadable(e)})`,
      needsCheck,
      ifThen(empty(e), soFar, choiceFormula(indicator, e, wordBy(FORECAST), needsCheck)),
    );
  return { year, midYear };
}
