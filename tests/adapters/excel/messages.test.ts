import { catalogFor } from '../../../src/core/i18n/catalog';

const { addin: adapterVi, pane: paneVi } = catalogFor('vi');
const { addin: adapterEn, pane: paneEn } = catalogFor('en');

/** Every text of a catalog, its parameters filled with a word that names no button. */
function texts(catalog: Record<string, (p: never) => string>): string[] {
  // A list parameter (the period choices) gets a list of one such word.
  const any = new Proxy({}, { get: (_, key) => (key === 'choices' ? ['x'] : 'x') }) as never;
  return Object.values(catalog).map((build) => build(any));
}

/** The pane's own labels: the only names a message may tell the clerk to press or choose. */
function labels(strings: object): Set<string> {
  return new Set(Object.values(strings).filter((value): value is string => typeof value === 'string'));
}

describe('the add-in’s messages', () => {
  it.each([
    ['vi', adapterVi, paneVi, /(?:bấm|nút|chọn) “([^”]+)”/g],
    ['en', adapterEn, paneEn, /(?:[Pp]ress|[Cc]hoose|with) "([^"]+)"/g],
  ] as const)('name each button by its exact label in the pane (%s)', (_, catalog, pane, named) => {
    const known = labels(pane);
    const buttons = texts(catalog).flatMap((text) => [...text.matchAll(named)].map((match) => match[1]));
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.filter((button) => !known.has(button))).toEqual([]);
  });

  it('say which Excel is needed as the README does: 2019 or Microsoft 365', () => {
    expect(adapterVi['api-too-old']()).toContain('Excel 2019 trở lên hoặc Microsoft 365');
    expect(adapterEn['api-too-old']()).toContain('Excel 2019 or later, or Microsoft 365');
  });
});
