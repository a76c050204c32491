// The CI check on dist/ (scripts/check-es-level.js), on small builds made here: it must fail on
// exactly what blanked the pane in EdgeHTML and Trident before the build was transpiled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { checkFolder } = require('../../scripts/check-es-level') as {
  checkFolder: (folder: string) => {
    ok: boolean;
    hasBootstrap: boolean;
    results: { file: string; level: number; problem: string | null }[];
  };
};

let folder: string;

function write(name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
  fs.writeFileSync(path.join(folder, name), text);
}

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-es-level-'));
  write('legacy-guard.0123abcd.js', "(function () { 'use strict'; var a = 1; })();");
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

it('passes ES2017 bundles (async functions, exponent, trailing commas) and an ES5 bootstrap', () => {
  write('taskpane.1.js', 'const f = async (o, p,) => ({ n: (await o.n) ** 2, p });');
  expect(checkFolder(folder).ok).toBe(true);
});

it.each([
  ['`??` (ES2020), as in the commands and result bundles before', 'const a = b ?? 1;'],
  ['a class static block (ES2022), as in Fluent’s tabster before', 'class A { static { this.x = 1; } }'],
  ['optional chaining (ES2020)', 'const a = b?.c;'],
  ['optional catch binding (ES2019)', 'try { f(); } catch { g(); }'],
  ['object spread (ES2018)', 'const a = { ...b };'],
])('fails a bundle with %s, naming the file and the place', (_what, code) => {
  write('taskpane.1.js', code);
  const { ok, results } = checkFolder(folder);
  expect(ok).toBe(false);
  expect(results.find((r) => r.file === 'taskpane.1.js')?.problem).toMatch(/\(1:\d+\) near /);
});

it('holds the bootstrap to ES5 and requires it', () => {
  fs.rmSync(path.join(folder, 'legacy-guard.0123abcd.js'));
  write('taskpane.1.js', 'var a = 1;');
  expect(checkFolder(folder)).toMatchObject({ ok: false, hasBootstrap: false });
  write('legacy-guard.0123abcd.js', 'let a = () => 1;');
  const { ok, results } = checkFolder(folder);
  expect(ok).toBe(false);
  expect(results.find((r) => r.file.startsWith('legacy-guard'))).toMatchObject({ level: 5 });
});

it('skips Microsoft’s office.js folder of a development build and nothing else', () => {
  write('office-js/office.js', 'const a = b ?? 1;');
  write('sub/late.js', 'const a = b ?? 1;');
  const { ok, results } = checkFolder(folder);
  expect(results.map((r) => r.file)).not.toContain(path.join('office-js', 'office.js'));
  expect(ok).toBe(false);
});
