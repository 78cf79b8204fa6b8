import { defineConfig } from 'vitest/config';

// The integration suite runs once on PGlite and, when TANDEM_TEST_DATABASE_URL is set, again on PostgreSQL.
const integration = ['test/integration/**/*.test.ts', 'src/server/**/*.int.test.ts'];
const engines = ['pglite', ...(process.env.TANDEM_TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts', 'node_modules/**'] } },
      ...engines.map((engine) => ({
        test: { name: `integration:${engine}`, include: integration, env: { TANDEM_TEST_ENGINE: engine }, fileParallelism: engine === 'postgres' },
      })),
    ],
  },
});
