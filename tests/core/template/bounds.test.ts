import { effectiveBounds } from '../../../src/core/template/bounds';

describe('effectiveBounds', () => {
  it('bounds a percent to 0–100 unless the template says otherwise', () => {
    expect(effectiveBounds({ type: 'percent' })).toEqual({ min: 0, max: 100 });
    expect(effectiveBounds({ type: 'percent', min: -50 })).toEqual({ min: -50, max: 100 });
    expect(effectiveBounds({ type: 'percent', max: 300 })).toEqual({ min: 0, max: 300 });
  });

  it("bounds numbers and whole numbers only by the template's min and max", () => {
    expect(effectiveBounds({ type: 'number', min: 0, max: 10000 })).toEqual({ min: 0, max: 10000 });
    expect(effectiveBounds({ type: 'integer', max: 200 })).toEqual({ max: 200 });
    expect(effectiveBounds({ type: 'number' })).toEqual({});
  });

  it('gives no bounds to yes/no and rating indicators', () => {
    expect(effectiveBounds({ type: 'yesno' })).toEqual({});
    expect(effectiveBounds({ type: 'rating' })).toEqual({});
  });
});
