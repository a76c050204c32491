/** How a message names what a cell holds when it is not text or a number. */
export const cellValues = {
  empty: '(ô trống)',
  date: 'một ngày',
};

export type CellValuesText = typeof cellValues;
