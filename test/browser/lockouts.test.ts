// The console's accounts page lists recent lockouts, so the secretariat sees someone guessing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, hasChromium, launchBrowser, logInThroughPage } from '../support/browser';
import { ADMIN, setUpCongress, startTestServer, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';

describe.skipIf(!hasChromium)('lockouts in the console', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    const { client } = await setUpCongress(server);
    await client.post('/api/accounts', { username: 'jianpiao', displayName: '总监票人', role: 'scrutineer', password: 'long-enough-1' });
    for (let i = 0; i < 6; i++) await server.client().post('/api/auth/login', { username: 'jianpiao', password: `guess-${i}-wrong` });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the locked account with its attempts on the accounts page', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await logInThroughPage(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(`${server.url}/console/accounts`);
    const section = page.getByTestId('lockouts');
    await section.getByRole('heading', { name: '近 24 小时被锁定的账号' }).waitFor();
    const row = section.locator('tbody tr').filter({ hasText: 'jianpiao' });
    await row.waitFor();
    expect(await row.textContent()).toContain('登录');
    expect(await row.textContent()).toContain('6');
    await expectNoSeriousA11yViolations(page, 'accounts page with lockouts');
    await context.close();
  });
});
