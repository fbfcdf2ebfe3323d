import { defineConfig } from 'vitest/config';

/**
 * Three suites, run in this order by `npm test` (which builds first):
 * - unit:  pure logic in src/lib, no build needed;
 * - build: assertions on the production build in dist/, plus fixture builds in temporary copies;
 * - e2e:   the built site served on 127.0.0.1 and driven in Debian's Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/require-dist.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/require-dist.ts', 'tests/helpers/e2e-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser and one server for the whole suite; files share them.
          fileParallelism: false,
        },
      },
    ],
  },
});
