// What every jest configuration of the project shares: TypeScript through ts-jest (types are
// checked once by `tsc --noEmit`; with `isolatedModules` in tsconfig.json ts-jest only transpiles,
// which keeps the suites fast on a 2-core machine), the English catalog, and the closing "N passed, N failed" line.
module.exports = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The English catalog, as every face but the task pane loads it (src/core/i18n/catalog.ts).
  setupFiles: ['<rootDir>/tests/support/english.ts'],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
