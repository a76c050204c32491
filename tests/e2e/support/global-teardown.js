'use strict';

module.exports = async function globalTeardown() {
  await globalThis.__E2E_SERVER__?.close();
};
