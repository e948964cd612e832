import { defineConfig } from 'vitest/config';

// Browser suite: real Chromium (Debian's) driven by playwright-core against `npm start`'s server and the demo build.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/e2e.json' },
    testTimeout: 60000,
    hookTimeout: 240000,
  },
});
