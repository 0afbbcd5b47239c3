import { defineConfig } from 'vitest/config';

// Browser tests: the real server on a fresh embedded PostgreSQL, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    passWithNoTests: true,
  },
});
