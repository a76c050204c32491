// Fuzz stage: the number parser, the template loader and the .xlsx reader each take at least
// 10,000 generated inputs. Not part of `npm test` (files are `*.fuzz.ts`): run `npm run test:fuzz`.
// A failure prints fast-check's seed and path; replay it with FUZZ_SEED=<seed> (and FUZZ_PATH).
const base = require('./tests/support/jest-base');

module.exports = {
  displayName: 'fuzz',
  ...base,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/fuzz/**/*.fuzz.ts'],
  testTimeout: 300_000,
  // Two workers for the machine's two cores; the xlsx file is the longest and starts first.
  maxWorkers: 2,
};
