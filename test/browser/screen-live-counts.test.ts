// The hall screen's running counts for a project ballot whose rules show them live (liveCounts):
// after each cast the 赞成/反对/弃权 per candidate follow without a reload; without liveCounts the
// screen shows turnout only (hall.test.ts). axe on the screen; a screenshot to test/artifacts/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHall, choicesFor, createBallot, newCastId, openWithCards } from '../support/ballot-fixtures';
import { hasChromium, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser';
import { startTestServer, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';

describe.skipIf(!hasChromium)('hall screen running counts (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('follows each cast per candidate when the rules allow it', async () => {
    const hall = await buildHall(server, { deputies: 5, candidates: 3, seats: 2 });
    // Running counts are shown only for a recorded (记名) ballot: a secret one shows turnout only.
    const ballot = await createBallot(hall, { liveCounts: true, secrecy: 'recorded' });
    const cards = await openWithCards(hall, ballot.id);
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1920, height: 1080 } });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/screen/${ballot.id}`);
    const table = page.locator('table.scr-eval-table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['候选项目', '赞成', '反对', '弃权']);
    const row = (i: number) => table.locator('tbody tr').nth(i).locator('td');
    const voter = server.client();
    const cast = async (k: number, pick: (i: number) => 'for' | 'against' | 'abstain') => {
      const r = await voter.post(`/api/ballots/${ballot.id}/cast`, {
        castId: newCastId(),
        token: cards[k]!.url.split('#')[1],
        choices: choicesFor(hall.candidateIds, (_, i) => pick(i)),
      });
      expect(r.status).toBe(201);
    };
    await cast(0, (i) => (i === 0 ? 'for' : i === 1 ? 'against' : 'abstain'));
    await expect.poll(() => row(0).allTextContents()).toEqual(['1', '0', '0']);
    await cast(1, (i) => (i < 2 ? 'for' : 'abstain'));
    await expect.poll(() => row(0).allTextContents()).toEqual(['2', '0', '0']);
    await expect.poll(() => row(1).allTextContents()).toEqual(['1', '1', '0']);
    await expect.poll(() => row(2).allTextContents()).toEqual(['0', '0', '2']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'screen-live-counts.png', { fullPage: false });
    await ctx.close();
  });
});
