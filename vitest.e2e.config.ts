import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './tests/support/closingLineReporter';

// Browser end-to-end tests against the built renderer (dist-web); `npm run e2e` builds it first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time on a 2-core machine; timings are measured in here too.
    fileParallelism: false,
    reporters: ['default', new ClosingLineReporter('e2e')],
  },
});
