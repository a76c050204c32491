import type { CheckReport } from '../check/types';
import type { Lang } from '../i18n/localized';
import { catalogFor } from '../i18n/catalog';
import { sectionOf } from '../template/defaults';
import type { Indicator, Period } from '../template/types';
import { isReached, type Status } from '../verdict/status';

/** Reached out of all, for the main targets and for the tasks (null when the template has none). */
export interface Headline {
  midYear: boolean;
  main: { reached: number; total: number };
  tasks: { reached: number; total: number } | null;
}

/**
 * The report's headline counts (docs/design.md, "Main targets and tasks"): the main targets
 * (chỉ tiêu chủ yếu) only, the tasks on their own line; at 6 and 9 months, what is expected.
 */
export function headlineOf(
  period: Period,
  results: readonly { indicator: Pick<Indicator, 'section'>; status: Status }[],
): Headline {
  const count = (section: 'main' | 'task') => {
    const own = results.filter((r) => sectionOf(r.indicator) === section);
    return { reached: own.filter((r) => isReached(r.status)).length, total: own.length };
  };
  const tasks = count('task');
  return { midYear: period !== 'nam', main: count('main'), tasks: tasks.total > 0 ? tasks : null };
}

/** The headline as lines of text: the main targets, then the tasks where there are any. */
export function headlineLines(headline: Headline, lang: Lang): string[] {
  const t = catalogFor(lang).report.headline;
  const lines = [t.main(headline.midYear, headline.main.reached, headline.main.total)];
  if (headline.tasks) lines.push(t.tasks(headline.tasks.reached, headline.tasks.total));
  return lines;
}

/** The headline lines of a check's report. */
export function reportHeadline(report: Pick<CheckReport, 'period' | 'results'>, lang: Lang): string[] {
  return headlineLines(headlineOf(report.period, report.results), lang);
}
