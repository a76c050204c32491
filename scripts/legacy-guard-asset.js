// The bootstrap shipped as one ES5 file (src/bootstrap): its message catalog and its logic inside
// one function, so nothing but window.onerror and the command fallback reaches the page's globals.
// Named by its content so Office's cache never serves a stale copy.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const SOURCES = ['legacy-messages.js', 'legacy-guard.js'].map((name) =>
  path.resolve(__dirname, '..', 'src', 'bootstrap', name),
);

/** { fileName, source, files } of the bootstrap as the pages load it. */
function legacyGuardAsset() {
  const parts = SOURCES.map((file) => fs.readFileSync(file, 'utf8'));
  const source = `(function () {\n'use strict';\n${parts.join('\n')}\n})();\n`;
  const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { fileName: `legacy-guard.${hash}.js`, source, files: SOURCES };
}

module.exports = { legacyGuardAsset };
