import type { CellValuesText } from '../vi/cell-values';

export const cellValues: CellValuesText = {
  empty: '(empty cell)',
  date: 'a date',
};
