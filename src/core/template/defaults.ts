import type { Assess, Indicator, Section } from './types';

/**
 * The defaults of docs/design.md ("The template file") for files written before `assess` and
 * `section` existed: `accumulates: true` means cumulative; ratings are decided at the year's end;
 * everything else is a level at a point in time.
 */
export function assessOf(indicator: Pick<Indicator, 'assess' | 'accumulates' | 'type'>): Assess {
  if (indicator.assess) return indicator.assess;
  if (indicator.accumulates) return 'cumulative';
  return indicator.type === 'rating' ? 'year-end' : 'level';
}

/** A main target (chỉ tiêu chủ yếu) unless the template says it is a task. */
export function sectionOf(indicator: Pick<Indicator, 'section'>): Section {
  return indicator.section ?? 'main';
}
