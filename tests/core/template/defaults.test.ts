import { assessOf, sectionOf } from '../../../src/core/template/defaults';
import { loadTemplate } from '../../../src/core/template/load';

function withIndicator(extra: Record<string, unknown>) {
  return {
    format: 'resolution-targets/v1',
    id: 'xa-thu',
    title: 'Nghị quyết thử',
    issuer: 'Đảng ủy xã Thử',
    year: 2024,
    indicators: [
      {
        id: 'chi-tieu',
        group: 'Kinh tế',
        name: 'Chỉ tiêu',
        unit: 'tỷ đồng',
        type: 'number',
        target: { op: '>=', value: 10 },
        ...extra,
      },
    ],
  };
}

describe('assess and section defaults for files written before them (docs/design.md)', () => {
  it('reads accumulates: true as cumulative, ratings as year-end, the rest as a level', () => {
    expect(assessOf({ accumulates: true, type: 'number' })).toBe('cumulative');
    expect(assessOf({ accumulates: false, type: 'rating' })).toBe('year-end');
    expect(assessOf({ accumulates: false, type: 'percent' })).toBe('level');
    expect(assessOf({ accumulates: false, type: 'yesno' })).toBe('level');
    expect(assessOf({ accumulates: false, type: 'yesno', assess: 'year-end' })).toBe('year-end');
    expect(sectionOf({})).toBe('main');
    expect(sectionOf({ section: 'task' })).toBe('task');
  });

  it('loads the document details and the new indicator fields', () => {
    const result = loadTemplate({
      ...withIndicator({ assess: 'cumulative', section: 'task', code: 'KT-01' }),
      resolutionNumber: '15-NQ/ĐU',
      signer: { title: 'Bí thư', name: 'Nguyễn Văn An' },
      recipients: ['Ban Thường vụ Đảng ủy', 'Lưu Văn phòng Đảng ủy'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.template.signer).toEqual({ title: 'Bí thư', name: 'Nguyễn Văn An' });
    expect(result.template.indicators[0]).toMatchObject({
      assess: 'cumulative',
      section: 'task',
      code: 'KT-01',
    });
  });

  it('refuses a cumulative yes/no and an assess that contradicts accumulates, in both languages', () => {
    for (const [extra, path, vi] of [
      [
        { type: 'yesno', target: { op: '=', value: 'Có' }, unit: '', assess: 'cumulative' },
        'assess',
        'cộng dồn',
      ],
      [{ accumulates: true, assess: 'level' }, 'assess', 'accumulates'],
    ] as const) {
      const result = loadTemplate(withIndicator(extra));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const problem = result.problems.find((p) => p.path.endsWith(path));
      expect(problem?.message.vi).toContain(vi);
      expect(problem?.message.en).toMatch(/assess/);
    }
  });
});
