import { defineConfig } from 'vitest/config';

/** The server's whole suite, run a second time on PostgreSQL. */
const serverTests = ['tests/integration/sync-server/**/*.test.ts', 'tests/integration/sync/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'postgres', include: serverTests, env: { SERVER_TEST_DB: 'postgres' }, globalSetup: ['tests/fixtures/sync-server/postgres-cluster.ts'] },
      },
    ],
  },
});
