import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium (and, for capture, bad input and the popup,
// in real Firefox: test/e2e/browsers.ts). One file at a time (2-core machines),
// generous timeouts for browser start-up, no fake browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // The popup and the background answer within a second on an idle machine; CI machines are
    // shared, so polls wait longer before they fail.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
