import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // end-to-end tests spawn the built CLI; on a busy 2-core machine a spawn can take a second
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
