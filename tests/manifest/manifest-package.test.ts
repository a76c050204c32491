// The manifest as Microsoft's own tooling reads it (office-addin-manifest, offline): what Excel's
// add-in dialog and the store show. `npm run validate` adds Microsoft's online check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { ManifestInfo } from 'office-addin-manifest';

const { productionManifest } = require('../../scripts/build-manifest');

const ROOT = join(__dirname, '..', '..');

/**
 * `OfficeAddinManifest.readManifestFile`, run by Node itself: the package requires ES-only modules
 * (uuid, its JSON-manifest types), which Node 20 loads but jest's CommonJS runtime refuses.
 */
async function readManifestFile(file: string): Promise<ManifestInfo> {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((info) => process.stdout.write(JSON.stringify(info)))';
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' }));
}
const MANIFEST = join(ROOT, 'manifest.xml');

describe('manifest.xml through office-addin-manifest', () => {
  it('is an Excel task-pane add-in in Vietnamese first, asking only to read and write the workbook', async () => {
    const info = await readManifestFile(MANIFEST);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultLocale).toBe('vi-VN');
    expect(info.displayName).toBe('Chỉ tiêu Nghị quyết');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('reads the production manifest with every address moved to the deployment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-manifest-'));
    try {
      const file = join(dir, 'manifest.xml');
      const url = 'https://may-chu.tinh/chi-tieu/';
      writeFileSync(file, productionManifest(readFileSync(MANIFEST, 'utf8'), url));
      const info = await readManifestFile(file);
      expect(info.defaultSettings?.sourceLocation).toBe(`${url}taskpane.html`);
      for (const address of [info.iconUrl, info.highResolutionIconUrl, info.supportUrl]) {
        expect(address?.startsWith(url)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
