// What every jest configuration of the project shares: TypeScript through ts-jest (types are
// checked once by `tsc --noEmit`; with `isolatedModules` in tsconfig.json ts-jest only transpiles,
// which keeps the suites fast on a 2-core machine) and the closing "N passed, N failed" line.
module.exports = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
