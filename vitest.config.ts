import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Prints once why the PostgreSQL tests are skipped, or fails at once when TEST_DATABASE_URL does not answer.
    globalSetup: ['tests/helpers/postgres-global-setup.ts'],
  },
});
