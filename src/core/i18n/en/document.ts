import type { DocumentWording, YesNoKind } from '../vi/document';

const YES_WORDS: Record<YesNoKind, string> = { recognition: 'recognised', event: 'held', task: 'done' };
const NO_WORDS: Record<YesNoKind, string> = {
  recognition: 'not recognised yet',
  event: 'not held yet',
  task: 'not done yet',
};

/** English wording of the results report, for readers who do not read Vietnamese. */
export const document: DocumentWording = {
  party: 'COMMUNIST PARTY OF VIETNAM',
  star: '*',
  dottedLine: '……………………………',
  number: (n) => `No. ${n ?? '……'}-BC/ĐU`,
  date: (d) =>
    d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : 'date ……',
  placeDate: (place, date) => `${place ?? '……………'}, ${date}`,
  kind: 'REPORT',
  summaryLine: (period, year) =>
    period === 'nam'
      ? `on the main targets of ${year}`
      : `on the main targets in the first ${period === '6-thang' ? '6' : '9'} months of ${year}`,
  basis: (p) =>
    `Pursuant to resolution No. ${p.number ?? '……-NQ/ĐU'}${p.issuedOn ? ` of ${p.issuedOn}` : ''}` +
    ` (${p.title}), ${p.issuer} reports as follows:`,
  sections: {
    results: 'I. RESULTS',
    limits: 'II. SHORTCOMINGS AND CAUSES',
    directions: 'III. DIRECTIONS FOR THE COMING PERIOD',
  },
  sentence: {
    reached: (p) => `${p.name}: ${p.value}`,
    percent: (p) => `${p.percent}% of the target`,
    target: (p) => `target ${p.target}`,
    yes: (kind) => YES_WORDS[kind],
    no: (kind) => NO_WORDS[kind],
    rating: (p) =>
      p.reached
        ? `${p.name}: rated ${p.level}, target met`
        : `${p.name}: rated ${p.level}, target ${p.target}`,
    noData: (p) => `${p.name}: no data yet`,
  },
  limits: {
    none: 'Every target was met or exceeded; none was missed.',
    item: (p) =>
      `- ${p.name}: actual ${p.value}, target ${p.target}. ` +
      (p.explanation ? `Cause: ${p.explanation}` : 'Cause: (no explanation yet; please add one).'),
  },
  fill: '………………………………………………………………………………………………',
  appendix: {
    heading: 'Appendix',
    title: (summaryLine) => summaryLine.toLocaleUpperCase('en'),
    reference: (p) => `(Attached to report ${p.number}, ${p.date}, of ${p.issuer})`,
    estimate: 'Year estimate',
    columns: ['No.', 'Indicator', 'Unit', 'Target', 'Actual', '% of target', 'Verdict'],
  },
  signature: {
    onBehalf: 'FOR THE PARTY COMMITTEE',
    defaultTitle: 'Secretary',
    hint: '(Signature, full name)',
  },
  recipients: {
    title: 'Recipients:',
    superior: (superior) =>
      `- ${superior ? `Standing committee of ${superior}` : 'The level above'} (for report),`,
    members: '- Members of the party committee,',
    archive: '- Archive, party committee office.',
  },
};
