import { excelRound } from './support/excel-round';

describe('the ROUND the formula tests evaluate with', () => {
  test.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.95995 * 100, 2, 96],
    [-0.95995 * 100, 2, -96],
    [96.1, 2, 96.1],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [0.4999999, 0, 0],
    [1234.5678, -2, 1200],
    [1e-20, 2, 0],
    [123456789.123, 6, 123456789.123],
  ])('rounds %p to %p places as Excel does: %p', (x, places, expected) => {
    expect(excelRound(x, places)).toBe(expected);
  });
});
