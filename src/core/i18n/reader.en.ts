import type { readerVi } from './reader.vi';

/** English texts of the core reader, one per Vietnamese text. */
export const readerEn: typeof readerVi = {
  'period-empty': (p) =>
    `The report period cell ${p.cell} is empty; the figures are judged for the period "${p.label}" for now. Choose the report period from the list.`,
  'period-unknown': (p) =>
    `The report period cell ${p.cell} says "${p.text}", which is not a report period (${p.choices}); the figures are judged for the period "${p.label}" for now. Choose the report period from the list.`,
};
