// Real-program stage: workbooks written by the xlsx adapter are recalculated and printed by
// LibreOffice headless. Slow (each soffice start costs seconds), so it is not part of `npm test`.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

module.exports = {
  displayName: 'libreoffice',
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/tests/libreoffice/**/*.test.ts'],
  testTimeout: 300_000,
  // Two soffice processes at once would compete for the machine's two cores.
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
