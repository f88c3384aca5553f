// Phase 3 组织实施 as the responsible department (责任单位) works it, in a real browser against a real
// server and database: the home page says what needs action; the project list puts the project with
// a missed report and an unanswered supervision item first; on the project page the department
// sets the plan with milestones, submits a progress report in 万元 (confirmed first, then on the
// record with its 万元 figure and percent), is refused a lower percent at the field, corrects a
// report (the correction says what it corrects), is refused a change to a reported milestone,
// answers a supervision item, requests an adjustment (budget with funding that adds up, deadline)
// and withdraws it. Another department opening the project's URL is told it has no access.
// axe-core on the list and the project page; screenshots (desktop, 768 px tablet, phone) in test/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, expectNoSeriousA11yViolations, logInThroughPage } from '../support/browser';
import { startTestServer, type TestServer } from '../support/harness';
import { buildImplementation, deputyAccount, ok, otherDepartment, PW, travel, type Implementation } from '../support/implementation-fixtures';
import { ensureWebBuild } from '../support/web-build';

const ITEM_TEXT = '现场查看：施工围挡不规范，存在安全隐患，请尽快整改。';
const ANSWER = '已于3月9日重新设置围挡并安排专人巡查。';

describe.skipIf(!hasChromium)('department implementation workspace in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let impl: Implementation;
  let deptUser = '';
  let p1 = { id: '', title: '' };
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const url = (path: string) => server.url + path;

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    // bypassCSP: axe-core is injected as an inline script, which the app's CSP rightly forbids.
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(err.message));
    return p;
  }

  const login = (p: Page, username: string) => logInThroughPage(p, server.url, username, PW);

  /** The error shown at the field labelled `label`. */
  const fieldError = (p: Page, label: string | RegExp) =>
    p.locator('.field', { has: p.getByLabel(label, { exact: typeof label === 'string' }) }).locator('.field-error');

  const dialog = (p: Page) => p.getByRole('dialog');

  /** A report's figures on the record: as-of date, percent, funds disbursed. */
  const reportFacts = async (report: ReturnType<Page['locator']>) =>
    (await report.locator('.imp-report-facts > span').allTextContents()).map((x) => x.trim());

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    impl = await buildImplementation(server);
    deptUser = impl.logins.find(([c]) => c === impl.dept)![1];
    await otherDepartment(server, impl);
    const leader = await deputyAccount(server, impl, 0, 'daibiao1');
    // Implementation began on 2027-01-15; February passed without a report, so every project is overdue.
    await travel(server, impl, '2027-03-10T10:00');
    p1 = impl.projects[0]!;
    const group = ok(
      await impl.admin.post(`/api/cycles/${impl.cycleId}/supervision-groups`, {
        name: '第一监督小组',
        leaderDeputyId: leader.deputyId,
        projectIds: [p1.id],
      }),
      201,
    ).group;
    ok(
      await impl.admin.post(`/api/projects/${p1.id}/supervision`, {
        kind: 'inspection',
        occurredOn: '2027-03-05',
        text: ITEM_TEXT,
        groupId: group.id,
      }),
      201,
    );
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  let page: Page;

  it('the home page says what needs action, and the list puts the most urgent project first', async () => {
    page = await newPage();
    await login(page, deptUser);
    await page.goto(url('/department'));
    const needs = page.locator('section.dimp-needs');
    await needs.getByRole('link', { name: p1.title }).waitFor();
    await expect(needs.getByText('2027年2月进展未报送').first().isVisible()).resolves.toBe(true);

    await needs.getByRole('link', { name: '全部 3 个项目' }).click();
    await page.waitForURL(/\/department\/projects$/);
    const cards = page.getByTestId('dimp-project');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);
    // Overdue everywhere; p1 also has an item to answer, so it comes first.
    const first = cards.first();
    await expect(first.getByRole('link').first().textContent()).resolves.toBe(p1.title);
    const firstText = await first.textContent();
    expect(firstText).toContain('1 项督办待答复');
    expect(firstText).toContain('2027年2月进展未报送，已逾期 10 天');
    expect(firstText).toContain('已拨付 0 万元 / 预算 100 万元');
    expect(firstText).toContain('2027年3月（2027-03-31 前）');
    await expect(cards.nth(1).textContent()).resolves.not.toContain('督办待答复');
    await expectNoSeriousA11yViolations(page, 'project list');
    await screenshot(page, 'department-projects.png');
  });

  it('sets the plan with milestones', async () => {
    await page.getByTestId('dimp-project').first().getByRole('link', { name: p1.title }).click();
    await page.getByRole('heading', { level: 1, name: p1.title }).waitFor();
    const editor = page.locator('#plan');
    await editor.getByText('请制定实施计划').waitFor();
    await editor.getByLabel('实施计划概要（选填）').fill('分设计招标、主体施工、竣工验收三个阶段推进。');
    await editor.getByLabel('节点 1', { exact: true }).fill('完成设计招标');
    await editor.getByLabel('计划完成日期').first().fill('2027-03-01');
    for (const [name, due] of [
      ['主体完工', '2027-09-30'],
      ['竣工验收', '2027-12-20'],
    ] as const) {
      await editor.getByRole('button', { name: '增加节点' }).click();
      await editor
        .getByLabel(/^节点 \d$/)
        .last()
        .fill(name);
      await editor.getByLabel('计划完成日期').last().fill(due);
    }
    await editor.getByRole('button', { name: '保存实施计划' }).click();
    await page.getByText('实施计划已保存').waitFor();
    await editor.waitFor({ state: 'detached' });
    const milestones = page.locator('#rec-plan li.imp-milestone');
    await milestones.nth(2).waitFor();
    expect(await milestones.allTextContents()).toEqual([
      expect.stringContaining('完成设计招标'),
      expect.stringContaining('主体完工'),
      expect.stringContaining('竣工验收'),
    ]);
    expect(await milestones.first().textContent()).toContain('已逾期'); // due 1 March, not reached
  });

  it('submits a progress report in 万元 after confirming it; the record shows it', async () => {
    const form = page.locator('#report');
    await form.getByLabel('截至日期').fill('2027-03-08');
    await form.getByLabel('完成进度', { exact: true }).fill('30');
    await form.getByLabel('累计拨付资金').fill('23.4567');
    await form.getByText('= 234,567 元').waitFor();
    await form.getByLabel('进展情况').fill('完成设计招标，施工单位进场。');
    await form.getByLabel('完成设计招标（计划 2027-03-01）').check();
    await form.getByRole('button', { name: '提交进展报告' }).click();
    const confirm = dialog(page);
    await confirm.getByRole('heading', { name: '确认提交进展报告' }).waitFor();
    const said = await confirm.textContent();
    expect(said).toContain('截至 2027-03-08：完成 30%，累计拨付 23.4567 万元；完成节点：完成设计招标');
    expect(said).toContain('报告提交后不能修改');
    await screenshot(page, 'department-report-confirm.png', { fullPage: false });
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await page.getByText('进展报告已提交').waitFor();

    const report = page.locator('#rec-reports li.imp-report').first();
    await report.getByRole('heading', { name: '第 1 号报告' }).waitFor();
    expect(await reportFacts(report)).toEqual(['截至 2027-03-08', '完成 30%', '累计拨付 23.4567 万元']);
    expect(await report.textContent()).toContain('完成设计招标，施工单位进场。');
    // Where it stands follows: 30% done, the overdue flag cleared by the report, the milestone reached.
    const summary = page.locator('#rec-summary');
    await summary.getByText('完成 30%').waitFor();
    expect(await summary.textContent()).toContain('已拨付 23.4567 万元 / 预算 100 万元');
    expect(await summary.textContent()).not.toContain('逾期未报');
    await page.locator('#rec-plan li.imp-milestone').first().getByText('实际完成 2027-03-08').waitFor();
    // The form starts afresh, with the reached milestone no longer offered.
    await expect(form.getByLabel('完成进度', { exact: true }).inputValue()).resolves.toBe('');
    await expect(form.getByLabel(/完成设计招标/).count()).resolves.toBe(0);
  });

  it('refuses a lower percent with the message at the field', async () => {
    const form = page.locator('#report');
    await form.getByLabel('截至日期').fill('2027-03-09');
    await form.getByLabel('完成进度', { exact: true }).fill('20');
    await form.getByLabel('累计拨付资金').fill('25');
    await form.getByLabel('进展情况').fill('主体施工准备。');
    await form.getByRole('button', { name: '提交进展报告' }).click();
    await dialog(page).getByRole('button', { name: '确认提交' }).click();
    const error = fieldError(page, '完成进度');
    await error.waitFor();
    expect(await error.textContent()).toContain('完成进度不能低于上次报告的 30%');
    await expect(form.getByLabel('完成进度', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.locator('#rec-reports li.imp-report').count()).toBe(1);
  });

  it('corrects a report; the correction says what it corrects', async () => {
    await page.getByRole('button', { name: '更正第 1 号报告' }).click();
    const form = page.locator('#report');
    await form.getByRole('heading', { name: '更正第 1 号报告' }).waitFor();
    // Starts from the corrected report's figures.
    await expect(form.getByLabel('完成进度', { exact: true }).inputValue()).resolves.toBe('30');
    await expect(form.getByLabel('累计拨付资金').inputValue()).resolves.toBe('23.4567');
    await form.getByLabel('累计拨付资金').fill('22.5');
    await form.getByLabel('更正说明').fill('拨付金额录入有误，应为 22.5 万元。');
    await form.getByRole('button', { name: '提交更正报告' }).click();
    const confirm = dialog(page);
    await confirm.getByRole('heading', { name: '确认提交第 1 号报告的更正' }).waitFor();
    expect(await confirm.textContent()).toContain('累计拨付 22.5 万元');
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await page.getByText('第 1 号报告的更正已提交').waitFor();

    const reports = page.locator('#rec-reports li.imp-report');
    await reports.first().getByRole('heading', { name: '第 2 号报告' }).waitFor();
    const correction = await reports.first().textContent();
    expect(correction).toContain('更正第 1 号报告：拨付金额录入有误，应为 22.5 万元。');
    expect(await reportFacts(reports.first())).toEqual(['截至 2027-03-08', '完成 30%', '累计拨付 22.5 万元']);
    expect(await reports.nth(1).textContent()).toContain('数据已由第 2 号报告更正');
    // The replaced report cannot be corrected again; the correction can.
    await expect(page.getByRole('button', { name: '更正第 1 号报告' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '更正第 2 号报告' }).waitFor();
    expect(await page.locator('#rec-summary').textContent()).toContain('已拨付 22.5 万元 / 预算 100 万元');
    await expect(page.locator('#report').getByRole('heading', { name: '报送进展' }).count()).resolves.toBe(1);
  });

  it("refuses a change to a reported milestone, with the server's message at the field", async () => {
    await page.locator('#rec-plan').getByRole('button', { name: '修改计划' }).click();
    const editor = page.locator('#plan');
    await editor.getByText('已填报，不能改动').waitFor();
    await editor.getByLabel('计划完成日期').first().fill('2027-03-02');
    await editor.getByRole('button', { name: '保存实施计划' }).click();
    await editor.locator('.field-error').getByText('节点“完成设计招标”已在进展报告中填报，不能修改').waitFor();
    await editor.getByRole('button', { name: '取消' }).click();
    await editor.waitFor({ state: 'detached' });
  });

  it('answers a supervision item, once', async () => {
    await page.getByText('有 1 项待本单位答复').waitFor();
    const item = page.locator('#rec-supervision li.imp-item').first();
    await item.getByText(ITEM_TEXT).waitFor();
    expect(await item.textContent()).toContain('尚未答复');
    await item.getByRole('button', { name: /^答复/ }).click();
    const d = dialog(page);
    await d.getByRole('heading', { name: '答复督办事项' }).waitFor();
    expect(await d.textContent()).toContain(ITEM_TEXT);
    await d.getByRole('button', { name: '提交答复' }).click();
    await fieldError(page, '答复').getByText('不能为空').waitFor();
    await d.getByLabel('答复').fill(ANSWER);
    await d.getByRole('button', { name: '提交答复' }).click();
    await page.getByText('答复已提交').waitFor();
    await item.getByText('责任单位答复').waitFor();
    expect(await item.textContent()).toContain(ANSWER);
    expect(await item.textContent()).not.toContain('尚未答复');
    await expect(item.getByRole('button', { name: /^答复/ }).count()).resolves.toBe(0);
    await expect(page.getByText('有 1 项待本单位答复').count()).resolves.toBe(0);
  });

  it('requests an adjustment with reasons, sees it pending, and withdraws it', async () => {
    await page.locator('#rec-changes').getByRole('button', { name: '申请变更' }).click();
    const form = page.locator('#change-request');
    await form.getByRole('button', { name: '提交申请' }).click();
    await form.getByText('请选择申请事项').waitFor();
    await form.getByLabel(/^调整/).check();
    await form.getByLabel('预算与资金来源').check();
    await form.getByLabel('完成时限', { exact: true }).check();
    await form.getByLabel('调整后的预算').fill('120');
    // The funding as it stands (100 万元 of 本级财政) is 20 short of the new budget.
    await form.getByText('比调整后的预算少 20 万元').waitFor();
    await form.getByLabel(/^上级补助/).fill('20');
    await form.getByText('✓ 与调整后的预算一致').waitFor();
    await form.getByLabel('调整后的完成时限').fill('2028-06-30');
    await form.getByLabel('申请理由').fill('上级下达专项补助20万元，增加建设内容，工期相应顺延。');
    await screenshot(page, 'department-change-form.png', { fullPage: false });
    await form.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('变更申请已提交，待常委会决定').waitFor();
    await form.waitFor({ state: 'detached' });

    const entry = page.locator('#rec-changes li.imp-change').first();
    await entry.getByRole('heading', { name: '调整申请' }).waitFor();
    const text = await entry.textContent();
    expect(text).toContain('待常委会决定');
    expect(text).toContain('120 万元');
    expect(text).toContain('上级补助 20 万元');
    expect(text).toContain('2028-06-30');
    expect(text).toContain('上级下达专项补助20万元');
    // One pending request at a time.
    await expect(page.locator('#rec-changes').getByRole('button', { name: '申请变更' }).count()).resolves.toBe(0);
    await expectNoSeriousA11yViolations(page, 'project page');
    await screenshot(page, 'department-project.png');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'department-project-top.png', { fullPage: false });

    await entry.getByRole('button', { name: '撤回申请' }).click();
    await dialog(page).getByRole('button', { name: '撤回申请' }).click();
    await page.getByText('变更申请已撤回').waitFor();
    await entry.locator('.badge', { hasText: '已撤回' }).waitFor();
    await page.locator('#rec-changes').getByRole('button', { name: '申请变更' }).waitFor();
    // Nothing about the project changed.
    expect(await page.locator('#rec-summary').textContent()).toContain('预算 100 万元');
  });

  it('fits a 768 px tablet and a phone', async () => {
    for (const [name, viewport] of [
      ['tablet', { width: 768, height: 1024 }],
      ['phone', { width: 360, height: 780 }],
    ] as const) {
      const p = await newPage(viewport);
      await login(p, deptUser);
      await p.goto(url('/department/projects'));
      await p.getByTestId('dimp-project').first().waitFor();
      await screenshot(p, `department-projects-${name}.png`);
      await p.goto(url('/department'));
      await p.getByRole('heading', { name: '需要您办理' }).waitFor();
      await screenshot(p, `department-home-${name}.png`, { fullPage: false });
      await p.goto(url(`/department/projects/${p1.id}`));
      await p.locator('#rec-reports li.imp-report').first().waitFor();
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name}: horizontal overflow`).toBeLessThanOrEqual(0);
      await screenshot(p, `department-project-${name}.png`);
      await screenshot(p, `department-project-${name}-top.png`, { fullPage: false });
      await p.locator('#rec-reports').scrollIntoViewIfNeeded();
      await screenshot(p, `department-project-${name}-reports.png`, { fullPage: false });
    }
  });

  it('tells another department it has no access to the project', async () => {
    const p = await newPage();
    await login(p, 'jiaotong');
    await p.goto(url(`/department/projects/${p1.id}`));
    await p.getByRole('heading', { name: '无权查看该项目', level: 2 }).waitFor();
    expect(await p.getByRole('alert').first().textContent()).toContain('该项目不由本单位负责实施');
    await expect(p.getByText(p1.title).count()).resolves.toBe(0);
    await p.getByRole('link', { name: '返回项目列表' }).first().waitFor();
    await screenshot(p, 'department-project-no-access.png');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
