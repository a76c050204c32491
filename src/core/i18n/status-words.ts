import type { Status, Summary } from '../check/types';
import type { Lang } from './localized';
import type { Period } from '../template/types';
import { reportEn } from './report.en';
import { reportVi } from './report.vi';
import { SHEET_EN } from './sheet.en';
import { SHEET_VI } from './sheet.vi';

/**
 * The verdict words for each status, the same in the sheet's `Đánh giá` formulas, the CLI and the
 * task pane: one place, so a reader never sees two words for one verdict.
 */
export function statusWord(status: Status, lang: Lang): string {
  return (lang === 'vi' ? SHEET_VI : SHEET_EN).statusWords[status];
}

/** What the sheet shows for a figure its formulas cannot read safely (typed as text, an error). */
export function needsCheckWord(lang: Lang): string {
  return (lang === 'vi' ? SHEET_VI : SHEET_EN).needsCheck;
}

/** How a report period is named to a reader: the CLI, the summary tables, the seal messages. */
export function periodWord(period: Period, lang: Lang): string {
  return (lang === 'vi' ? reportVi : reportEn).periods[period];
}

/** Summary keys of the statuses a summary line lists after the headline, in this order. */
const COUNTED: [Status, keyof Summary][] = [
  ['missed', 'missed'],
  ['on-track', 'onTrack'],
  ['behind', 'behind'],
  ['forecast-exceeded', 'forecastExceeded'],
  ['forecast-met', 'forecastMet'],
  ['forecast-missed', 'forecastMissed'],
  ['not-yet', 'notYet'],
  ['not-assessed', 'notAssessed'],
  ['no-data', 'noData'],
  ['invalid', 'invalid'],
];

/** `Không đạt 2`, `Chậm tiến độ 1`…: the missed count always, the others where there are any. */
export function statusCounts(summary: Summary, lang: Lang): string[] {
  return COUNTED.filter(([status, key]) => status === 'missed' || summary[key] > 0).map(
    ([status, key]) => `${statusWord(status, lang)} ${summary[key]}`,
  );
}
