// Builds the preview once into test-results/e2e-build and serves it; the tests read the address
// from E2E_BASE_URL. Fails loudly, before any test, when Chromium is missing. The build is
// transpiled as production's is (Babel, ES2017 for EdgeHTML), so every browser test runs the code
// that ships; development mode only skips the minifier.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { requireChromium } = require('./chromium');
const { buildPreview } = require('./preview-build');
const { serveStatic } = require('./static-server');

module.exports = async function globalSetup() {
  requireChromium();
  const root = path.resolve(__dirname, '..', '..', '..', 'test-results', 'e2e-build');
  await buildPreview(root, 'development', { transpiled: true });
  // The real office.js from @microsoft/office-js, served as `npm start` serves it (it loads its
  // host files relative to itself, so the whole dist folder), to show what the pane does outside Office.
  const officeJs = path.join(root, 'office-js');
  fs.rmSync(officeJs, { recursive: true, force: true });
  fs.symlinkSync(path.dirname(require.resolve('@microsoft/office-js/dist/office.js')), officeJs, 'dir');
  const server = await serveStatic(root);
  process.env.E2E_BASE_URL = server.url;
  globalThis.__E2E_SERVER__ = server;
};
