import type { SheetTexts } from '../vi/sheet';

const withRange = (sentence: string, bounds: string) => (bounds ? `${sentence} ${bounds}.` : `${sentence}.`);

export const sheet: SheetTexts = {
  party: 'COMMUNIST PARTY OF VIETNAM',
  placeDate: (place, year) => `${place ?? '..........'}, ..... / ..... / ${year}`,
  title: (year) => `MAIN TARGETS OF ${year}: PROGRESS SHEET`,
  midYearTitle: (months, year) => `MAIN TARGETS OF ${year}: PROGRESS AFTER ${months} MONTHS`,
  periodLabel: 'Report period:',
  headers: {
    index: 'No.',
    name: 'Indicator',
    unit: 'Unit',
    baseline: (year) => `Actual ${year}`,
    target: (year) => `Target ${year}`,
    percent: '% of target',
    percentOfYearPlan: "% of the year's plan",
    verdict: 'Verdict',
    explanation: 'Explanation',
  },
  statusWords: {
    exceeded: 'Exceeded',
    met: 'Met',
    missed: 'Missed',
    'on-track': 'On track',
    behind: 'Behind',
    'forecast-exceeded': 'Forecast exceeded',
    'forecast-met': 'Forecast met',
    'forecast-missed': 'Forecast missed',
    'not-yet': 'Not yet met',
    'not-assessed': 'Not assessed yet',
    'no-data': 'No data',
    invalid: 'Invalid',
  },
  needsCheck: 'Check entry',
  preparedBy: 'Prepared by: ……………………………………',
  note: (valueHeader) =>
    `Note: enter the figures in the yellow cells of the "${valueHeader}" column and explain every missed target; ` +
    'the "% of target" and "Verdict" columns are calculated. Choose the period in the "Report period" cell.',
  scaleLegend: (name) => `Levels of “${name}”:`,
  prompt: {
    numberTitle: 'Enter a number',
    integerTitle: 'Enter a whole number',
    percentTitle: 'Enter a percentage',
    ratingTitle: 'Choose a level',
    yesNoTitle: 'Choose Có or Không',
    periodTitle: 'Choose the report period',
    number: (example, unit) => `Enter a number, e.g. ${example}${unit ? ` (unit: ${unit})` : ''}.`,
    integer: (example, unit) => `Enter a whole number, e.g. ${example}${unit ? ` (unit: ${unit})` : ''}.`,
    percent: (example) => `Enter a percentage, e.g. ${example}%.`,
    rating: 'Choose one level from the list.',
    yesNo: 'Choose "Có" (yes) or "Không" (no) from the list.',
    period: 'Choose 6 tháng (6 months), 9 tháng (9 months) or Năm (year); the verdicts follow it.',
  },
  bounds: (min, max) => {
    if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
    if (min !== undefined) return `of at least ${min}`;
    if (max !== undefined) return `of at most ${max}`;
    return '';
  },
  error: {
    title: 'Invalid figure',
    number: (name, bounds) => withRange(`“${name}” needs a number`, bounds),
    integer: (name, bounds) => withRange(`“${name}” needs a whole number`, bounds),
    percent: (name, bounds) => withRange(`“${name}” needs a percentage`, bounds),
    choice: (name) => `“${name}”: choose a value from the list.`,
    period: 'Choose the report period from the list: 6 tháng, 9 tháng or Năm.',
  },
  store: {
    notAStore: (sheet) =>
      `The hidden sheet "${sheet}" is not where this program stores templates (cell A1 was changed). ` +
      'Create the sheet again from the template file.',
    damaged: (id, sheet) =>
      `The template "${id}" stored in the hidden sheet "${sheet}" has missing or misplaced parts: the file was ` +
      'edited or damaged. Create the sheet again from the template file.',
  },
};
