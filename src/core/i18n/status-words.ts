import type { Status, Summary } from '../check/types';
import type { Lang } from './localized';
import type { Period } from '../template/types';
import { catalogFor } from './catalog';
import { statusCountsIn } from './status-counts';

/**
 * The verdict words for each status, the same in the sheet's `Đánh giá` formulas, the CLI and the
 * task pane: one place, so a reader never sees two words for one verdict.
 */
export function statusWord(status: Status, lang: Lang): string {
  return catalogFor(lang).sheet.statusWords[status];
}

/** What the sheet shows for a figure its formulas cannot read safely (typed as text, an error). */
export function needsCheckWord(lang: Lang): string {
  return catalogFor(lang).sheet.needsCheck;
}

/** How a report period is named to a reader: the CLI, the summary tables, the seal messages. */
export function periodWord(period: Period, lang: Lang): string {
  return catalogFor(lang).report.periods[period];
}

/** `Không đạt 2`, `Chậm tiến độ 1`…: the missed count always, the others where there are any. */
export function statusCounts(summary: Summary, lang: Lang): string[] {
  return statusCountsIn(summary, catalogFor(lang).sheet.statusWords);
}
