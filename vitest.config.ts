import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './tests/support/closingLineReporter';

// Unit tests (sim, main, renderer logic). Browser end-to-end tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/sim/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default', new ClosingLineReporter('unit')],
  },
});
