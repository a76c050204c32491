// Where the end-to-end tests find Chromium: Debian's package, never a downloaded browser.
'use strict';
const fs = require('node:fs');

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Throws a message that says what to install when the browser is not there. */
function requireChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the end-to-end tests cannot run. ` +
        'Install it with `apt-get install -y chromium` (Debian), or set E2E_CHROMIUM to its path.',
    );
  }
  return CHROMIUM;
}

module.exports = { CHROMIUM, requireChromium };
