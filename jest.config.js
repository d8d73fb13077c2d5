/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 120_000, // property suites run thousands of cases; a loaded CI machine must not fail them on time
  // Transpile only: the test command type-checks everything with tsc first, so ts-jest need not again.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true }] },
};
