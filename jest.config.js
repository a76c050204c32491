// Unit suite (`npm test`): pure core, adapters and CLI under node; the task pane under jsdom.
// The fuzz, LibreOffice and browser (e2e) stages have their own configs and run from .ci/run.
const { reporters, ...common } = require('./tests/support/jest-base');

module.exports = {
  reporters,
  // Tests that build and check whole workbooks in the fake Excel take 3–6 s when both cores are
  // busy (CI runs the suite in parallel); jest's 5 s default made them fail by the clock alone.
  testTimeout: 20_000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/libreoffice/'],
    },
    {
      ...common,
      displayName: 'pane',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/jsdom-setup.ts'],
    },
  ],
};
