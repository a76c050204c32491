import { PERIOD_FALLBACK, periodFromLabel } from '../../../src/core/sheet-plan';
import { PERIOD_LABELS } from '../../../src/core/sheet-plan/columns';

describe('periodFromLabel, the period the sheet formulas see', () => {
  it.each([
    ['6 tháng', '6-thang'],
    ['6 THÁNG', '6-thang'],
    ['9 Tháng', '9-thang'],
    ['Năm', 'nam'],
    ['NĂM', 'nam'],
  ])('takes %p, a planned label in any case as Excel `=` does, as %p', (text, period) => {
    expect(periodFromLabel(text, PERIOD_LABELS)).toBe(period);
  });

  it.each([['6 thang'], [' 6 tháng'], ['6 tháng '], ['6  tháng'], ['6-thang'], ['nam'], ['Quý 3'], ['']])(
    'does not take %p, which no formula matches: the sheet judges it as the year',
    (text) => {
      expect(periodFromLabel(text, PERIOD_LABELS)).toBeUndefined();
    },
  );

  it('takes no number, truth value or error, and the formulas fall back to the year', () => {
    for (const value of [6, true, null, { error: '#N/A' }])
      expect(periodFromLabel(value, PERIOD_LABELS)).toBeUndefined();
    expect(PERIOD_FALLBACK).toBe('nam');
  });
});
