// Reads vitest's JSON report and fails when the PostgreSQL pass or the browser tests did not run:
// a green run that silently skipped them would prove nothing.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results.json', 'utf8'));
const tests = report.testResults.flatMap((file) => file.assertionResults.map((t) => ({ file: file.name, name: t.fullName, status: t.status })));
const passed = tests.filter((t) => t.status === 'passed');
const failed = tests.filter((t) => t.status === 'failed');
const skipped = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed');
const postgres = passed.filter((t) => t.name.includes('[postgres]'));
const browser = tests.filter((t) => t.file.includes('/test/browser/'));
const problems = [];
if (postgres.length === 0) problems.push('no test ran on PostgreSQL (is TEST_DATABASE_URL set?)');
if (browser.length === 0) problems.push('no browser test was found');
const browserSkipped = browser.filter((t) => t.status !== 'passed' && t.status !== 'failed');
if (browserSkipped.length > 0) problems.push(`${browserSkipped.length} browser tests were skipped (is /usr/bin/chromium installed?)`);
console.log(`PostgreSQL tests passed: ${postgres.length}; browser tests: ${browser.length}`);
console.log(`${passed.length} passed, ${failed.length} failed, ${skipped.length} skipped`);
if (failed.length > 0) problems.push(`${failed.length} tests failed`);
for (const p of problems) console.error(`CI check: ${p}`);
process.exit(problems.length ? 1 : 0);
