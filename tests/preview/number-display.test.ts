import { displayText } from '../../src/preview/number-display';
import type { FakeCell } from '../../src/testing/fake-excel';

const cell = (value: FakeCell['value'], numberFormat: string): FakeCell => ({
  value,
  numberFormat,
  font: {},
  borders: {},
  locked: true,
});

describe('what a cell shows in the preview', () => {
  test('percent figures in the Vietnamese style', () => {
    expect(displayText(cell(0.0867, '0.00%'), 'vi')).toBe('8,67%');
    expect(displayText(cell(0.0867, '0.00%'), 'en')).toBe('8.67%');
  });

  test('targets keep their comparison sign', () => {
    expect(displayText(cell(217.67, '"≥ "#,##0.00'), 'vi')).toBe('≥ 217,67');
    expect(displayText(cell(0.0057, '"≤ "0.00%'), 'vi')).toBe('≤ 0,57%');
  });

  test('thousands grouped only where the format groups them', () => {
    expect(displayText(cell(1234.5, '#,##0.00'), 'vi')).toBe('1.234,50');
    expect(displayText(cell(1234.5, '0.00'), 'vi')).toBe('1234,50');
    expect(displayText(cell(8, '#,##0'), 'vi')).toBe('8');
  });

  test('texts as typed, and General numbers without grouping', () => {
    expect(displayText(cell('57.000.000', '@'), 'vi')).toBe('57.000.000');
    expect(displayText(cell(96.48, 'General'), 'vi')).toBe('96,48');
    expect(displayText(undefined, 'vi')).toBe('');
  });
});
