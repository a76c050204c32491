// Browser stage: the preview page (src/preview) built once, served statically on a free localhost
// port, and driven in Debian's Chromium through playwright-core (never a downloaded browser).
// Not part of `npm test`: run with `npm run test:e2e` (and from .ci/run).
const base = require('./tests/support/jest-base');

module.exports = {
  displayName: 'e2e',
  ...base,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/e2e/support/global-setup.js',
  globalTeardown: '<rootDir>/tests/e2e/support/global-teardown.js',
  testTimeout: 300_000,
  // One browser at a time on a 2-core machine; the flow's steps depend on each other anyway.
  maxWorkers: 1,
};
