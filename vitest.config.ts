import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests that load web modules resolve the shared entries as vite.config.ts does.
  resolve: { alias: [{ find: /^@contract(?=$|\/)/, replacement: fileURLToPath(new URL('./server/contract', import.meta.url)) }] },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for a page to catch up; 1 s (the default) is too short on a loaded 2-core machine.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    // Finds PostgreSQL at 127.0.0.1:5432 (a throwaway database) unless TEST_DATABASE_URL is set.
    globalSetup: ['test/support/global-setup.ts'],
    // The last lines of every run: what ran on PGlite, PostgreSQL and in Chromium, what was skipped and why.
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
