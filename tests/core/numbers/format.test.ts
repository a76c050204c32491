import { formatNumber } from '../../../src/core/numbers/format';

describe('the one number formatter', () => {
  it('writes Vietnamese with a decimal comma and dot thousands, English the other way round', () => {
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,891');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.891');
    expect(formatNumber(-0.5, 'vi')).toBe('-0,5');
  });

  it('rounds half away from zero as Excel does, and drops trailing zeros', () => {
    expect(formatNumber(98.625, 'vi', 2)).toBe('98,63');
    expect(formatNumber(8, 'vi', 2)).toBe('8');
    expect(formatNumber(-0.001, 'en', 2)).toBe('0');
  });

  it('leaves out grouping so the number can be typed back', () => {
    expect(formatNumber(1234.5, 'vi', 6, false)).toBe('1234,5');
  });

  it('keeps the decimals a number format shows', () => {
    expect(formatNumber(1234.5, 'vi', 2, true, 2)).toBe('1.234,50');
    expect(formatNumber(8, 'en', 2, false, 2)).toBe('8.00');
    expect(formatNumber(8.125, 'en', 3, false, 2)).toBe('8.125');
  });
});
