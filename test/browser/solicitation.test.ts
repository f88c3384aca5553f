// Phase 1 征集初定 in a real browser against a real server and database: the secretariat opens a
// cycle; a department fills the proposal form in 万元 (funding parts that do not add up: the live
// difference, then the server's message at the field) and submits; the public suggests a project
// on a phone and follows it by its tracking code; the secretariat handles suggestions, screens,
// orders and fixes the candidate list (the margin rule refuses first); a deputy reads the fixed
// list with full materials; the public reads the list. HTML and script typed into a title or a
// suggestion show as text everywhere. axe-core on each main page; screenshots in test/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, expectNoSeriousA11yViolations, logInThroughPage } from '../support/browser';
import { ADMIN, setUpCongress, startTestServer, type Client, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';

const PW = 'long-enough-1';
const IMG_XSS = '<img src=x onerror=alert(1)>';
const SCRIPT_XSS = '<script>alert(2)</script>';
/** A department's proposal title carrying both payloads (60 characters at most). */
const XSS_TITLE = `${IMG_XSS}城区学校扩容${SCRIPT_XSS}`;
/** A public suggestion's title and text. */
const XSS_SUGGESTION_TITLE = `${SCRIPT_XSS}修通北街断头路`;
const XSS_SUGGESTION_TEXT = `北街断头路雨天积水，${IMG_XSS}希望打通并铺设人行道。`;
const SUGGESTER = { name: '张三丰', phone: '13800001234' };
const REJECT_REASON = '该路段已列入市级交通项目，由市交通运输局实施，不再列入县级民生实事。';
const NOTE_INTERNAL = '内部意见：财政压力较大，暂缓';
const REASON_2 = '与2028-001项目重复，不单独列项。';

/** A complete proposal body for the API; override what a test needs. */
const full = (over: Record<string, unknown> = {}) => ({
  title: '社区卫生服务中心改造',
  category: '医疗卫生',
  background: '现有门诊楼建于1990年，设施老化。',
  content: '改造门诊楼2000平方米。增设康复科。',
  location: '城关镇解放路',
  estimateYuan: 5_000_000,
  funding: [{ source: 'local_fiscal', amountYuan: 5_000_000 }],
  deadline: '2028-12-31',
  targets: [{ indicator: '改造面积', value: '2000', unit: '平方米' }],
  contactName: '钱医生',
  contactPhone: '0571-1234567',
  submit: true,
  ...over,
});

describe.skipIf(!hasChromium)('phase 1 pages in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: Client;
  let congressId = '';
  let cycleId = '';
  const ids: Record<string, string> = {};
  const proposals: Record<string, string> = {};
  let trackingCode = '';
  let trackingCode2 = '';
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const contexts: BrowserContext[] = [];

  const url = (path: string) => server.url + path;
  const ok = async (r: Promise<{ status: number; text: string; body: any }>, status = 200) => {
    const res = await r;
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
    return res.body;
  };

  async function newPage(opts: { phone?: boolean } = {}): Promise<Page> {
    // bypassCSP: axe-core is injected as an inline script, which the app's CSP rightly forbids.
    const ctx = await browser.newContext({
      bypassCSP: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...(opts.phone
        ? { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
        : { viewport: { width: 1280, height: 860 } }),
    });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(err.message));
    // An alert() would mean a payload ran.
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return p;
  }

  const login = (p: Page, username: string, password = PW) => logInThroughPage(p, server.url, username, password);

  /** The payload is on the page as text, and nothing was injected or run. */
  async function expectShownAsText(p: Page, literal: string, where: string) {
    await p.getByText(literal, { exact: false }).first().waitFor();
    const injected = await p.evaluate(() => ({
      imgs: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert(')).length,
    }));
    expect(injected, where).toEqual({ imgs: 0, scripts: 0 });
    expect(dialogs, where).toEqual([]);
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    ({ client: admin, congressId } = await setUpCongress(server, '某某县人民代表大会'));
    const del = (await ok(admin.post('/api/delegations', { name: '城关镇代表团' }), 201)).delegation.id;
    for (const [key, name, seat] of [
      ['zhang', '张伟', 'A-01'],
      ['li', '李娜', 'A-02'],
      ['wang', '王强', 'A-03'],
    ] as const) {
      ids[key] = (await ok(admin.post('/api/deputies', { name, delegationId: del, seatNo: seat }), 201)).deputy.id;
    }
    for (const [key, name] of [
      ['jiaoyu', '县教育局'],
      ['weijian', '县卫生健康局'],
      ['jiaotong', '县交通运输局'],
    ] as const) {
      ids[key] = (await ok(admin.post('/api/departments', { name }), 201)).department.id;
    }
    const account = (username: string, displayName: string, role: string, extra: Record<string, string>) =>
      ok(admin.post('/api/accounts', { username, displayName, role, password: PW, ...extra }), 201);
    await account('jiaoyu', '教育局联络员', 'department', { departmentId: ids.jiaoyu! });
    await account('weijian', '卫健局联络员', 'department', { departmentId: ids.weijian! });
    await account('zhangwei', '张伟', 'deputy', { deputyId: ids.zhang! });
    await account('lina', '李娜', 'deputy', { deputyId: ids.li! });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  it('lets the secretariat open a cycle, with the short-window rule said at its field', async () => {
    // The server's clock is 2027-01-15 (China time): a window from New Year is open.
    const p = await newPage();
    await login(p, ADMIN.username, ADMIN.password);
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '年度项目' }).click();
    await p.waitForURL('**/console/cycles');
    await p.getByText('还没有年度项目').waitFor();
    await p.getByRole('button', { name: '新建年度项目' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('年度', { exact: true }).fill('2028');
    expect(await dialog.getByLabel('名称', { exact: true }).inputValue()).toBe('2028年民生实事项目');
    await dialog.getByLabel('开始日期').fill('2027-01-01');
    await dialog.getByLabel('截止日期').fill('2027-01-20');
    await dialog.getByText('共 20 天').waitFor();
    await dialog.getByLabel('应选项目数').fill('2');
    await dialog.getByLabel(/^差额/).fill('1');
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    // The server refuses a 20-day window without a reason; the message sits at the reason field.
    await dialog.locator('.field-invalid').filter({ hasText: '缩短征集期的理由' }).getByText('少于 30 天').waitFor();

    await dialog.getByLabel('截止日期').fill('2027-02-28');
    await dialog.getByText('共 59 天').waitFor();
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    await p.waitForURL(/\/console\/cycles\/[0-9a-f-]{36}$/);
    cycleId = p.url().split('/').pop()!;
    await p.getByRole('heading', { level: 1, name: '2028年民生实事项目' }).waitFor();
    await p.getByText('征集期尚未结束（截止 2027-02-28）').waitFor();
    await p.getByText('正在征集').first().waitFor();

    // Moving on now is refused, and the page says why.
    await p.getByRole('button', { name: '推进到“初审初定”' }).click();
    await p.getByRole('dialog').getByRole('button', { name: '推进', exact: true }).click();
    await p.locator('.card-error').getByText('征集期尚未结束（截止 2027-02-28）').waitFor();
    await expectNoSeriousA11yViolations(p, 'cycle page');
    await p.context().close();
  });

  it("takes a department's proposal in 万元: the live funding difference, the server's message, then submission", async () => {
    const p = await newPage();
    await login(p, 'jiaoyu');
    await p.waitForURL('**/department');
    await p.getByRole('heading', { level: 1, name: '欢迎，教育局联络员' }).waitFor();
    await p.getByRole('heading', { name: '2028年民生实事项目' }).waitFor();
    await p.getByRole('link', { name: '申报新项目' }).click();
    await p.waitForURL(`**/department/cycles/${cycleId}/new`);

    await p.getByLabel('项目名称').fill(XSS_TITLE);
    await p.getByLabel('类别').selectOption('教育');
    await p.getByLabel('建设地点').fill('城关镇建设路');
    await expect.poll(() => p.getByLabel('责任单位').inputValue()).toBe(ids.jiaoyu);
    await p.getByLabel('背景与必要性').fill('城区学位缺口约1000个，现有学校大班额。');
    await p.getByLabel('主要内容与建设规模').fill('新建教学楼一栋，建筑面积8000平方米。配套运动场。');
    await p.getByLabel('投资估算', { exact: true }).fill('1234.5678');
    await p.getByText('= 12,345,678 元').waitFor();
    await p.getByLabel('本级财政').fill('1000');
    await p.getByLabel('上级补助').fill('200');
    const sum = p.getByTestId('funding-sum');
    await expect.poll(() => sum.textContent()).toContain('资金来源合计 1,200 万元');
    expect(await sum.textContent()).toContain('比投资估算少 34.5678 万元');
    // Beyond the cycle's year: a goal for each year appears.
    await p.getByLabel('完成时限', { exact: true }).fill('2029-06-30');
    await p.getByLabel('2028 年目标').fill('主体结构封顶');
    await p.getByLabel('2029 年目标').fill('竣工并投入使用');
    await p.getByLabel('指标 1').fill('新增学位');
    await p.getByLabel('数值').fill('1080');
    await p.getByLabel('单位', { exact: true }).fill('个');
    await p.getByLabel('联系人', { exact: true }).fill('赵老师');
    await p.getByLabel('联系电话').fill('0571-87654321');

    await p.getByRole('button', { name: '提交', exact: true }).click();
    // The server's rule, next to the funding parts.
    const fundingError = p.locator('.funding .field-error');
    await fundingError.waitFor();
    expect(await fundingError.textContent()).toContain('资金来源合计 1,200 万元，与投资估算 1,234.5678 万元 不符（相差 -34.5678 万元）');
    await p.getByRole('alert').filter({ hasText: '请修改标出的内容' }).waitFor();
    await expectNoSeriousA11yViolations(p, 'proposal form');
    await p.evaluate(() => window.scrollTo(0, 0));
    await screenshot(p, 'proposal-form.png');

    await p.getByLabel('上级补助').fill('234.5678');
    await expect.poll(() => sum.textContent()).toContain('✓ 与投资估算一致');
    await p.getByRole('button', { name: '提交', exact: true }).click();
    await p.waitForURL(/\/department\/proposals\/[0-9a-f-]{36}$/);
    proposals.school = p.url().split('/').pop()!;
    await p.getByText('已提交，等待人大常委会办公室初审。').waitFor();
    await p.locator('.status-panel').getByText('2028-001').waitFor();
    await p.getByText('1,234.5678 万元').first().waitFor();
    await p.getByText('234.5678 万元').first().waitFor();
    await expectShownAsText(p, XSS_TITLE, 'department proposal page');
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe(XSS_TITLE);

    // Exactly the 元 typed as 万元.
    const saved = await ok(admin.get(`/api/proposals/${proposals.school}`));
    expect(saved.proposal).toMatchObject({
      estimateYuan: 12_345_678,
      status: 'submitted',
      title: XSS_TITLE,
      funding: [
        { source: 'local_fiscal', amountYuan: 10_000_000 },
        { source: 'higher_subsidy', amountYuan: 2_345_678 },
      ],
      milestones: [
        { year: 2028, goal: '主体结构封顶' },
        { year: 2029, goal: '竣工并投入使用' },
      ],
    });

    // The home lists it, as text, with its status.
    await p.getByRole('link', { name: '返回首页' }).click();
    await p.waitForURL('**/department');
    await p.locator('.plist-item').filter({ hasText: '待初审' }).waitFor();
    await expectShownAsText(p, XSS_TITLE, 'department home');
    await p.context().close();
  });

  it('lets a deputy start a joint proposal, choosing the co-proposer from the directory', async () => {
    const p = await newPage();
    await login(p, 'zhangwei');
    await p.waitForURL('**/deputy');
    await p.getByRole('link', { name: '申报新项目' }).click();
    await p.getByLabel('项目名称').fill('老旧小区加装电梯');
    await p.getByLabel('查找代表').fill('李');
    await p.getByRole('button', { name: '加入联名：李娜' }).click();
    await p.locator('.chip').getByText('李娜').waitFor();
    await p.getByRole('button', { name: '保存草稿' }).click();
    await p.waitForURL(/\/deputy\/proposals\/[0-9a-f-]{36}$/);
    await p.getByText('草稿，尚未提交').waitFor();
    await p.getByText('张伟 等 2 名代表联名（李娜）').waitFor();
    await p.context().close();
  });

  it('takes a public suggestion on a phone and shows the tracking code, then its status', async () => {
    const p = await newPage({ phone: true });
    // The address before public codes leads on to the congress's readable one (its derived code).
    await p.goto(url(`/public/c/${congressId}`));
    await p.waitForURL('**/public/county-1');
    await p.getByRole('heading', { level: 1, name: '某某县人民代表大会' }).waitFor();
    await expect.poll(() => p.title()).toContain('某某县人民代表大会');
    await p.getByRole('link', { name: '提出项目建议' }).click();
    await p.waitForURL(/\/public\/county-1\/\d{4}\/suggest$/);
    await expect.poll(() => p.title()).toContain('提民生实事项目建议');
    await p.getByLabel('建议标题').fill(XSS_SUGGESTION_TITLE);
    await p.getByLabel('建议内容').fill(XSS_SUGGESTION_TEXT);
    await p.getByLabel('类别').selectOption('交通');
    await p.getByLabel('地点').fill('北街');
    await p.getByLabel('姓名').fill(SUGGESTER.name);
    await p.getByLabel('电话').fill(SUGGESTER.phone);
    await expectNoSeriousA11yViolations(p, 'public suggestion form');
    // Nothing spills sideways on a 375px screen.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await p.getByRole('button', { name: '提交建议' }).click();

    await p.getByRole('heading', { name: '建议已收到，谢谢您' }).waitFor();
    trackingCode = (await p.getByTestId('tracking-code').textContent())!.trim();
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    const fontSize = await p.getByTestId('tracking-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(26);
    await p.getByRole('button', { name: '复制查询码' }).click();
    await p
      .getByRole('status')
      .filter({ hasText: /已复制|无法自动复制/ })
      .waitFor();

    await p.getByRole('link', { name: '查看办理情况' }).click();
    await p.waitForURL(`**/public/track/${trackingCode}`);
    await p.locator('.track-status').getByText('已收到，待处理').waitFor();
    await expectShownAsText(p, XSS_SUGGESTION_TITLE, 'tracking page (title)');
    await expectShownAsText(p, IMG_XSS, 'tracking page (text)');
    // Never the suggester's name or phone.
    expect(await p.locator('main').textContent()).not.toContain(SUGGESTER.phone);
    expect(await p.locator('main').textContent()).not.toContain(SUGGESTER.name);
    await expectNoSeriousA11yViolations(p, 'tracking page');

    // A second suggestion through the API, for the way through a proposal.
    const r = await ok(
      server.client().post(`/api/public/cycles/${cycleId}/suggestions`, {
        title: '城南幼儿园增设托班',
        content: '城南新区缺少托育机构，希望幼儿园开设托班。',
        name: '李四',
        phone: '13900002222',
      }),
      201,
    );
    trackingCode2 = r.trackingCode;
    // The tracking code typed by hand: lower case, no hyphens.
    await p.goto(url('/public/track'));
    await p.getByLabel('查询码').fill(trackingCode2.replace(/-/g, '').toLowerCase());
    await p.getByRole('button', { name: '查询', exact: true }).click();
    await p.waitForURL(`**/public/track/${trackingCode2}`);
    await p.getByText('城南幼儿园增设托班').waitFor();
    await p.context().close();
  });

  it('lets the secretariat reject a suggestion with a reason and turn another into a proposal', async () => {
    const p = await newPage();
    await login(p, ADMIN.username, ADMIN.password);
    await p.goto(url(`/console/cycles/${cycleId}/suggestions`));
    await p.getByRole('button', { name: /已收到，待处理\s*2/ }).waitFor();
    await expectShownAsText(p, XSS_SUGGESTION_TITLE, 'console suggestions list');
    await p.getByRole('link', { name: XSS_SUGGESTION_TITLE }).click();
    await p.waitForURL(/\/console\/suggestions\//);
    await expectShownAsText(p, IMG_XSS, 'console suggestion page');
    await p.getByText(SUGGESTER.phone).waitFor();
    await p.getByLabel(/^不予采纳/).check();
    await p.getByRole('button', { name: '记录结论' }).click();
    await p.locator('.field-invalid').getByText('不予采纳须说明理由').waitFor();
    await p.getByLabel('理由', { exact: true }).fill(REJECT_REASON);
    await p.getByRole('button', { name: '记录结论' }).click();
    await p.locator('.feedback').getByText(REJECT_REASON).waitFor();
    await p.locator('main .badge').filter({ hasText: '未采纳' }).waitFor();
    // A rejected suggestion may still be reconsidered: turned into a proposal or merged.
    expect(await p.getByLabel(/^不予采纳/).count()).toBe(0);

    // The hotline: staff type a call in and read the code back.
    await p.goto(url(`/console/cycles/${cycleId}/suggestions`));
    await p.getByRole('button', { name: '登记来电来信' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('建议标题').fill('东街路灯不亮');
    await dialog.getByLabel('建议内容').fill('东街一带路灯损坏多年，夜间出行不便。');
    await dialog.getByRole('button', { name: '登记', exact: true }).click();
    await dialog.getByText('请将查询码告知来电人').waitFor();
    expect(await dialog.getByTestId('tracking-code').textContent()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    await dialog.getByRole('button', { name: '关闭' }).last().click();
    await p.getByRole('cell', { name: '东街路灯不亮' }).waitFor();

    // 转办: the second suggestion becomes a draft proposal of 县教育局.
    await p.getByRole('link', { name: '城南幼儿园增设托班' }).click();
    await p.getByLabel(/^转为项目建议/).check();
    await p.getByLabel('责任单位', { exact: true }).selectOption({ label: '县教育局' });
    await p.getByLabel('给建议人的说明').fill('已交县教育局研究。');
    await p.getByRole('button', { name: '记录结论' }).click();
    await p.getByText('关联项目建议：').waitFor();
    const link = await p
      .getByRole('link', { name: /城南幼儿园增设托班/ })
      .last()
      .getAttribute('href');
    proposals.fromSuggestion = link!.split('/').pop()!;
    await p.context().close();

    // The department completes and submits it; the hotline call is rejected too (nothing left open).
    const jiaoyu = await server.client().login('jiaoyu', PW);
    await ok(
      jiaoyu.patch(`/api/proposals/${proposals.fromSuggestion}`, {
        ...full({ title: '城南幼儿园增设托班', category: '教育', estimateYuan: 800_000, funding: [{ source: 'local_fiscal', amountYuan: 800_000 }] }),
        submit: undefined,
      }),
    );
    await ok(jiaoyu.post(`/api/proposals/${proposals.fromSuggestion}/submit`));
    const hotline = (await ok(admin.get(`/api/cycles/${cycleId}/suggestions?status=received`))).suggestions;
    for (const s of hotline) await ok(admin.post(`/api/suggestions/${s.id}/screening`, { outcome: 'reject', reason: '已转城管部门维修。' }));
  });

  it('screens proposals: the queue with counts, notes, shortlist, and a rejection that needs a reason', async () => {
    const weijian = await server.client().login('weijian', PW);
    proposals.clinic = (await ok(weijian.post(`/api/cycles/${cycleId}/proposals`, full()), 201)).proposal.id;
    const jiaoyu = await server.client().login('jiaoyu', PW);
    proposals.canteen = (
      await ok(
        jiaoyu.post(
          `/api/cycles/${cycleId}/proposals`,
          full({
            title: '农村学校食堂改造',
            category: '教育',
            content: '改造12所农村学校食堂。',
            estimateYuan: 3_600_000,
            funding: [
              { source: 'local_fiscal', amountYuan: 2_000_000 },
              { source: 'higher_subsidy', amountYuan: 1_600_000 },
            ],
          }),
        ),
        201,
      )
    ).proposal.id;
    const zhang = await server.client().login('zhangwei', PW);
    proposals.deputy = (
      await ok(
        zhang.post(`/api/cycles/${cycleId}/proposals`, {
          ...full({
            title: '乡村道路硬化',
            category: '交通',
            content: '硬化村道30公里。',
            estimateYuan: 9_000_000,
            funding: [{ source: 'local_fiscal', amountYuan: 9_000_000 }],
          }),
          contactName: null,
          contactPhone: null,
          coProposerDeputyIds: [ids.li],
        }),
        201,
      )
    ).proposal.id;

    const p = await newPage();
    await login(p, ADMIN.username, ADMIN.password);
    await p.goto(url(`/console/cycles/${cycleId}/screening`));
    await p.getByRole('heading', { level: 1, name: /项目初审/ }).waitFor();
    await p.getByRole('button', { name: /待初审\s*5/ }).waitFor();
    await expect.poll(() => p.locator('main table tbody tr').count()).toBe(6);
    await expectShownAsText(p, XSS_TITLE, 'screening queue');
    // Filters: status, then a text search, then channel; the counts follow.
    await p.getByRole('button', { name: /草稿\s*1/ }).click();
    await expect.poll(() => p.locator('main table tbody tr').count()).toBe(1);
    await p.getByRole('button', { name: /全部/ }).click();
    await p.getByRole('searchbox', { name: '搜索' }).fill('食堂');
    await expect.poll(() => p.locator('main table tbody tr').count()).toBe(1);
    await p.getByRole('searchbox', { name: '搜索' }).fill('');
    await p.getByRole('option', { name: '代表提出（2）' }).waitFor({ state: 'attached' });
    await p.getByLabel('来源').selectOption('deputy');
    await expect.poll(() => p.locator('main table tbody tr').count()).toBe(2);
    await p.getByLabel('来源').selectOption('');
    await expect.poll(() => p.locator('main table tbody tr').count()).toBe(6);
    await expectNoSeriousA11yViolations(p, 'screening queue');
    await screenshot(p, 'screening.png');

    // The school: internal notes, then shortlisted (its own department stays responsible).
    await p.getByRole('link', { name: XSS_TITLE }).click();
    await p.waitForURL(`**/console/proposals/${proposals.school}`);
    await expectShownAsText(p, XSS_TITLE, 'proposal screening page');
    await p.getByLabel('必要性').fill('学位缺口大，群众反映强烈。');
    await p.getByRole('button', { name: '保存初审意见' }).click();
    await p.getByText('初审意见已保存').waitFor();
    await p.getByLabel(/^入围/).check();
    await p.getByRole('button', { name: '记录结论' }).click();
    await p.locator('.status-panel').getByText('初审入围').first().waitFor();

    // The clinic: a rejection without a reason is blocked with the server's message; then shortlisted.
    await p.goto(url(`/console/proposals/${proposals.clinic}`));
    await p.getByLabel(/^不予采纳/).check();
    await p.getByRole('button', { name: '记录结论' }).click();
    await p.locator('.field-invalid').getByText('不予采纳须说明理由（将反馈给提出者）').waitFor();
    await p.getByLabel(/^入围/).check();
    await p.getByRole('button', { name: '记录结论' }).click();
    await p.locator('.status-panel').getByText('初审入围').first().waitFor();

    // The proposal from the public suggestion: internal notes, then rejected with a reason.
    await p.goto(url(`/console/proposals/${proposals.fromSuggestion}`));
    await p.getByLabel('财政承受能力').fill(NOTE_INTERNAL);
    await p.getByLabel(/^不予采纳/).check();
    await p.getByLabel('理由', { exact: true }).fill(REASON_2);
    await p.getByRole('button', { name: '记录结论' }).click();
    await p.locator('.status-panel').getByText(REASON_2).waitFor();
    await p.context().close();
  });

  it('shows the suggester the rejection reason by the tracking code, never the internal notes', async () => {
    const p = await newPage({ phone: true });
    await p.goto(url(`/public/track/${trackingCode}`));
    await p.locator('.track-status').getByText('未采纳').first().waitFor();
    await p.getByText(REJECT_REASON).waitFor();
    await expectShownAsText(p, XSS_SUGGESTION_TITLE, 'tracking page after rejection');
    const text = await p.locator('main').textContent();
    expect(text).not.toContain(SUGGESTER.phone);
    expect(text).not.toContain(SUGGESTER.name);
    await expectNoSeriousA11yViolations(p, 'tracking page (rejected)');
    await screenshot(p, 'tracking-phone.png');

    // Through a proposal: the reason reaches the suggester; the internal note does not.
    await p.goto(url(`/public/track/${trackingCode2}`));
    await p.getByText('已转为项目建议：').waitFor();
    await p.getByText(REASON_2).waitFor();
    await p.getByText('已交县教育局研究。').waitFor();
    const text2 = await p.locator('main').textContent();
    expect(text2).not.toContain(NOTE_INTERNAL);
    expect(text2).not.toContain('13900002222');
    await p.context().close();
  });

  it('orders the candidate list with buttons and fixes it once the margin rule holds', async () => {
    // The window closes (six weeks on: every session has ended too); the cycle moves to screening from its page.
    server.clock.now = new Date('2027-03-01T02:00:00.000Z');
    admin = await server.client().login(ADMIN.username, ADMIN.password);
    const p = await newPage();
    await login(p, ADMIN.username, ADMIN.password);
    await p.goto(url(`/console/cycles/${cycleId}`));
    await p.getByText('条件均已满足').waitFor();
    await p.getByRole('button', { name: '推进到“初审初定”' }).click();
    await p.getByRole('dialog').getByRole('button', { name: '推进', exact: true }).click();
    await p.getByText('已进入“初审初定”阶段').waitFor();

    // Two shortlisted for two seats with a margin of one: fixing is refused with the rule.
    await p.getByRole('link', { name: '候选项目名单' }).click();
    await p.waitForURL(`**/console/cycles/${cycleId}/candidate-list`);
    await p.getByText('还差 1 个候选项目才符合差额要求').waitFor();
    await p.getByRole('button', { name: '确定名单（初定）' }).click();
    await p.locator('.card-error').getByText('候选项目 2 个，应选 2 个、差额至少 1 个，至少需要 3 个候选项目').waitFor();

    // Two more join the shortlist (the deputy's needs a responsible department).
    await ok(admin.post(`/api/proposals/${proposals.canteen}/screening`, { outcome: 'shortlist' }));
    await ok(admin.post(`/api/proposals/${proposals.deputy}/screening`, { outcome: 'shortlist', departmentId: ids.jiaotong }));
    await p.reload();
    await p.getByText('符合差额要求：4 个候选项目选 2 个').waitFor();
    const titles = () => p.locator('.cand-row .cand-title').allTextContents();
    expect(await titles()).toEqual([XSS_TITLE, '社区卫生服务中心改造', '农村学校食堂改造', '乡村道路硬化']);
    await expectShownAsText(p, XSS_TITLE, 'candidate-list editor');

    // Buttons: the road up one place, the school down one; then save.
    await p.getByRole('button', { name: '上移：乡村道路硬化' }).click();
    await p.getByRole('button', { name: `下移：${XSS_TITLE}` }).click();
    expect(await titles()).toEqual(['社区卫生服务中心改造', XSS_TITLE, '乡村道路硬化', '农村学校食堂改造']);
    await p.getByText('排序已更改，尚未保存').waitFor();
    await p.getByRole('button', { name: '保存排序' }).click();
    await p.getByText('排序已保存').waitFor();
    await p.reload();
    await expect.poll(titles).toEqual(['社区卫生服务中心改造', XSS_TITLE, '乡村道路硬化', '农村学校食堂改造']);
    await expectNoSeriousA11yViolations(p, 'candidate-list editor');
    await screenshot(p, 'candidate-list.png');

    await p.getByRole('button', { name: '确定名单（初定）' }).click();
    await p.getByRole('heading', { name: /名单已确定（已锁定）/ }).waitFor();
    expect(await p.getByRole('button', { name: /上移/ }).count()).toBe(0);

    // Unlocking needs a reason; then fixed again.
    await p.getByRole('button', { name: '解除锁定' }).click();
    await p.getByRole('dialog').getByRole('button', { name: '解除锁定' }).click();
    await p.getByRole('dialog').getByText('请说明解除锁定的理由').waitFor();
    await p.getByRole('dialog').getByLabel('理由', { exact: true }).fill('核对材料');
    await p.getByRole('dialog').getByRole('button', { name: '解除锁定' }).click();
    await p.getByText('已解除锁定').waitFor();
    await p.getByRole('button', { name: '确定名单（初定）' }).click();
    await p.getByRole('heading', { name: /名单已确定（已锁定）/ }).waitFor();
    await p.context().close();
  });

  it('gives a deputy the fixed list with full materials to read', async () => {
    const p = await newPage();
    await login(p, 'lina');
    await p.waitForURL('**/deputy');
    await p.getByRole('link', { name: '2028年民生实事项目候选项目名单' }).click();
    await p.waitForURL(`**/deputy/cycles/${cycleId}/list`);
    await p.getByText('候选项目 4 个，应选 2 个').waitFor();
    const articles = p.locator('article.candidate-article');
    await expect.poll(() => articles.count()).toBe(4);
    const school = articles.nth(1);
    expect(await school.locator('.candidate-title').textContent()).toBe(`2${XSS_TITLE}`);
    for (const text of [
      '城区学位缺口约1000个',
      '新建教学楼一栋',
      '1,234.5678 万元',
      '上级补助',
      '234.5678 万元',
      '2029 年',
      '竣工并投入使用',
      '新增学位',
      '县教育局',
    ]) {
      await school.getByText(text).first().waitFor();
    }
    // Contacts stay with the proposer and the secretariat.
    expect(await school.textContent()).not.toContain('0571-87654321');
    await articles.nth(2).getByText('张伟 等 2 名代表联名（李娜）').waitFor();
    await expectShownAsText(p, XSS_TITLE, 'deputy reading view');
    await expectNoSeriousA11yViolations(p, 'deputy reading view');
    await p.context().close();
  });

  it('publishes the list to the public: summary, budget in 万元 and department, on a phone', async () => {
    const p = await newPage({ phone: true });
    await p.goto(url(`/public/cycles/${cycleId}`));
    await p.getByRole('heading', { level: 1, name: '2028年民生实事项目' }).waitFor();
    await expect.poll(() => p.title()).toContain('2028年民生实事项目候选项目');
    const cards = p.locator('.public-candidate');
    await expect.poll(() => cards.count()).toBe(4);
    const school = cards.nth(1);
    await school.getByText('新建教学楼一栋，建筑面积8000平方米。').waitFor();
    await school.getByText('1,234.5678 万元').waitFor();
    await school.getByText('县教育局').waitFor();
    await cards.nth(2).getByText('县交通运输局').waitFor();
    await p.getByText('共 4 个候选项目，由人民代表大会票决选出 2 个').waitFor();
    await expectShownAsText(p, XSS_TITLE, 'public candidate list');
    // Only the summary: not the background, nor any contact.
    const text = await p.locator('main').textContent();
    expect(text).not.toContain('城区学位缺口约1000个');
    expect(text).not.toContain('0571-87654321');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousA11yViolations(p, 'public candidate list');
    await screenshot(p, 'public-list-phone.png');

    // In English too.
    await p.getByRole('button', { name: 'English' }).click();
    await p.getByRole('heading', { name: 'Candidate list' }).waitFor();
    await p.getByText('4 candidates; the congress will vote 2 of them').waitFor();
    await p.getByRole('button', { name: '中文' }).click();
    await p.context().close();
  });

  it('ran no payload and threw no uncaught errors', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
