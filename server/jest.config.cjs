/**
 * Three tiers in one run (one embedded PostgreSQL for all of them):
 *   unit         src/**\/*.spec.ts       nothing outside the unit
 *   integration  **\/*.int-spec.ts       real PostgreSQL, migrations, repositories, services
 *   e2e          test/**\/*.e2e-spec.ts  the whole app over HTTP
 * Pick tiers with `--selectProjects unit integration e2e`.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // `feed` ships only as an ES module; Node requires it natively, Jest's CommonJS runtime needs it compiled.
  transform: { '^.+\\.ts$': swc, '^.+/node_modules/feed/.+\\.js$': swc },
  // Workspace packages are tested from source; their ESM-style ".js" imports map to the .ts files.
  moduleNameMapper: {
    '^@commonroom/contracts$': '<rootDir>/../packages/contracts/src/index.ts',
    '^@commonroom/infra$': '<rootDir>/../infra/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transformIgnorePatterns: ['/node_modules/(?!feed/)'],
};

module.exports = {
  // Generous for e2e tests that start real processes; unit tests finish in milliseconds anyway.
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
    },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
