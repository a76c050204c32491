import { formatLocalTime } from '../../../src/core/time/local-time';

const SEALED_AT = '2026-11-29T22:50:00.000Z';

describe('a time shown to a person', () => {
  it.each([
    ['Hà Nội, UTC+7', 420, '30/11/2026 05:50'],
    ['UTC', 0, '29/11/2026 22:50'],
    ['New York in winter, UTC−5', -300, '29/11/2026 17:50'],
  ])('is read on the clock of the place (%s)', (_, offset, shown) => {
    expect(formatLocalTime(SEALED_AT, offset)).toBe(shown);
    expect(formatLocalTime(new Date(SEALED_AT), offset)).toBe(shown);
  });

  it("is read on this machine's own clock by default, not in UTC", () => {
    const moment = new Date(SEALED_AT);
    const two = (n: number) => String(n).padStart(2, '0');
    const local = `${two(moment.getDate())}/${two(moment.getMonth() + 1)}/${moment.getFullYear()} ${two(moment.getHours())}:${two(moment.getMinutes())}`;
    expect(formatLocalTime(SEALED_AT)).toBe(local);
  });

  it('keeps text that is not a time as it is, never NaN', () => {
    expect(formatLocalTime('hôm qua')).toBe('hôm qua');
  });
});
