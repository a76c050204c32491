import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nextYearContent } from '../../../src/core/authoring';
import { draftTemplate } from '../../../src/core/draft';
import { getBuiltInTemplate } from '../../../src/templates';

/** Next year's authoring sheet: what carries over from this year's template and what does not. */

const seed = readFileSync(path.join(__dirname, '../../fixtures/seed/nghi-quyet-2023-hung-tan.txt'), 'utf8');

describe("next year's authoring content", () => {
  it.each(['vi', 'en'] as const)(
    'drops what drafting guessed from this year’s text (drafted in %s): the sentence and the note',
    (lang) => {
      const drafted = draftTemplate(seed, { lang, fallbackYear: 2023 });
      if (!drafted.ok) throw new Error(drafted.reason);
      const { template } = drafted;
      expect(template.indicators.every((indicator) => indicator.note)).toBe(true);
      const next = nextYearContent(template, new Map([[template.indicators[0].id, 230.5]]));
      expect(next.document.year).toBe(2024);
      expect(next.rows.map((row) => [row.note, row.source, row.target, row.targetTo])).toEqual(
        template.indicators.map(() => [null, null, null, null]),
      );
      expect(next.rows[0].baseline).toBe(230.5);
      expect(next.rows.map((row) => row.name)).toEqual(template.indicators.map((i) => i.name));
    },
  );

  it("keeps a clerk's own note", () => {
    const template = getBuiltInTemplate('hung-tan-2023')!;
    const noted = {
      ...template,
      indicators: template.indicators.map((indicator, i) =>
        i === 0 ? { ...indicator, note: 'Số liệu do Ban Kinh tế cung cấp.' } : indicator,
      ),
    };
    const next = nextYearContent(noted, new Map());
    expect(next.rows[0].note).toBe('Số liệu do Ban Kinh tế cung cấp.');
  });
});
