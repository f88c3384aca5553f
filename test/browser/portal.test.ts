// The public portal in Chromium (issue #13): "/" without a session and /public list each congress
// and its years; a year's readable address (/public/<code>/<year>) leads to what is current — the
// suggestion form in solicitation; the progress, the results, the candidate list and the report in
// implementation — each reached by its link from the portal, on a phone (390×844) and a desktop
// (1280×800), with axe-core and screenshots; unknown addresses say so; the old id address leads on.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCongress } from '../../server/core/setup/congress.service';
import { hasChromium, launchBrowser, logInThroughPage, screenshot, seriousA11yViolations } from '../support/browser';
import { ADMIN, startTestServer, type TestServer } from '../support/harness';
import { buildImplementation, ok, PW, type Implementation } from '../support/implementation-fixtures';
import { ensureWebBuild } from '../support/web-build';

const CODE = 'mou-xian';
const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const;

describe.skipIf(!hasChromium)('public portal in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let impl: Implementation;
  let congressId = '';
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    impl = await buildImplementation(server);
    ok(await impl.admin.request('PUT', '/api/congress/public-code', { code: CODE }));
    congressId = ok(await impl.admin.get('/api/auth/me')).congress.id;
    // The next year, taking suggestions now (the test clock stands at 2027-01-15).
    ok(
      await impl.admin.post('/api/cycles', { title: '2028年民生实事项目', year: 2028, opensOn: '2027-01-01', closesOn: '2027-03-31', seats: 3 }),
      201,
    );
    await addCongress(
      server.deps.db,
      {
        congress: { name: '邻县人民代表大会', jurisdiction: '邻县', level: 'county', code: 'lin-xian' },
        admin: { username: 'linxian', displayName: '邻县秘书处', password: PW },
      },
      server.clock.read(),
    );
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  async function open(kind: keyof typeof VIEWPORTS, path: string): Promise<Page> {
    // bypassCSP: axe-core is injected as an inline script, which the app's CSP rightly forbids.
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...VIEWPORTS[kind] });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url + path);
    return page;
  }

  async function check(page: Page, kind: keyof typeof VIEWPORTS, name: string) {
    expect(await seriousA11yViolations(page), name).toEqual([]);
    // Nothing spills sideways on a phone.
    if (kind === 'phone') expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
    await screenshot(page, `portal-${name}-${kind}.png`);
  }

  describe.each(['phone', 'desktop'] as const)('on a %s', (kind) => {
    it('"/" without a session is the portal: congresses, their years and what is current, and 工作人员登录', async () => {
      const page = await open(kind, '/');
      await page.getByRole('heading', { level: 1, name: '民生实事项目公开' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await expect.poll(() => page.title()).toBe('民生实事项目公开 · 民生实事项目票决系统');
      const mine = page.locator('section', { has: page.getByRole('heading', { level: 2, name: '某县人民代表大会' }) });
      expect(await mine.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['2028年民生实事项目', '2027年民生实事项目']);
      const y2028 = mine.getByRole('listitem').filter({ hasText: '2028年' });
      expect(await y2028.getByRole('link').allTextContents()).toEqual(['2028年民生实事项目', '提出项目建议']);
      const y2027 = mine.getByRole('listitem').filter({ hasText: '2027年' });
      expect(await y2027.getByRole('link').allTextContents()).toEqual(['2027年民生实事项目', '实施进展', '票决结果', '候选项目名单', '年度报告']);
      await page.getByText('本级人大尚未开始民生实事项目的年度工作。').waitFor();
      await check(page, kind, 'home');

      await page.getByRole('link', { name: '工作人员登录' }).click();
      await page.waitForURL('**/login');
      await page.getByRole('heading', { name: '登录' }).waitFor();
    });

    it('/public is the same portal, and the language switch gives it in English', async () => {
      const page = await open(kind, '/public');
      await page.getByRole('heading', { level: 1, name: '民生实事项目公开' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Livelihood projects in public' }).waitFor();
      await page.getByRole('link', { name: 'Staff login' }).waitFor();
      await page.getByRole('link', { name: 'Suggest a project' }).waitFor();
      await check(page, kind, 'public-en');
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { level: 1, name: '民生实事项目公开' }).waitFor();
    });

    it('a year in solicitation leads to the suggestion form at a readable address', async () => {
      const page = await open(kind, '/public');
      await page.getByRole('link', { name: '2028年民生实事项目' }).click();
      await page.waitForURL(`**/public/${CODE}/2028`);
      await page.getByRole('heading', { level: 1, name: '2028年民生实事项目' }).waitFor();
      await expect.poll(() => page.title()).toBe('2028年民生实事项目 · 某县人民代表大会');
      await page.getByText(`本页地址：${server.url}/public/${CODE}/2028`).waitFor();
      await check(page, kind, 'year-2028');
      await page.getByRole('link', { name: '提出项目建议' }).click();
      await page.waitForURL(`**/public/${CODE}/2028/suggest`);
      await page.getByLabel('建议标题').waitFor();
      await check(page, kind, 'suggest');
    });

    it('a year in implementation leads to its progress, results, candidate list and report, each from the portal', async () => {
      const targets = [
        { link: '实施进展', path: `/public/${CODE}/2027/overview`, shows: () => ['heading', '2027年民生实事项目'] as const },
        { link: '票决结果', path: `/public/${CODE}/2027/overview#results`, shows: () => ['heading', '代表票决结果'] as const },
        { link: '候选项目名单', path: `/public/${CODE}/2027/candidates`, shows: () => ['heading', '候选项目名单'] as const },
        { link: '年度报告', path: `/public/${CODE}/2027/report`, shows: () => ['heading', '某县2027年民生实事项目实施情况报告'] as const },
      ];
      for (const target of targets) {
        const page = await open(kind, '/');
        const y2027 = page.getByRole('listitem').filter({ hasText: '2027年民生实事项目' });
        await y2027.getByRole('link', { name: target.link }).click();
        await page.waitForURL((u) => u.pathname + u.hash === target.path);
        const [, name] = target.shows();
        await page.getByRole('heading', { name, exact: true }).first().waitFor();
        if (target.link === '票决结果') await expect.poll(() => page.locator('#results').isVisible()).toBe(true);
        if (target.link === '实施进展') {
          // The pages under the year link to each other by the readable address too.
          expect(await page.getByRole('navigation', { name: '本年度项目' }).getByRole('link', { name: '项目清单' }).getAttribute('href')).toBe(
            `/public/${CODE}/2027/projects`,
          );
        }
        await check(page, kind, `2027-${target.path.split('/').pop()!.replace('#', '-')}`);
        await page.context().close();
      }
    });

    it('the year page says what is current, and the old id address leads on to the code', async () => {
      const page = await open(kind, `/public/${CODE}/2027`);
      await page.getByRole('heading', { level: 2, name: '现在可以' }).waitFor();
      expect(await page.locator('.portal-now').getByRole('link').allTextContents()).toEqual(['实施进展', '票决结果', '候选项目名单', '年度报告']);
      await check(page, kind, 'year-2027');
      await page.goto(`${server.url}/public/c/${congressId}`);
      await page.waitForURL(`**/public/${CODE}`);
      await page.getByRole('heading', { level: 1, name: '某县人民代表大会' }).waitFor();
      await check(page, kind, 'congress');
    });

    it('an unknown congress, a malformed code or a year without a cycle says so and leads back', async () => {
      for (const path of ['/public/no-such-county', `/public/${CODE}/1999`, '/public/Bad_Code/2027', `/public/${CODE}/abcd`]) {
        const page = await open(kind, path);
        await page.getByRole('heading', { level: 1, name: '未找到该页面' }).waitFor();
        await page.getByRole('link', { name: '公开首页' }).waitFor();
        if (path === '/public/no-such-county') await check(page, kind, 'not-found');
        await page.context().close();
      }
    });
  });

  it("shows the secretariat the congress's public address on the console's cycles page, fixed once chosen and a year is opened", async () => {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...VIEWPORTS.desktop });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await logInThroughPage(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(`${server.url}/console/cycles`);
    const card = page.locator('section', { has: page.getByRole('heading', { name: '公开地址' }) });
    await card.getByRole('link', { name: `${server.url}/public/${CODE}` }).waitFor();
    await card.getByText('公开代码已在公开页面的地址中使用，不能再更改。').waitFor();
    expect(await card.getByLabel('公开代码').count()).toBe(0);
    expect(await seriousA11yViolations(page), 'console cycles').toEqual([]);
    await screenshot(page, 'portal-console-code-desktop.png');
  });

  it('threw no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
