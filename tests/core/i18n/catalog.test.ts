import { catalogFor, inBothLanguages } from '../../../src/core/i18n/catalog';
import { languageFromTag } from '../../../src/core/i18n/localized';

/** Every leaf of a catalog by its path: a text, or the kind of a message builder. */
function leaves(node: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof node === 'string' || typeof node === 'function') found.set(path, typeof node);
  else if (node && typeof node === 'object')
    for (const [key, child] of Object.entries(node))
      for (const [leaf, kind] of leaves(child, `${path}.${key}`)) found.set(leaf, kind);
  return found;
}

/** Every text of a catalog, and the source of every message builder, which holds its words. */
function words(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') return [String(node)];
  return node && typeof node === 'object' ? Object.values(node).flatMap(words) : [];
}

describe('the catalogs', () => {
  it('have the same messages, area by area, in Vietnamese and English', () => {
    const vi = leaves(catalogFor('vi'));
    expect(vi.size).toBeGreaterThan(300);
    expect([...leaves(catalogFor('en'))]).toEqual([...vi]);
  });

  it('give the English words from the English catalog', () => {
    const en = catalogFor('en');
    expect(en.pane.cancel).toBe('Cancel');
    expect(en.sheet.headers.percent).toBe('% of target');
    expect(inBothLanguages((c) => c.pane.finalizeHeading)).toEqual({
      vi: 'Chốt số liệu, lập báo cáo',
      en: 'Finalize the figures, make the report',
    });
  });

  it('use one term for the percent of the target, in the sheet, the pane and the report', () => {
    const vi = catalogFor('vi');
    expect(vi.sheet.headers.percent).toBe('% so với chỉ tiêu');
    expect(vi.pane.percentOfTarget('98,6')).toBe('98,6% so với chỉ tiêu');
    expect(vi.report.report.chart.values).toBe('% so với chỉ tiêu');
    const wording = [...words(vi)].filter((text) => text.includes('kế hoạch'));
    expect(wording).toEqual([]);
  });
});

describe('the language of a tag', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN_au', 'en'],
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['fr-FR', 'vi'],
    ['eng', 'vi'],
    ['', 'vi'],
    [undefined, 'vi'],
  ] as const)('%p is %p', (tag, lang) => {
    expect(languageFromTag(tag)).toBe(lang);
  });
});
