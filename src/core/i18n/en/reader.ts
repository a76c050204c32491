import type { ReaderText } from '../vi/reader';

/** English texts of the core reader, key for key with vi/reader.ts. */
export const reader: ReaderText = {
  'period-empty': (p) =>
    `The report period cell ${p.cell} is empty; the figures are judged for the period "${p.label}" for now. Choose the report period from the list.`,
  'period-unknown': (p) =>
    `The report period cell ${p.cell} says "${p.text}", which is not a report period (${p.choices.map((each) => `"${each}"`).join(', ')}); the figures are judged for the period "${p.label}" for now. Choose the report period from the list.`,
};
