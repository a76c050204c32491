/**
 * @jest-environment jsdom
 */
// What `office-addin-manifest validate` would check, offline (it calls a web service): jsdom's
// DOMParser reads the XML; the schema's element order, URLs, resource ids, icons and permissions
// are checked against the add-in manifest schema 1.1 and VersionOverrides 1.0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_COMMAND } from '../../src/commands/names';

const {
  DEV_URL,
  DEFAULT_PUBLIC_URL,
  productionManifest,
  publicUrl,
} = require('../../scripts/build-manifest');

const ROOT = join(__dirname, '..', '..');
const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const text = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

const doc = parse(text);
const root = doc.documentElement;
const all = (ns: string, name: string) => [...doc.getElementsByTagNameNS(ns, name)];
const one = (ns: string, name: string) => {
  const found = all(ns, name);
  if (found.length === 0) throw new Error(`no <${name}>`);
  return found[0];
};
const childNames = (element: Element) => [...element.children].map((child) => child.localName);
const resources = one(OVERRIDES_NS, 'Resources');

/** `names` appear in `order`'s order, each at most once, and nothing else appears. */
function expectSchemaOrder(names: string[], order: string[]) {
  expect(names.filter((n) => !order.includes(n))).toEqual([]);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is a TaskPaneApp whose elements come in the order the schema requires', () => {
    expect(root.namespaceURI).toBe(OFFICE_NS);
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expectSchemaOrder(childNames(root), [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'Dictionary',
      'VersionOverrides',
    ]);
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'Hosts',
      'DefaultSettings',
      'Permissions',
    ]) {
      expect(childNames(root)).toContain(required);
    }
    const overrides = one(OVERRIDES_NS, 'VersionOverrides');
    expect(overrides.getAttribute('xsi:type')).toBe('VersionOverridesV1_0');
    expectSchemaOrder(childNames(overrides), ['Description', 'Requirements', 'Hosts', 'Resources']);
    expectSchemaOrder(childNames(resources), ['Images', 'Urls', 'ShortStrings', 'LongStrings']);
    expectSchemaOrder(childNames(one(OVERRIDES_NS, 'DesktopFormFactor')), [
      'GetStarted',
      'FunctionFile',
      'ExtensionPoint',
    ]);
    for (const group of all(OVERRIDES_NS, 'Group')) {
      expectSchemaOrder(
        childNames(group).filter((n) => n !== 'Control'),
        ['Label', 'Icon'],
      );
      expect(childNames(group).slice(-1)).toEqual(['Control']);
    }
    for (const control of all(OVERRIDES_NS, 'Control')) {
      expectSchemaOrder(childNames(control), ['Label', 'Supertip', 'Icon', 'Action']);
    }
  });

  it('has a GUID id, a four-part version, a Vietnamese name with an English override', () => {
    expect(one(OFFICE_NS, 'Id').textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    expect(one(OFFICE_NS, 'Version').textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(one(OFFICE_NS, 'DefaultLocale').textContent).toBe('vi-VN');
    const name = one(OFFICE_NS, 'DisplayName');
    expect(name.getAttribute('DefaultValue')).toBe('Chỉ tiêu Nghị quyết');
    expect(name.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    for (const element of [name, one(OFFICE_NS, 'Description')]) {
      const override = [...element.children].find((c) => c.localName === 'Override');
      expect(override?.getAttribute('Locale')).toBe('en-US');
      expect(override?.getAttribute('Value')).toBeTruthy();
    }
  });

  it('runs in Excel 2016 and later (ExcelApi 1.7) and asks only to read and write the workbook', () => {
    expect(all(OFFICE_NS, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = all(OFFICE_NS, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
    expect(all(OFFICE_NS, 'Permissions').map((p) => p.textContent)).toEqual(['ReadWriteDocument']);
    expect(all(OFFICE_NS, 'AppDomain')).toEqual([]);
  });

  it('uses https for every address', () => {
    const urls = [...text.matchAll(/"([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)]
      .map((m) => m[1])
      .filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org/'));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('has unique resource ids, and every resid resolves to one', () => {
    const ids = [...resources.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = [...doc.querySelectorAll('[resid]')].map((e) => e.getAttribute('resid'));
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((r) => !ids.includes(r))).toEqual([]);
    for (const id of referenced) expect(id!.length).toBeLessThanOrEqual(32);
  });

  it('gives every text in both languages, within the lengths Office allows', () => {
    const limits: [string, number][] = [
      ['ShortStrings', 125],
      ['LongStrings', 250],
    ];
    for (const [kind, limit] of limits) {
      for (const string of [...one(BT_NS, kind).children]) {
        expect(string.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(limit);
        const english = [...string.children].find(
          (c) => c.localName === 'Override' && c.getAttribute('Locale') === 'en-US',
        );
        expect(english?.getAttribute('Value')?.length).toBeGreaterThan(0);
        expect(english!.getAttribute('Value')!.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('puts both buttons on the Home tab, with the words clerks look for', () => {
    expect(one(OVERRIDES_NS, 'OfficeTab').getAttribute('id')).toBe('TabHome');
    const label = (control: Element) => {
      const resid = [...control.children].find((c) => c.localName === 'Label')!.getAttribute('resid');
      return resources.querySelector(`[id="${resid}"]`)!.getAttribute('DefaultValue');
    };
    const controls = all(OVERRIDES_NS, 'Control');
    expect(controls.map(label)).toEqual(['Mở bảng chỉ tiêu', 'Kiểm tra số liệu']);
    const actions = all(OVERRIDES_NS, 'Action').map((a) => a.getAttribute('xsi:type'));
    expect(actions).toEqual(['ShowTaskpane', 'ExecuteFunction']);
    expect(one(OVERRIDES_NS, 'FunctionName').textContent).toBe(CHECK_COMMAND);
    for (const control of controls) {
      const sizes = [...control.getElementsByTagNameNS(BT_NS, 'Image')].map((i) => i.getAttribute('size'));
      expect(sizes).toEqual(['16', '32', '80']);
    }
  });

  it('points at pages and icons that the build produces, each icon at its declared size', () => {
    const webpackConfig = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
    const pages = [...text.matchAll(/https:\/\/localhost:3000\/([\w-]+\.html)/g)].map((m) => m[1]);
    expect(new Set(pages)).toEqual(new Set(['taskpane.html', 'commands.html', 'support.html']));
    for (const page of new Set(pages)) expect(webpackConfig).toContain(`page('${page.replace('.html', '')}'`);

    const declared: [string, number][] = [
      [one(OFFICE_NS, 'IconUrl').getAttribute('DefaultValue')!, 32],
      [one(OFFICE_NS, 'HighResolutionIconUrl').getAttribute('DefaultValue')!, 64],
      ...[...one(BT_NS, 'Images').children].map((image): [string, number] => [
        image.getAttribute('DefaultValue')!,
        Number(image.getAttribute('id')!.split('.').pop()),
      ]),
    ];
    for (const [url, size] of declared) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      expect(pngSize(join(ROOT, url.slice(DEV_URL.length)))).toEqual({ width: size, height: size });
    }
  });
});

describe('the production manifest', () => {
  it('points every address at the deployment, and nothing at localhost', () => {
    const url = publicUrl({ ADDIN_PUBLIC_URL: 'https://office.hungtan.example.vn/chi-tieu/' });
    const built = productionManifest(text, url);
    parse(built);
    expect(built).not.toContain('localhost');
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://office.hungtan.example.vn/chi-tieu/taskpane.html"/>',
    );
    expect(built.split(url).length - 1).toBe(text.split(DEV_URL).length - 1);
  });

  it('uses the documented default when no address is given, and refuses a plain-http one', () => {
    expect(publicUrl({})).toBe(DEFAULT_PUBLIC_URL);
    expect(() => publicUrl({ ADDIN_PUBLIC_URL: 'http://example.org/' })).toThrow(/https/);
    expect(() => publicUrl({ ADDIN_PUBLIC_URL: 'https://example.org/addin' })).toThrow(/ending with/);
  });
});
