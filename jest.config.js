// Four projects: unit (pure rules, no servers), integration (*.int.test.ts, real FerretDB/MongoDB and
// RabbitMQ) and system (starts the built processes; run in band) — `make test` runs these three — and
// faults (the fault suite under load, minutes long: `make faults`).
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };
const moduleNameMapper = { '^@ejournal/(contracts|kit|testing|launcher|read-models|school-rules|printing)$': '<rootDir>/libs/$1/src' };
const common = { transform, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };
const roots = ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/deploy', '<rootDir>/test'];

module.exports = {
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', roots, testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '/test/system/', '/test/faults/', '/node_modules/', '/dist/'] },
    { ...common, displayName: 'integration', roots, globalSetup: '<rootDir>/test/integration.setup.ts', testMatch: ['**/*.int.test.ts'], testPathIgnorePatterns: ['/test/system/', '/test/faults/', '/node_modules/', '/dist/'] },
    { ...common, displayName: 'system', roots: ['<rootDir>/test/system'], testMatch: ['**/*.test.ts'], globalSetup: '<rootDir>/test/system/shared-platform.setup.ts', globalTeardown: '<rootDir>/test/system/shared-platform.teardown.ts' },
    { ...common, displayName: 'faults', roots: ['<rootDir>/test/faults'], testMatch: ['**/*.test.ts'] },
  ],
};
