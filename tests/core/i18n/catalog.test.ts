import { catalogFor, inBothLanguages } from '../../../src/core/i18n/catalog';
import { languageFromTag } from '../../../src/core/i18n/localized';
import { toolCatalogFor } from '../../../src/core/i18n/tool-catalog';

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

  it('have the same messages in both languages for the command line, the web page and the preview', () => {
    const vi = leaves(toolCatalogFor('vi'));
    expect(vi.size).toBeGreaterThan(100);
    expect([...leaves(toolCatalogFor('en'))]).toEqual([...vi]);
    expect(toolCatalogFor('en').app.summary.download).toBe('Download the summary (.xlsx)');
  });

  it('keep the command line’s, the web page’s and the preview’s words out of the pane’s catalog', () => {
    const paneAreas = Object.keys(catalogFor('vi'));
    for (const area of Object.keys(toolCatalogFor('vi'))) expect(paneAreas).not.toContain(area);
    // No help text of a command reaches the pane's catalog.
    expect(words(catalogFor('vi')).filter((text) => text.includes('Cách dùng:'))).toEqual([]);
    expect(words(toolCatalogFor('vi')).filter((text) => text.includes('Cách dùng:')).length).toBeGreaterThan(
      3,
    );
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

describe('the English catalog, loaded on demand', () => {
  // The task pane loads it only when Office shows English (src/taskpane/index.tsx); every other
  // face, and these tests (tests/support/english.ts), import src/core/i18n/english.ts first.
  it('is not there until loaded, and the English half of a message is then the Vietnamese one', () => {
    jest.isolateModules(() => {
      const fresh =
        require('../../../src/core/i18n/catalog') as typeof import('../../../src/core/i18n/catalog');
      expect(fresh.englishLoaded()).toBe(false);
      expect(fresh.catalogFor('en').pane.cancel).toBe('Hủy');
      expect(fresh.inBothLanguages((c) => c.pane.cancel)).toEqual({ vi: 'Hủy', en: 'Hủy' });
      const { en } = require('../../../src/core/i18n/en') as typeof import('../../../src/core/i18n/en');
      fresh.provideEnglish(en);
      expect(fresh.englishLoaded()).toBe(true);
      expect(fresh.catalogFor('en').pane.cancel).toBe('Cancel');
      expect(fresh.inBothLanguages((c) => c.pane.cancel)).toEqual({ vi: 'Hủy', en: 'Cancel' });
    });
  });
});
