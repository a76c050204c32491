import type { Status, Summary } from '../check/types';

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

/**
 * `Không đạt 2`, `Chậm tiến độ 1`…: the missed count always, the others where there are any, each
 * named by the catalog's status word (passed in, so the catalogs can use it without a cycle).
 */
export function statusCountsIn(summary: Summary, words: Record<Status, string>): string[] {
  return COUNTED.filter(([status, key]) => status === 'missed' || summary[key] > 0).map(
    ([status, key]) => `${words[status]} ${summary[key]}`,
  );
}
