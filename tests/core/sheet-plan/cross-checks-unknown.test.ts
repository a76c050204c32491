import { checkFigures } from '../../../src/core/check';
import { buildSheetPlan } from '../../../src/core/sheet-plan';
import { getBuiltInTemplate } from '../../../src/templates';

// A template built in code, not through the loader, keeps rules whose indicators it dropped.
const full = getBuiltInTemplate('hung-tan-2023')!;
const partial = { ...full, indicators: full.indicators.filter((i) => i.id === 'bhyt') };

describe('a rule naming an indicator the template lacks', () => {
  it('is left out of the Kiểm tra chéo block and the check passes over it, never a crash', () => {
    expect(full.rules?.length).toBeGreaterThan(0);
    const plan = buildSheetPlan(partial);
    expect(plan.layout.ruleRows ?? []).toEqual([]);
    const report = checkFigures(partial, {
      period: 'nam',
      figures: [{ indicatorId: 'bhyt', raw: 0.97, numberFormat: '0.00%' }],
    });
    expect(report.findings.filter((f) => f.code.startsWith('rule'))).toEqual([]);
  });
});
