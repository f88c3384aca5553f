// Phase 3 for the secretariat and the deputies, in a real browser against a real server and
// database: the secretariat sets one project's reporting cadence to quarterly (pending until the
// next quarter), forms a supervision group with a leader and a member for two projects; the
// member, on a phone, sees the supervised projects and records a 督办建议, while a deputy outside
// the group gets no form; the secretariat sees it unanswered; a department's change request (made
// through the API) is approved with its 文号 and the project shows the new budget and deadline;
// a scrutineer reads the same pages without any action. axe-core on each page; screenshots in
// test/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, expectNoSeriousA11yViolations, logInThroughPage } from '../support/browser';
import { ADMIN, startTestServer, type TestServer } from '../support/harness';
import { buildImplementation, deputyAccount, ok, PW, travel, type Implementation } from '../support/implementation-fixtures';
import { ensureWebBuild } from '../support/web-build';

const SUGGESTION = '建议加快施工进度，雨季前完成主体工程，并在工地设置安全围挡。';
const DECISION_NO = '某人常〔2027〕5号';

describe.skipIf(!hasChromium)('phase 3 console and deputy supervision in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let impl: Implementation;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let p1 = '';
  let p2 = '';

  const url = (path: string) => server.url + path;

  async function newPage(opts: { phone?: boolean } = {}): Promise<Page> {
    // bypassCSP: axe-core is injected as an inline script, which the app's CSP rightly forbids.
    const ctx = await browser.newContext({
      bypassCSP: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...(opts.phone
        ? { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
        : { viewport: { width: 1280, height: 860 } }),
    });
    // The browser's "today" (form defaults, days waiting) is the server's.
    await ctx.clock.setFixedTime(server.clock.now);
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(err.message));
    return p;
  }

  const login = (p: Page, username: string, password = PW) => logInThroughPage(p, server.url, username, password);

  /** Nothing sticks out sideways on a phone. */
  async function expectNoSidewaysScroll(p: Page, where: string) {
    // Against the screen: a mobile browser widens its layout viewport to fit content that overflows.
    const wide = await p.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => {
          if (e.getBoundingClientRect().right <= window.screen.width + 1 || getComputedStyle(e).position === 'fixed') return false;
          // Inside a box that scrolls or clips sideways (a table, the tabs) is fine.
          for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return false;
          }
          return true;
        })
        .map((e) => `${e.tagName}.${e.className}`)
        .slice(0, 5),
    );
    expect(wide, where).toEqual([]);
    expect(await p.evaluate(() => document.documentElement.scrollWidth - window.screen.width), where).toBeLessThanOrEqual(0);
  }

  const rowOf = (p: Page, title: string) => p.getByRole('row').filter({ has: p.getByRole('link', { name: title, exact: true }) });

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    impl = await buildImplementation(server);
    [p1, p2] = impl.projects.map((p) => p.id) as [string, string];
    await deputyAccount(server, impl, 0, 'daibiao1');
    await deputyAccount(server, impl, 1, 'daibiao2');
    await deputyAccount(server, impl, 2, 'daibiao3');
    // Implementation began 2027-01-15; in February the first monthly period is under way, so a
    // quarterly cadence waits for the next quarter.
    await travel(server, impl, '2027-02-10T10:00');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  let admin: Page;

  it("shows the cycle's projects and sets one project's cadence to quarterly, pending until April", async () => {
    admin = await newPage();
    await login(admin, ADMIN.username, ADMIN.password);
    await admin.goto(url(`/console/cycles/${impl.cycleId}`));
    const card = admin.getByRole('region', { name: '组织实施与监督' });
    await expect.poll(() => card.getByRole('link', { name: /个项目/ }).innerText()).toMatch(/^3\s*个项目$/);
    await card.getByRole('link', { name: /个项目/ }).click();
    await admin.waitForURL(`**/console/cycles/${impl.cycleId}/projects`);
    await admin.getByText('共 3 个项目').waitFor();
    for (const p of impl.projects) await rowOf(admin, p.title).waitFor();
    // Budgets of the fixture: 100, 200 and 300 万元, nothing disbursed; each reports monthly.
    await expect.poll(() => rowOf(admin, '候选项目2').innerText()).toContain('0 / 200');
    expect(await rowOf(admin, '候选项目1').innerText()).toContain('按月报送');

    await admin.getByRole('checkbox', { name: '选择“候选项目1”' }).check();
    await admin.getByText('已选 1 个项目').waitFor();
    await admin.getByLabel('设为').selectOption({ label: '按季度报送' });
    await admin.getByRole('region', { name: '报送周期' }).getByRole('button', { name: '设置报送周期' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText('自下一个季度起生效').waitFor();
    await dialog.getByRole('button', { name: '设置报送周期' }).click();
    await admin.getByText('已为 1 个项目设置“按季度报送”，自下一个季度起生效').waitFor();
    // Still monthly for the month under way, quarterly from April.
    await expect.poll(() => rowOf(admin, '候选项目1').innerText()).toContain('2027-04-01 起按季度报送');
    expect(await rowOf(admin, '候选项目1').innerText()).toContain('按月报送');
    expect(await rowOf(admin, '候选项目2').innerText()).not.toContain('按季度');
    const detail = ok(await impl.admin.get(`/api/projects/${p1}`));
    expect(detail.project).toMatchObject({ cadence: 'monthly', pendingCadence: { cadence: 'quarterly', from: '2027-04-01' } });

    // Filters: "overdue only" gives none (February's report is not due yet).
    await admin.getByLabel('只看逾期未报').check();
    await admin.getByText('没有符合筛选条件的项目。').waitFor();
    await admin.getByLabel('只看逾期未报').uncheck();
    await rowOf(admin, '候选项目3').waitFor();
    await expectNoSeriousA11yViolations(admin, 'console projects');
    await screenshot(admin, 'supervision-console-projects.png');
  });

  it('forms a supervision group with a leader and a member for two projects', async () => {
    await admin
      .getByRole('navigation', { name: '组织实施' })
      .getByRole('link', { name: /代表监督/ })
      .click();
    await admin.waitForURL(`**/console/cycles/${impl.cycleId}/supervision`);
    await admin.getByText('还没有监督小组').waitFor();
    await admin.getByRole('button', { name: '组建监督小组' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('小组名称').fill('城关镇项目监督小组');
    const leader = dialog.getByRole('group', { name: '组长' });
    await leader.getByLabel('搜索代表').fill('代表1');
    await expect.poll(() => leader.getByLabel('请选择代表').locator('option').allInnerTexts()).toContain('代表1（1，城关镇代表团）');
    await leader.getByLabel('请选择代表').selectOption({ label: '代表1（1，城关镇代表团）' });
    await dialog.getByText('组长：代表1').waitFor();
    const add = dialog.getByRole('group', { name: '添加组员' });
    await add.getByLabel('搜索代表').fill('代表2');
    await expect.poll(() => add.getByLabel('请选择代表').locator('option').allInnerTexts()).toContain('代表2（2，城关镇代表团）');
    await add.getByLabel('请选择代表').selectOption({ label: '代表2（2，城关镇代表团）' });
    await dialog.getByRole('button', { name: '移除组员 代表2' }).waitFor();
    // Nothing watched yet: the form says so before sending.
    await dialog.getByRole('button', { name: '组建监督小组' }).click();
    await dialog.getByText('请至少选择一个项目').waitFor();
    await dialog.getByRole('checkbox', { name: /候选项目1/ }).check();
    await dialog.getByRole('checkbox', { name: /候选项目2/ }).check();
    await expectNoSeriousA11yViolations(admin, 'group dialog');
    await screenshot(admin, 'supervision-group-dialog.png');
    await dialog.getByRole('button', { name: '组建监督小组' }).click();
    await admin.getByText('已组建“城关镇项目监督小组”').waitFor();
    const group = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: '城关镇项目监督小组' }) });
    await group.getByRole('link', { name: '候选项目1' }).waitFor();
    const text = await group.innerText();
    expect(text).toContain('代表1');
    expect(text).toContain('代表2');
    expect(text).toContain('候选项目2');
    expect(text).not.toContain('候选项目3');
    const groups = ok(await impl.admin.get(`/api/cycles/${impl.cycleId}/supervision-groups`)).groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ leader: { name: '代表1' }, members: [{ name: '代表2' }], category: null });
    expect(groups[0].projects.map((x: { id: string }) => x.id).sort()).toEqual([p1, p2].sort());
  });

  it('lets a member record a 督办建议 on a phone; a deputy outside the group gets no form', async () => {
    const phone = await newPage({ phone: true });
    await login(phone, 'daibiao2');
    await phone.goto(url('/deputy/projects'));
    const mine = phone.getByRole('region', { name: '我参加监督的项目' });
    await mine.getByRole('link', { name: /候选项目1/ }).waitFor();
    await mine.getByRole('link', { name: /候选项目2/ }).waitFor();
    expect(await mine.getByRole('link', { name: /候选项目3/ }).count()).toBe(0);
    // Every project of the year below.
    await phone
      .getByRole('region', { name: /全部项目/ })
      .getByRole('link', { name: /候选项目3/ })
      .waitFor();
    await expectNoSidewaysScroll(phone, 'deputy projects');
    await expectNoSeriousA11yViolations(phone, 'deputy projects');
    await screenshot(phone, 'supervision-deputy-projects-phone.png');

    await mine.getByRole('link', { name: /候选项目1/ }).click();
    await phone.waitForURL(`**/deputy/projects/${p1}`);
    const form = phone.getByRole('region', { name: '记录视察、询问或督办建议' });
    await form.getByText('以“城关镇项目监督小组”组员身份记录').waitFor();
    // The form asks for what is missing before sending.
    await form.getByRole('button', { name: '提交记录' }).click();
    await form.getByText('请选择类型').waitFor();
    await form.getByRole('radio', { name: /督办建议/ }).check();
    expect(await form.getByLabel('日期').inputValue()).toBe('2027-02-10');
    await form.getByLabel('内容').fill(SUGGESTION);
    // Touch targets: the radios and the button are at least 44 px tall.
    const heights = await form.evaluate((el) => [...el.querySelectorAll('.radio, button[type=submit]')].map((x) => x.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    await screenshot(phone, 'supervision-deputy-form-phone.png', { fullPage: false });
    await form.getByRole('button', { name: '提交记录' }).click();
    await phone.getByText('已记录，等待责任单位答复').waitFor();
    const my = phone.getByRole('region', { name: '我的记录' });
    await my.getByText(SUGGESTION).waitFor();
    expect(await my.innerText()).toContain('未答复');
    await expectNoSidewaysScroll(phone, 'deputy project');
    await expectNoSeriousA11yViolations(phone, 'deputy project');
    await screenshot(phone, 'supervision-deputy-project-phone.png');

    const items = ok(await impl.admin.get(`/api/supervision-items?projectId=${p1}`)).items;
    expect(items).toMatchObject([
      { kind: 'recommendation', occurredOn: '2027-02-10', text: SUGGESTION, recordedBy: { name: '代表2' }, answer: null },
    ]);

    const outsider = await newPage({ phone: true });
    await login(outsider, 'daibiao3');
    await outsider.goto(url(`/deputy/projects/${p1}`));
    await outsider.getByText('您所在的监督小组不负责该项目：可以查看，不能记录。').waitFor();
    expect(await outsider.getByRole('button', { name: '提交记录' }).count()).toBe(0);
    // The record itself is there to read.
    await outsider.getByRole('heading', { level: 1, name: '候选项目1' }).waitFor();
    await outsider.goto(url('/deputy/projects'));
    await outsider.getByText('您目前不在任何监督小组中。').waitFor();
  });

  it('shows the secretariat the item as unanswered, with the days it has waited', async () => {
    // Three days later (sessions idle that long have ended: log in again).
    await travel(server, impl, '2027-02-13T10:00');
    await admin.context().clock.setFixedTime(server.clock.now);
    await login(admin, ADMIN.username, ADMIN.password);
    await admin.goto(url(`/console/cycles/${impl.cycleId}/supervision`));
    await admin.getByRole('button', { name: /^未答复/ }).click();
    const item = admin.getByRole('listitem').filter({ hasText: SUGGESTION });
    await item.waitFor();
    const text = await item.innerText();
    expect(text).toContain('督办建议');
    expect(text).toContain('候选项目1');
    expect(text).toContain('代表2 记录');
    expect(text).toContain('已等待 3 天');
    // The tab counts it too.
    await expect
      .poll(() =>
        admin
          .getByRole('navigation', { name: '组织实施' })
          .getByRole('link', { name: /代表监督/ })
          .innerText(),
      )
      .toMatch(/1/);
    await expectNoSeriousA11yViolations(admin, 'console supervision');
    await screenshot(admin, 'supervision-console-supervision.png');
  });

  it("records the standing committee's approval of a change request; the project then has the new budget and deadline", async () => {
    ok(
      await impl.dept.post(`/api/projects/${p2}/changes`, {
        kind: 'adjust',
        reason: '因增加无障碍设施，预算增加50万元，工期延长半年。',
        adjust: { budgetYuan: 2_500_000, funding: [{ source: 'local_fiscal', amountYuan: 2_500_000 }], deadline: '2028-06-30' },
      }),
      201,
    );
    await admin.goto(url(`/console/cycles/${impl.cycleId}/changes`));
    const card = admin.getByRole('article', { name: /候选项目2/ });
    await card.getByText('待常委会决定').waitFor();
    // Old → new, side by side.
    await expect.poll(() => card.getByRole('row', { name: /项目预算/ }).innerText()).toMatch(/200 万元\s+250 万元/);
    expect(await card.getByRole('row', { name: /完成时限/ }).innerText()).toMatch(/2027-12-31\s+2028-06-30/);
    await expectNoSeriousA11yViolations(admin, 'console changes');
    await screenshot(admin, 'supervision-console-changes.png');

    await card.getByRole('button', { name: '记录常委会决定' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^批准/ }).check();
    expect(await dialog.getByLabel('决定日期').inputValue()).toBe('2027-02-13');
    await dialog.getByLabel('决定文号').fill(DECISION_NO);
    await dialog.getByRole('button', { name: '下一步：确认' }).click();
    await dialog.getByText('批准后，项目将立即按下列内容变更，决定将作为公告公开发布').waitFor();
    await expectNoSeriousA11yViolations(admin, 'decision confirmation');
    await screenshot(admin, 'supervision-decision-confirm.png');
    await dialog.getByRole('button', { name: '确认批准并公布' }).click();
    await admin.getByText('已记录批准决定，“候选项目2”已按决定变更并公布').waitFor();
    await card.getByText('已批准').waitFor();
    await card.getByText(DECISION_NO).waitFor();

    await card.getByRole('link', { name: '候选项目2' }).click();
    await admin.waitForURL(`**/console/projects/${p2}`);
    const terms = admin.locator('#rec-terms');
    await terms.waitFor();
    await expect.poll(() => terms.innerText()).toContain('2028-06-30');
    expect(await terms.innerText()).toContain('250 万元');
    const notices = ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/notices`));
    expect(JSON.stringify(notices)).toContain(DECISION_NO);
    await expectNoSeriousA11yViolations(admin, 'console project');
    await screenshot(admin, 'supervision-console-project.png');
  });

  it('lets a scrutineer read every page without any action', async () => {
    const s = await newPage();
    await login(s, 'jianpiao1');
    await s.goto(url(`/console/cycles/${impl.cycleId}/projects`));
    await rowOf(s, '候选项目1').waitFor();
    await s.getByText('只读：监票人可以查看，不能修改。').waitFor();
    expect(await s.getByRole('checkbox', { name: /选择“/ }).count()).toBe(0);
    expect(await s.getByRole('button', { name: '设置报送周期' }).count()).toBe(0);
    expect(await rowOf(s, '候选项目1').innerText()).toContain('2027-04-01 起按季度报送');

    await s.goto(url(`/console/cycles/${impl.cycleId}/supervision`));
    await s.getByRole('heading', { name: '城关镇项目监督小组' }).waitFor();
    await s.getByText(SUGGESTION).waitFor();
    expect(await s.getByRole('button', { name: '组建监督小组' }).count()).toBe(0);
    expect(await s.getByRole('button', { name: /编辑/ }).count()).toBe(0);

    await s.goto(url(`/console/cycles/${impl.cycleId}/changes`));
    await s.getByText(DECISION_NO).waitFor();
    expect(await s.getByRole('button', { name: '记录常委会决定' }).count()).toBe(0);

    await s.goto(url(`/console/projects/${p1}`));
    await s.getByRole('heading', { level: 1, name: '候选项目1' }).waitFor();
    await s.locator('#rec-supervision').getByText(SUGGESTION).waitFor();
    for (const name of ['代为制定实施计划', '代监督小组记录', /改为/]) {
      expect(await s.getByRole('button', { name }).count()).toBe(0);
    }

    // The changes page on a phone: old → new reads as blocks, nothing sticks out sideways.
    const sp = await newPage({ phone: true });
    await login(sp, 'jianpiao1');
    await sp.goto(url(`/console/cycles/${impl.cycleId}/changes`));
    await sp.getByText(DECISION_NO).waitFor();
    await expectNoSidewaysScroll(sp, 'changes on a phone');
    await screenshot(sp, 'supervision-console-changes-phone.png');

    await s.goto(url(`/console/cycles/${impl.cycleId}/rectifications`));
    await s.getByText('没有整改通知').waitFor();
    await expectNoSeriousA11yViolations(s, 'console rectifications');
    await screenshot(s, 'supervision-console-rectifications.png');
    expect(pageErrors).toEqual([]);
  });
});
