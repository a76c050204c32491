import { parseFigure } from '../numbers/parse-figure';
import { quote } from '../numbers/number-text';
import { clean } from '../numbers/round';
import type { FigureProblem, FigureWarning } from '../numbers/types';
import { effectiveBounds } from '../template/bounds';
import type { Indicator, Period } from '../template/types';
import { finding } from './finding';
import type { Where } from './finding-codes';
import { farFromBaseline, unitSlip } from './plausibility';
import { overwrittenTarget } from './target-cell';
import { targetText } from './target-text';
import type { Lang } from '../i18n/localized';
import type { EnteredFigure, Finding } from './types';

export interface Examined {
  value: number | string | null;
  storedAsText: boolean;
  findings: Finding[];
}

/** Validates one entered figure against its indicator: everything but the verdict. */
export function examineFigure(indicator: Indicator, figure: EnteredFigure, period: Period): Examined {
  const where = { name: indicator.name, cell: figure.address, indicatorId: indicator.id };
  const findings: Finding[] = [];
  if (figure.formula !== undefined)
    findings.push(finding('formula-in-input', where, { formula: quote(figure.formula) }));

  const reading = parseFigure(figure.raw, indicator, figure.numberFormat);
  let value: number | string | null = null;
  if (!reading.ok) {
    findings.push(problemFinding(reading.problem, indicator, where));
  } else {
    value = reading.value;
    findings.push(...reading.warnings.map((w) => warningFinding(w, where)));
    if (typeof value === 'number') {
      const doubts = numberFindings(indicator, value, period, where);
      // Retyping as a number is only good advice for a figure that is otherwise right.
      if (reading.storedAsText && !doubts.some((f) => f.severity === 'error')) {
        const text = quote(typeof figure.raw === 'string' ? figure.raw : String(value));
        findings.push(
          finding('stored-as-text', where, { text, value, percent: indicator.type === 'percent' }),
        );
      }
      findings.push(...doubts);
    }
  }

  const changed = overwrittenTarget(indicator, figure.targetInSheet, figure.targetNumberFormat);
  if (changed) {
    const expected = { vi: targetTextOf(indicator, 'vi'), en: targetTextOf(indicator, 'en') };
    findings.push(
      finding(
        'target-overwritten',
        { ...where, cell: figure.targetAddress ?? figure.address },
        { found: changed, expected },
      ),
    );
  }
  return { value, storedAsText: reading.storedAsText, findings };
}

function numberFindings(indicator: Indicator, value: number, period: Period, where: Where): Finding[] {
  const { unit } = indicator;
  if (indicator.type === 'integer' && !Number.isInteger(value))
    return [finding('not-integer', where, { value })];
  const suggestion = unitSlip(indicator, value);
  if (suggestion !== null) return [finding('unit-slip', where, { value, suggestion, unit })];
  const { min, max } = effectiveBounds(indicator);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return [finding('out-of-bounds', where, { value, min, max, unit })];
  }
  const baseline = farFromBaseline(indicator, value, period);
  return baseline === null ? [] : [finding('far-from-baseline', where, { value, baseline, unit })];
}

function problemFinding(problem: FigureProblem, indicator: Indicator, where: Where): Finding {
  switch (problem.code) {
    case 'unreadable':
      return finding('unreadable', where, problem);
    case 'cell-error':
      return finding('cell-error', where, problem);
    case 'not-yes-no':
      return finding('not-yes-no', where, problem);
    case 'not-on-scale':
      return finding('not-on-scale', where, problem);
    case 'percent-not-formatted':
      return finding('percent-not-formatted', where, {
        number: problem.number,
        typed: percentToType(indicator, problem.number),
      });
    case 'unit-mismatch':
      return finding('unit-mismatch', where, problem);
  }
}

/**
 * What to type with the % sign: a fraction that lost its % format (0,961) was meant as 96,1%,
 * when that reading is a possible figure; any other number as it stands.
 */
function percentToType(indicator: Indicator, number: number): number {
  if (Math.abs(number) > 1) return number;
  const scaled = clean(number * 100);
  const { min, max } = effectiveBounds(indicator);
  return (min === undefined || scaled >= min) && (max === undefined || scaled <= max) ? scaled : number;
}

function warningFinding(warning: FigureWarning, where: Where): Finding {
  switch (warning.code) {
    case 'ambiguous-number':
      return finding('ambiguous-number', where, warning);
    case 'unit-converted':
      return finding('unit-converted', where, warning);
    case 'level-respelled':
      return finding('level-respelled', where, warning);
  }
}

/** The template's target as a message quotes it: `≥ 9%`, `6,6 – 6,8`, `Có`. */
function targetTextOf(indicator: Indicator, lang: Lang): string {
  const percent = indicator.type === 'percent' && indicator.target.op !== 'between';
  return targetText(indicator, lang) + (percent ? '%' : '');
}
