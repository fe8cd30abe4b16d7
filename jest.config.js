/** Jest runs the TypeScript sources directly (ts-jest, ESM). Type checking is `npm run typecheck`. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testPathIgnorePatterns: [
    '/node_modules/',
    // Helpers shared by test files, not tests themselves.
    '<rootDir>/__tests__/support/',
  ],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The bundle aliases cross-fetch (pdjs) to this shim (the adapters' transport); tests run the same code path.
    '^cross-fetch$': '<rootDir>/src/pagerduty/cross-fetch-shim.cjs',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/cli.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: { global: { lines: 90, statements: 90, functions: 90, branches: 80 } },
  testTimeout: 20000,
};
