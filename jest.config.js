/** Type-checking happens once in `npm test` (tsc --noEmit); ts-jest only transpiles, so suites start fast. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // A guard against a hang, not a speed target (speed lives in `npm run bench`): two workers share
  // two cores with PostgreSQL and Chromium, where a spec that takes 20 s alone has taken 85 s.
  testTimeout: 180_000,
  maxWorkers: 2,
};
