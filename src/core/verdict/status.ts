/**
 * Every verdict the checker and the sheet can give (docs/design.md, "Verdicts" and "Through the
 * year"), and how each looks wherever it is shown: the sheet's highlights, the report, the
 * district summary, the command line and the task pane all take their colours from STATUS_STYLE.
 */
export const STATUSES = [
  'exceeded',
  'met',
  'missed',
  'on-track',
  'behind',
  'forecast-exceeded',
  'forecast-met',
  'forecast-missed',
  'not-yet',
  'not-assessed',
  'no-data',
  'invalid',
] as const;
export type Status = (typeof STATUSES)[number];

/** What the sheet shows where its formulas cannot read a figure safely ("Cần kiểm tra"). */
export type Shown = Status | 'needs-check';

/** `bad` a shortfall, `warn` an entry to look at, `good` reached, `neutral` nothing to judge yet. */
export type Tone = 'bad' | 'warn' | 'good' | 'neutral';

export interface StatusStyle {
  fill: string;
  fontColor: string;
  tone: Tone;
}

// Excel's own "bad", "good" and "neutral" cell styles, which clerks already know.
const RED = { fill: '#FFC7CE', fontColor: '#9C0006', tone: 'bad' } as const;
const GREEN = { fill: '#C6EFCE', fontColor: '#006100', tone: 'good' } as const;
const LIGHT_GREEN = { fill: '#E2EFDA', fontColor: '#375623', tone: 'good' } as const;
const AMBER = { fill: '#FFEB9C', fontColor: '#9C5700', tone: 'warn' } as const;
const BLUE = { fill: '#DDEBF7', fontColor: '#1F4E79', tone: 'neutral' } as const;
const GREY = { fill: '#EDEDED', fontColor: '#404040', tone: 'neutral' } as const;

/** One table: `undefined` leaves the row as it is (no data yet). */
export const STATUS_STYLE: Record<Shown, StatusStyle | undefined> = {
  missed: RED,
  behind: RED,
  'forecast-missed': RED,
  exceeded: GREEN,
  'forecast-exceeded': GREEN,
  met: LIGHT_GREEN,
  'on-track': LIGHT_GREEN,
  'forecast-met': LIGHT_GREEN,
  'not-yet': BLUE,
  'not-assessed': GREY,
  invalid: AMBER,
  'needs-check': AMBER,
  'no-data': undefined,
};

/** A verdict that needs an explanation (giải trình): missed, behind, or expected to miss. */
export function isShortfall(status: Status): status is Shortfall {
  return status === 'missed' || status === 'behind' || status === 'forecast-missed';
}
export type Shortfall = 'missed' | 'behind' | 'forecast-missed';

/**
 * Reached or beaten, expected to be, or on track to be: what the headline counts as "đạt và
 * vượt" (at 6 and 9 months, "dự kiến đạt và vượt").
 */
export function isReached(status: Status): boolean {
  return (
    status === 'exceeded' ||
    status === 'met' ||
    status === 'on-track' ||
    status === 'forecast-exceeded' ||
    status === 'forecast-met'
  );
}
