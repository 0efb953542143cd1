import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure modules and the background against fake-indexeddb and WXT's fake browser.
// The end-to-end suite (real Chromium) has its own config, vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'lib/**/*.test.ts', 'components/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    // Generous: some tests spawn the CLIs (tsx start-up) and CI machines are shared. These are
    // limits against hangs, not timed assertions.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
