import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit, integration (jsdom + MSW) and contract suites. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'data/**/*.test.ts',
      'server/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'tests/contract/**/*.test.ts',
      'tests/integration/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
    testTimeout: 20000,
  },
});
