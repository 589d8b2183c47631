import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox. Run after both builds.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
