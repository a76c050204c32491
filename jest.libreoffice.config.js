// Real-program stage: workbooks written by the xlsx adapter are recalculated and printed by
// LibreOffice headless. Slow (each soffice start costs seconds), so it is not part of `npm test`.
const base = require('./tests/support/jest-base');

module.exports = {
  displayName: 'libreoffice',
  ...base,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/libreoffice/**/*.test.ts'],
  testTimeout: 300_000,
  // Fails before any test, with the package to install, when the fonts cannot print Vietnamese.
  globalSetup: '<rootDir>/tests/libreoffice/setup/fonts.js',
  // Two soffice processes at once would compete for the machine's two cores.
  maxWorkers: 1,
};
