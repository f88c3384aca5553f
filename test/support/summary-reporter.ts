// Ends `npm test` with what ran and what was skipped, and why: PGlite, PostgreSQL, the browser
// tests. A green run that silently skipped half the suite would prove nothing.
import type { Reporter, TestModule } from 'vitest/node';
import { CHROMIUM_PATH, hasChromium } from './browser-env';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const tests = modules.flatMap((m) => [...m.children.allTests()].map((t) => ({ file: m.moduleId, name: t.fullName, state: t.result().state })));
    const count = (pick: (t: (typeof tests)[number]) => boolean) => {
      const some = tests.filter(pick);
      return {
        passed: some.filter((t) => t.state === 'passed').length,
        failed: some.filter((t) => t.state === 'failed').length,
        skipped: some.filter((t) => t.state === 'skipped' || t.state === 'pending').length,
      };
    };
    const line = (label: string, c: { passed: number; failed: number; skipped: number }, why: string) =>
      `  ${label.padEnd(11)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${why ? ` — ${why}` : ''}`;
    const pg = count((t) => t.name.includes('[postgres]') || t.name.includes('PostgreSQL'));
    const browser = count((t) => t.file.includes('/test/browser/'));
    const pglite = count((t) => t.name.includes('[pglite]'));
    const out = [
      '',
      'What ran (test/support/summary-reporter.ts):',
      line('PGlite', pglite, ''),
      line(
        'PostgreSQL',
        pg,
        process.env.TEST_POSTGRES_SKIPPED
          ? `SKIPPED: ${process.env.TEST_POSTGRES_SKIPPED}`
          : `database: ${process.env.TEST_POSTGRES_SOURCE ?? 'TEST_DATABASE_URL'}`,
      ),
      line('browser', browser, hasChromium ? `Chromium at ${CHROMIUM_PATH}` : `SKIPPED: no Chromium at ${CHROMIUM_PATH} (Debian package "chromium")`),
      `  (REQUIRE_POSTGRES=${process.env.REQUIRE_POSTGRES ?? ''} REQUIRE_BROWSER=${process.env.REQUIRE_BROWSER ?? ''}: set to 1 to make these skips fail)`,
      '',
    ];
    console.log(out.join('\n'));
  }
}
