// Issue #13 in a real browser against a real server and database: bulk sign-in asks first with the
// quorum before and after, one deputy's sign-in does not (it is undone on its row), a phase move
// names the projects it concerns (console, 1280×800); the progress report form's messages go as soon as
// the fields are put right (department); the screening table shows every column at 1280 px; the
// annual report's wide tables say they scroll on a phone; the citizen's /verify?ballot page states
// the certified result in words and checks the ledger in the browser — 已核验 for the real export,
// 不一致 for a tampered one (served through page.route). axe-core on each page; screenshots in
// test/artifacts/clerk-*.png.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, hasChromium, launchBrowser, logInThroughPage, screenshot } from '../support/browser';
import { ADMIN, startTestServer, type TestServer } from '../support/harness';
import { buildImplementation, ok, PW, travel, type Implementation } from '../support/implementation-fixtures';
import { ensureWebBuild } from '../support/web-build';

describe.skipIf(!hasChromium)('clerk, department and citizen pages (issue #13) in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let impl: Implementation;
  let ledgerId = '';
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const url = (path: string) => server.url + path;

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(err.message));
    return p;
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    impl = await buildImplementation(server);
    await travel(server, impl, '2027-03-10T10:00');
    ledgerId = ok(await server.client().get(`/api/public/ballots/${impl.ballotId}`)).ballot.ledgerId;
    // Three of the five deputies leave the sitting: the roster is 5, 2 present, quorum 3.
    ok(await impl.admin.post(`/api/sittings/${impl.hall.sittingId}/attendance`, { deputyIds: impl.hall.deputyIds.slice(0, 3), present: false }));
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  it('console (1280×800): bulk sign-in asks first, with the roster, the present count before and after, and the quorum', async () => {
    const page = await newPage({ width: 1280, height: 800 });
    await logInThroughPage(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(url('/console/session'));
    const bulk = page.getByRole('button', { name: '将列表中 3 名未签到代表全部签到' });
    await bulk.waitFor();
    await bulk.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: '批量签到' }).waitFor();
    const said = (await dialog.textContent()) ?? '';
    expect(said, said).toContain('将 3 名代表标记为已签到。应到 5 人，实到将由 2 人变为 5 人；');
    expect(said).toMatch(/法定人数为 \d 人，签到后达到法定人数/);
    await screenshot(page, 'clerk-console-bulk-sign-in-1280.png');
    await expectNoSeriousA11yViolations(page, 'bulk sign-in dialog');
    // Cancelled: nobody was signed in.
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(page.getByTestId('present-count').textContent()).resolves.toBe('2');
    // Confirmed: all three are in.
    await bulk.click();
    await page.getByRole('dialog').getByRole('button', { name: '确认签到 3 人' }).click();
    await page.getByTestId('present-count').getByText('5').waitFor();
    // One deputy at a time does not ask: the row's button undoes it (撤销签到), as the clerk sees at once.
    await page.getByRole('button', { name: '撤销签到：代表1' }).click();
    await page.getByTestId('present-count').getByText('4').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: '签到：代表1' }).click();
    await page.getByTestId('present-count').getByText('5').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('console (1280×800): moving the year on asks first, naming the projects it concerns', async () => {
    const page = await newPage({ width: 1280, height: 800 });
    await logInThroughPage(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(url(`/console/cycles/${impl.cycleId}`));
    await page.getByRole('button', { name: '推进到“监督评议”' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: '推进到“监督评议”阶段' }).waitFor();
    const said = (await dialog.textContent()) ?? '';
    expect(said, said).toContain('进入后可对本年度 3 个项目组织满意度测评；');
    expect(said).toContain('此操作不能撤销。');
    await screenshot(page, 'clerk-console-phase-move-1280.png');
    await expectNoSeriousA11yViolations(page, 'phase move dialog');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('console (1280×800): the screening table shows every column, 状态 included, without clipping', async () => {
    const page = await newPage({ width: 1280, height: 800 });
    await logInThroughPage(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(url(`/console/cycles/${impl.cycleId}/screening`));
    await page.getByRole('columnheader', { name: '状态' }).waitFor();
    await page.locator('.table tbody tr').first().waitFor();
    const fit = await page
      .locator('.table-wrap')
      .first()
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    await screenshot(page, 'clerk-console-screening-1280.png');
    await expectNoSeriousA11yViolations(page, 'screening table');
  });

  it("department: a field's message goes once the field is right, the summary once none is left", async () => {
    const page = await newPage({ width: 1280, height: 900 });
    const deptUser = impl.logins.find(([c]) => c === impl.dept)![1];
    await logInThroughPage(page, server.url, deptUser, PW);
    await page.goto(url(`/department/projects/${impl.projects[0]!.id}`));
    const form = page.locator('#report');
    await form.getByRole('button', { name: '提交进展报告' }).click();
    const narrativeError = page.locator('.field', { has: page.getByLabel('进展情况', { exact: true }) }).locator('.field-error');
    await narrativeError.getByText('不能为空').waitFor();
    const summary = form.getByText('请修改标出的内容后再提交');
    await summary.waitFor();
    await screenshot(page, 'clerk-department-report-errors.png');
    await form.getByLabel('进展情况').fill('完成设计招标。');
    await narrativeError.waitFor({ state: 'detached' });
    // Other fields are still wrong, so the summary stays until they are right too.
    await expect(summary.count()).resolves.toBe(1);
    await form.getByLabel('完成进度', { exact: true }).fill('30');
    await form.getByLabel('累计拨付资金').fill('10');
    await summary.waitFor({ state: 'detached' });
    await expect(form.locator('.field-error').count()).resolves.toBe(0);
    await screenshot(page, 'clerk-department-report-fixed.png');
    await expectNoSeriousA11yViolations(page, 'department report form');
  });

  it('public (phone 390×844): the annual report says its wide tables scroll', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(url(`/public/cycles/${impl.cycleId}/report`));
    const hint = page.locator('.scroll-hint').first();
    await hint.waitFor();
    expect(await hint.textContent()).toContain('可左右滑动');
    const region = page.locator('.rep-table-wrap[role="region"]').first();
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    await hint.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await screenshot(page, 'clerk-public-report-phone.png', { fullPage: false });
    await expectNoSeriousA11yViolations(page, 'annual report on a phone');
  });

  it('citizen (phone 390×844): /verify?ballot states the result in words and checks the ledger: 已核验', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(url(`/verify?ballot=${impl.ballotId}`));
    const verdict = page.getByTestId('vfy-check');
    await verdict.getByText('已核验：账本与公布的结果一致').waitFor();
    expect(await page.getByTestId('vfy-certified').textContent()).toMatch(/本次表决结果已于 .+ 经 监票人1、监票人2 确认并公开/);
    const adopted = await page.getByTestId('vfy-adopted').locator('li').allTextContents();
    expect(adopted).toHaveLength(3);
    for (const [i, p] of impl.projects.entries()) expect(adopted[i]).toContain(p.title);
    expect(await page.getByText('表决确定以下 3 个项目为本年度民生实事项目：').count()).toBe(1);
    // The files and the command line are there, folded away for specialists.
    await expect(page.getByText('供专业人士：账本文件与命令行核验').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: '下载完整账本（JSON）' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'clerk-verify-ok-phone.png', { fullPage: true });
    await expectNoSeriousA11yViolations(page, 'verify page');
  });

  it('citizen: a tampered ledger export shows 不一致', async () => {
    const page = await newPage({ width: 390, height: 844 });
    const real = ok(await server.client().get(`/api/ledgers/${ledgerId}`));
    // Someone changes one recorded ballot's choices on the way.
    const cast = real.entries.findIndex((e: { kind: string }) => e.kind === 'ballot.closed');
    const tampered = structuredClone(real);
    tampered.entries[cast].data = { ...tampered.entries[cast].data, tampered: true };
    await page.route(`**/api/ledgers/${ledgerId}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(tampered) }),
    );
    await page.goto(url(`/verify?ballot=${impl.ballotId}`));
    await page.getByTestId('vfy-check').getByText('不一致：账本核验未能通过').waitFor();
    expect(await page.getByTestId('vfy-check').textContent()).toContain(`entry seq ${cast + 1}: hash mismatch`);
    await screenshot(page, 'clerk-verify-tampered-phone.png', { fullPage: true });
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
