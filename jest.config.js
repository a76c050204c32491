// Unit suite: pure core, adapters and CLI under node; the task pane under jsdom.
// Browser (e2e) and LibreOffice stages have their own configs and run from .ci/run.
// Types are checked once by `tsc --noEmit` (npm run typecheck); ts-jest only transpiles, which
// keeps the suite fast on a 2-core machine.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }];

const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
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
