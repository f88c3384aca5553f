// The public progress pages (no login) in a real Chromium against a real server and database: a
// cycle built through the real API — three departments, four projects chosen by a secret ballot
// (one titled with an HTML payload), a plan, reports with a correction, a supervision group with an
// answered and an unanswered item, an approved adjustment and an approved suspension, the clock
// moved so that one project is overdue and one delayed — then the overview, the filtered list, the
// project pages and a department's record on a phone and on a desktop: the figures a citizen
// would check, the URL carrying the filters, document titles, axe-core, screenshots.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser';
import { certifyResult } from '../support/signing';
import { ADMIN, Client, setUpCongress, startTestServer, type TestServer } from '../support/harness';
import { chinaTime, ok, PW } from '../support/implementation-fixtures';
import { newCastId } from '../support/ballot-fixtures';
import { ensureWebBuild } from '../support/web-build';

const CONGRESS = '某县人民代表大会';
const XSS_TITLE = '<img src=x onerror=alert(1)>社区老年食堂';
const DECISION_NO = '示人常〔2027〕5号';
const SUSPEND_NO = '示人常〔2027〕6号';

interface Spec {
  title: string;
  category: string;
  dept: 'edu' | 'traffic' | 'civil';
  yuan: number;
  deadline: string;
  votesFor: number;
}
// Seven deputies, four seats: 赞成 7, 7, 5, 4 pass (threshold 4) in this order, the first two sharing
// rank 1 (并列第 1 名); the last gets 2.
const SPECS: Spec[] = [
  { title: '城区新建公办幼儿园', category: '教育', dept: 'edu', yuan: 8_000_000, deadline: '2027-12-31', votesFor: 7 },
  { title: '农村公路提档升级', category: '交通', dept: 'traffic', yuan: 12_000_000, deadline: '2027-12-31', votesFor: 7 },
  { title: XSS_TITLE, category: '养老', dept: 'civil', yuan: 2_500_000, deadline: '2027-12-31', votesFor: 5 },
  { title: '中小学校园安全改造', category: '教育', dept: 'edu', yuan: 3_000_000, deadline: '2027-04-30', votesFor: 4 },
  { title: '公交候车亭建设', category: '交通', dept: 'traffic', yuan: 1_500_000, deadline: '2027-12-31', votesFor: 2 },
];

describe.skipIf(!hasChromium)('public progress pages in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const logins: Array<[Client, string, string]> = [];
  let admin: Client;
  const depts = {} as Record<Spec['dept'], { id: string; client: Client; name: string }>;
  let cycleId = '';
  let ballotId = '';
  /** Project ids by title. */
  const project: Record<string, string> = {};
  const reportIds: string[] = [];

  const url = (p: string) => server.url + p;

  /** Moves the server clock (China wall-clock) and logs everyone in again (sessions end when idle). */
  async function at(local: string) {
    server.clock.now = chinaTime(local);
    for (const [c, u, pw] of logins) await c.login(u, pw);
  }

  async function buildCycle() {
    const setup = await setUpCongress(server, CONGRESS);
    admin = setup.client;
    logins.push([admin, ADMIN.username, ADMIN.password]);
    ok(await admin.post('/api/delegations', { name: '城关镇代表团' }), 201);
    const csv = ['姓名,代表团,座位号', ...Array.from({ length: 7 }, (_, i) => `代表${i + 1},城关镇代表团,${i + 1}`)].join('\n');
    ok(await admin.request('POST', '/api/deputies/import', csv, { 'content-type': 'text/csv' }), 201);
    const deputyIds = (ok(await admin.get('/api/deputies?pageSize=500&status=active')).deputies as Array<{ id: string; name: string }>)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((d) => d.id);
    for (const u of ['jianpiao1', 'jianpiao2'])
      ok(await admin.post('/api/accounts', { username: u, displayName: `监票人${u.at(-1)}`, role: 'scrutineer', password: PW }), 201);
    const scrutineers = [await server.client().login('jianpiao1', PW), await server.client().login('jianpiao2', PW)];
    const sittingId = ok(await admin.post('/api/sittings', { title: '第三次全体会议', date: '2027-01-15' }), 201).sitting.id;
    ok(await admin.post(`/api/sittings/${sittingId}/attendance`, { deputyIds, present: true }));

    for (const [key, name, user] of [
      ['edu', '县教育局', 'jiaoyu'],
      ['traffic', '县交通运输局', 'jiaotong'],
      ['civil', '县民政局', 'minzheng'],
    ] as const) {
      const id = ok(await admin.post('/api/departments', { name }), 201).department.id;
      ok(await admin.post('/api/accounts', { username: user, displayName: name, role: 'department', password: PW, departmentId: id }), 201);
      const client = await server.client().login(user, PW);
      logins.push([client, user, PW]);
      depts[key] = { id, client, name };
    }
    const cycle = ok(
      await admin.post('/api/cycles', {
        title: '2027年民生实事项目',
        year: 2027,
        opensOn: '2000-01-01',
        closesOn: '2099-12-31',
        seats: 4,
        minMargin: 1,
        allowEqual: false,
      }),
      201,
    ).cycle;
    cycleId = cycle.id;
    for (const s of SPECS) {
      ok(
        await depts[s.dept].client.post(`/api/cycles/${cycleId}/proposals`, {
          title: s.title,
          category: s.category,
          background: `群众反映强烈：${s.title}。`,
          content: `${s.title}：建设内容与规模详见方案。`,
          location: '城关镇',
          estimateYuan: s.yuan,
          funding: [{ source: 'local_fiscal', amountYuan: s.yuan }],
          deadline: s.deadline,
          targets: [{ indicator: '完成建设', value: '1', unit: '项' }],
          contactName: '联系人',
          contactPhone: '0000-0000000',
          submit: true,
        }),
        201,
      );
    }
    ok(await admin.patch(`/api/cycles/${cycleId}`, { closesOn: '2000-01-31' }));
    ok(await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'screening' }));
    const proposals = ok(await admin.get(`/api/cycles/${cycleId}/proposals?pageSize=100`)).proposals as Array<{ id: string }>;
    for (const p of proposals) ok(await admin.post(`/api/proposals/${p.id}/screening`, { outcome: 'shortlist' }));
    const list = ok(await admin.post(`/api/cycles/${cycleId}/candidate-list/fix`));
    ok(await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'balloting' }));
    const candidates = list.candidates as Array<{ id: string; title: string }>;

    const ballot = ok(await admin.post('/api/ballots', { cycleId, sittingId, title: '2027年民生实事项目票决', rules: {} }), 201).ballot;
    ballotId = ballot.id;
    const cards = ok(await admin.post(`/api/ballots/${ballotId}/cards/print`), 201).cards as Array<{ url: string }>;
    ok(await admin.post(`/api/ballots/${ballotId}/open`));
    const voter = server.client();
    for (const [k, card] of cards.entries()) {
      // At most four 赞成 per ballot (the seats): the losing candidate gets the last cards' votes.
      const votes = (c: { title: string }) => {
        const n = SPECS.find((s) => s.title === c.title)!.votesFor;
        return n >= 4 ? k < n : k >= cards.length - n;
      };
      const choices = Object.fromEntries(candidates.map((c) => [c.id, votes(c) ? 'for' : 'abstain']));
      ok(await voter.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token: card.url.split('#')[1], choices }), 201);
    }
    ok(await admin.post(`/api/ballots/${ballotId}/close`, {}));
    ok(await admin.post(`/api/ballots/${ballotId}/tally`));
    ok(await certifyResult({ admin, scrutineers }, ballotId));
    ok(await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'implementation' }));
    for (const p of ok(await admin.get(`/api/projects?cycleId=${cycleId}`)).projects as Array<{ id: string; title: string }>) project[p.title] = p.id;
    return deputyIds;
  }

  async function implement(deputyIds: string[]) {
    const [kinder, road, canteen, school] = SPECS.map((s) => project[s.title]!);
    const { edu, traffic, civil } = depts;
    const report = async (c: Client, id: string, body: Record<string, unknown>) => {
      const r = ok(await c.post(`/api/projects/${id}/reports`, { narrative: '按计划推进。', ...body }), 201).report;
      reportIds.push(r.id);
      return r;
    };
    // February: plans, first reports.
    await at('2027-02-10T10:00');
    const plan = ok(
      await edu.client.request('PUT', `/api/projects/${kinder}/plan`, {
        summary: '分选址、主体施工、竣工验收三步实施。',
        milestones: [
          { name: '完成选址和设计', dueOn: '2027-03-31' },
          { name: '主体结构完工', dueOn: '2027-08-31' },
          { name: '竣工投入使用', dueOn: '2027-12-31' },
        ],
      }),
    );
    const siteMilestone = plan.project.plan.milestones[0].id;
    await report(edu.client, kinder, {
      asOf: '2027-02-10',
      percentComplete: 20,
      disbursedYuan: 1_000_000,
      narrative: '完成可研批复，启动设计招标。',
    });
    await report(traffic.client, road, { asOf: '2027-02-10', percentComplete: 5, disbursedYuan: 0, narrative: '完成线路踏勘。' });

    // March: a report and its correction; supervision; change requests.
    await at('2027-03-05T10:00');
    const second = await report(edu.client, kinder, {
      asOf: '2027-03-05',
      percentComplete: 40,
      disbursedYuan: 2_000_000,
      narrative: '选址和设计完成，场地平整中。',
      problems: '雨季影响土方施工。',
      milestonesReached: [siteMilestone],
    });
    await report(edu.client, kinder, {
      asOf: '2027-03-05',
      percentComplete: 35,
      disbursedYuan: 1_800_000,
      narrative: '选址和设计完成，场地平整中。',
      milestonesReached: [siteMilestone],
      correctsId: second.id,
      correctionNote: '完成比例和拨付数填报有误，更正为35%和180万元。',
    });
    await report(traffic.client, road, { asOf: '2027-03-05', percentComplete: 15, disbursedYuan: 2_000_000, narrative: '路基施工。' });
    const [leaderId, memberId] = deputyIds;
    ok(await admin.post('/api/accounts', { username: 'daibiao1', displayName: '代表1', role: 'deputy', password: PW, deputyId: leaderId }), 201);
    const leader = await server.client().login('daibiao1', PW);
    logins.push([leader, 'daibiao1', PW]);
    ok(
      await admin.post(`/api/cycles/${cycleId}/supervision-groups`, {
        name: '教育交通监督组',
        leaderDeputyId: leaderId,
        memberDeputyIds: [memberId],
        projectIds: [kinder, road],
      }),
      201,
    );
    const recommendation = ok(
      await leader.post(`/api/projects/${kinder}/supervision`, {
        kind: 'recommendation',
        occurredOn: '2027-03-05',
        text: '建议在工地公示施工进度和资金使用情况。',
      }),
      201,
    ).item;
    ok(
      await leader.post(`/api/projects/${kinder}/supervision`, { kind: 'question', occurredOn: '2027-03-05', text: '幼儿园学位能否按期提供？' }),
      201,
    );
    const adjust = ok(
      await traffic.client.post(`/api/projects/${road}/changes`, {
        kind: 'adjust',
        reason: '沿线征地拆迁滞后，需顺延工期并增加预算。',
        adjust: {
          deadline: '2028-06-30',
          budgetYuan: 13_000_000,
          funding: [
            { source: 'local_fiscal', amountYuan: 10_000_000 },
            { source: 'higher_subsidy', amountYuan: 3_000_000 },
          ],
        },
      }),
      201,
    ).change;
    const suspend = ok(
      await civil.client.post(`/api/projects/${canteen}/changes`, { kind: 'suspend', reason: '选址地块权属存在争议。' }),
      201,
    ).change;

    // April: decisions, an answer, reports (the road skips April: overdue in May).
    await at('2027-04-08T10:00');
    ok(
      await admin.post(`/api/changes/${adjust.id}/decision`, {
        outcome: 'approved',
        decidedOn: '2027-03-20',
        decisionNumber: DECISION_NO,
        note: '同意顺延并追加预算。',
      }),
    );
    ok(await admin.post(`/api/changes/${suspend.id}/decision`, { outcome: 'approved', decidedOn: '2027-03-20', decisionNumber: SUSPEND_NO }));
    ok(await edu.client.post(`/api/supervision-items/${recommendation.id}/answer`, { text: '已在工地入口设置公示牌，每月更新。' }));
    await report(edu.client, kinder, { asOf: '2027-04-08', percentComplete: 50, disbursedYuan: 3_000_000, narrative: '基础施工完成。' });
    await report(edu.client, school, { asOf: '2027-04-08', percentComplete: 60, disbursedYuan: 1_000_000, narrative: '监控和门禁安装中。' });

    // May: the school is past its deadline (delayed), the road missed April (overdue).
    await at('2027-05-10T10:00');
  }

  async function newPage(viewport: { width: number; height: number }, mobile = false) {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport, deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(`${p.url()}: ${err.message}`));
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return p;
  }
  const VIEWPORTS = [
    { name: 'phone', viewport: { width: 360, height: 740 }, mobile: true },
    { name: 'desktop', viewport: { width: 1280, height: 900 }, mobile: false },
  ] as const;

  async function noSeriousA11y(p: Page, where: string) {
    const v = await seriousA11yViolations(p);
    expect(v, `${where}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
  }
  /** No horizontal scrolling on a phone: the page is no wider than the viewport. */
  async function fitsWidth(p: Page, where: string) {
    const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, `${where} overflows horizontally`).toBeLessThanOrEqual(client);
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    const deputyIds = await buildCycle();
    await implement(deputyIds);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  for (const { name, viewport, mobile } of VIEWPORTS) {
    it(`overview shows the cycle's figures, charts, ballot, notices and ledgers (${name})`, async () => {
      const p = await newPage(viewport, mobile);
      await p.goto(url(`/public/cycles/${cycleId}/overview`));
      await p.getByRole('heading', { level: 1, name: '2027年民生实事项目' }).waitFor();
      expect(await p.title()).toBe(`2027年民生实事项目 · 实施概况 · ${CONGRESS}`);
      const figure = (id: string) => p.getByTestId(id).locator('dd').innerText();
      expect(await figure('ov-projects')).toBe('4 项');
      // 800 + 1300 (adjusted) + 250 + 300 万元; disbursed 300 + 200 + 0 + 100.
      expect(await figure('ov-budget')).toBe('2,650 万元');
      expect(await figure('ov-disbursed')).toContain('600 万元');
      expect(await figure('ov-disbursed')).toContain('占预算 22%');
      expect(await figure('ov-overdue')).toBe('1 项');
      expect(await figure('ov-delayed')).toBe('1 项');
      expect(await figure('ov-unanswered')).toBe('1 / 2 项');
      const statusRow = (s: string) => p.getByTestId('ov-status').locator(`[data-status="${s}"]`).innerText();
      expect(await statusRow('in_progress')).toMatch(/实施中\s*2 项/);
      expect(await statusRow('delayed')).toMatch(/滞后\s*1 项/);
      expect(await statusRow('suspended')).toMatch(/暂缓实施\s*1 项/);
      expect(await statusRow('completed')).toMatch(/已完成\s*0 项/);
      const cats = await p.getByTestId('ov-categories').innerText();
      expect(cats).toContain('教育');
      expect(cats).toMatch(/教育\s*2 项，已完成 0 项/);
      expect(cats).toContain('已拨付 400 万元 / 预算 1,100 万元');
      // The ballot: every candidate with its 赞成 count, rank and result.
      const ballot = p.locator('.prog-ballot');
      await ballot.getByText('2027年民生实事项目票决').waitFor();
      const rows = await ballot.locator('.prog-cand').allInnerTexts();
      expect(rows).toHaveLength(5);
      // Equal votes share a rank, said in words (并列第 1 名); the number in the box is for the eye.
      expect(rows[0]).toMatch(/^1\s*城区新建公办幼儿园\s*并列第 1 名 · 赞成 7/);
      expect(rows[0]).toContain('当选');
      expect(rows[1]).toMatch(/^1\s*农村公路提档升级\s*并列第 1 名 · 赞成 7/);
      expect(rows[3]).toMatch(/^4\s*中小学校园安全改造\s*第 4 名 · 赞成 4/);
      expect(rows[4]).toMatch(/公交候车亭建设\s*第 5 名 · 赞成 2/);
      expect(rows[4]).toContain('未当选');
      expect(await ballot.getByRole('link', { name: '核验票决账本' }).getAttribute('href')).toBe(`/verify?ballot=${ballotId}`);
      // Notices of the approved decisions.
      const notices = p.locator('#notices');
      await notices.getByRole('link', { name: '关于《农村公路提档升级》调整的决定' }).waitFor();
      expect(await notices.innerText()).toContain(DECISION_NO);
      expect(await notices.innerText()).toContain('完成时限：由 2027-12-31 调整为 2028-06-30');
      expect(await notices.innerText()).toContain('项目预算：由 1,200 万元 调整为 1,300 万元');
      // Ledgers: the cycle's and the ballot's, downloadable.
      const ledgers = p.locator('#ledgers');
      expect(await ledgers.locator('a[download]').count()).toBe(2);
      for (const href of await ledgers.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect((await server.client().get(href!)).status).toBe(200);
      }
      // Departments' records and the other pages of the cycle.
      await p.locator('#departments').getByRole('link', { name: '县教育局' }).waitFor();
      expect(await p.getByRole('navigation', { name: '本年度项目' }).getByRole('link', { name: '年度报告' }).getAttribute('href')).toBe(
        `/public/cycles/${cycleId}/report`,
      );
      if (mobile) await fitsWidth(p, 'overview');
      await noSeriousA11y(p, `overview (${name})`);
      await screenshot(p, `progress-overview-${name}.png`);
    });

    it(`project list filters by status, category, department and search, in the URL (${name})`, async () => {
      const p = await newPage(viewport, mobile);
      await p.goto(url(`/public/cycles/${cycleId}/projects`));
      await p.getByRole('heading', { level: 1, name: '2027年民生实事项目' }).waitFor();
      expect(await p.title()).toBe(`2027年民生实事项目 · 项目清单 · ${CONGRESS}`);
      const titles = () => p.locator('.prog-card-title').allInnerTexts();
      await p.getByTestId('pl-count').getByText('共 4 项').waitFor();
      expect(await titles()).toEqual(['城区新建公办幼儿园', '农村公路提档升级', XSS_TITLE, '中小学校园安全改造']);
      // Status chips carry the facet counts; choosing one puts it in the URL.
      await p.getByRole('link', { name: /^滞后\s*1$/ }).click();
      await p.waitForURL(/status=delayed/);
      await p.getByTestId('pl-count').getByText('1 项（共 4 项）').waitFor();
      expect(await titles()).toEqual(['中小学校园安全改造']);
      await p.getByRole('link', { name: /^全部\s*4$/ }).click();
      await p.waitForURL((u) => !u.search.includes('status='));
      // Category, then department: both in the URL together.
      await p.getByLabel('类别').selectOption('教育');
      await p.waitForURL(/category=%E6%95%99%E8%82%B2/);
      await p.getByTestId('pl-count').getByText('2 项（共 4 项）').waitFor();
      expect(await titles()).toEqual(['城区新建公办幼儿园', '中小学校园安全改造']);
      expect(await p.getByLabel('责任单位').locator('option').allInnerTexts()).toEqual([
        '全部',
        '县教育局（2）',
        '县交通运输局（0）',
        '县民政局（0）',
      ]);
      await p.getByLabel('类别').selectOption('');
      await p.getByLabel('责任单位').selectOption({ label: '县交通运输局（1）' });
      await p.waitForURL(new RegExp(`departmentId=${depts.traffic.id}`));
      await p.getByTestId('pl-count').getByText('1 项（共 4 项）').waitFor();
      expect(await titles()).toEqual(['农村公路提档升级']);
      const card = p.locator('.prog-card').first();
      expect(await card.innerText()).toContain('逾期未报');
      // Search, shared as a link: a fresh page on that URL shows the same list.
      await p.getByRole('link', { name: '清除筛选' }).click();
      await p.getByTestId('pl-count').getByText('共 4 项').waitFor();
      await p.getByLabel('搜索项目').fill('幼儿园');
      await p.getByRole('button', { name: '搜索' }).click();
      await p.waitForURL(/q=%E5%B9%BC%E5%84%BF%E5%9B%AD/);
      await p.getByTestId('pl-count').getByText('1 项（共 4 项）').waitFor();
      const shared = await newPage(viewport, mobile);
      await shared.goto(p.url());
      await shared.getByTestId('pl-count').getByText('1 项（共 4 项）').waitFor();
      expect(await shared.locator('.prog-card-title').allInnerTexts()).toEqual(['城区新建公办幼儿园']);
      expect(await shared.getByLabel('搜索项目').inputValue()).toBe('幼儿园');
      // The overview's 逾期未报 and 滞后 figures link to the list of those projects.
      await p.goto(url(`/public/cycles/${cycleId}/projects?flag=overdue`));
      await p.getByTestId('pl-count').getByText('1 项（共 4 项）').waitFor();
      expect(await titles()).toEqual(['农村公路提档升级']);
      await p.goto(url(`/public/cycles/${cycleId}/projects`));
      await p.getByTestId('pl-count').getByText('共 4 项').waitFor();
      if (mobile) await fitsWidth(p, 'project list');
      await noSeriousA11y(p, `project list (${name})`);
      await screenshot(p, `progress-list-${name}.png`);
    });

    it(`a project page shows the vote, plan, every report, supervision and answers (${name})`, async () => {
      const p = await newPage(viewport, mobile);
      await p.goto(url(`/public/projects/${project['城区新建公办幼儿园']}`));
      await p.getByRole('heading', { level: 1, name: '城区新建公办幼儿园' }).waitFor();
      expect(await p.title()).toBe(`城区新建公办幼儿园 · ${CONGRESS}`);
      const origin = p.locator('#rec-origin');
      expect(await origin.locator('.imp-vote-for dd').innerText()).toBe('7 票');
      expect(await origin.locator('.imp-vote-rank dd').innerText()).toBe('并列第 1 名');
      expect(await origin.innerText()).toContain('2027-001');
      const plan = await p.locator('#rec-plan').innerText();
      expect(plan).toMatch(/完成选址和设计[\s\S]*计划完成 2027-03-31[\s\S]*实际完成 2027-03-05[\s\S]*按期完成/);
      expect(plan).toMatch(/主体结构完工[\s\S]*未到期/);
      // Every report, newest first; the correction says what it corrects, the corrected one is marked.
      const reports = p.locator('#rec-reports .imp-report');
      expect(await reports.count()).toBe(4);
      expect(await reports.locator('.imp-item-title').allInnerTexts()).toEqual(['第 4 号报告', '第 3 号报告', '第 2 号报告', '第 1 号报告']);
      const correction = await reports.nth(1).innerText();
      expect(correction).toContain('更正第 2 号报告');
      expect(correction).toContain('完成比例和拨付数填报有误');
      expect(correction).toContain('完成 35%');
      const corrected = await reports.nth(2).innerText();
      expect(corrected).toContain('已被更正');
      expect(corrected).toContain('数据已由第 3 号报告更正');
      expect(corrected).toContain('雨季影响土方施工。');
      // Supervision: the answered recommendation with its answer, the unanswered question flagged.
      const sup = p.locator('#rec-supervision');
      expect(await sup.innerText()).toContain('教育交通监督组');
      const answered = sup.locator('.imp-item').filter({ hasText: '建议在工地公示施工进度' });
      expect(await answered.innerText()).toContain('已在工地入口设置公示牌，每月更新。');
      const open = sup.locator('.imp-item-open');
      expect(await open.count()).toBe(1);
      expect(await open.innerText()).toContain('幼儿园学位能否按期提供？');
      expect(await open.innerText()).toContain('尚未答复');
      // The timeline, oldest first, links to the entries.
      const events = await p.locator('#rec-timeline .imp-event').allInnerTexts();
      expect(events[0]).toContain('提出项目建议');
      expect(events[1]).toContain('代表票决当选：赞成 7 票，得票并列第 1 名');
      expect(events.filter((e) => e.includes('报送进展：完成 50%'))).toHaveLength(1);
      expect(events.at(-1)).toContain('2027-04-08');
      const dates = events.map((e) => e.match(/\d{4}-\d{2}-\d{2}/)![0]);
      expect(dates).toEqual([...dates].sort());
      expect(await p.locator('#rec-timeline a[href^="#report-"]').count()).toBe(4);
      if (mobile) await fitsWidth(p, 'project page');
      await noSeriousA11y(p, `project page (${name})`);
      await screenshot(p, `progress-project-${name}.png`);
      if (!mobile) {
        // The same record in English: labels switch, the department's words stay as written.
        await p.getByRole('button', { name: 'English' }).click();
        await p.getByRole('heading', { level: 2, name: 'Progress reports' }).waitFor();
        expect(await p.locator('#rec-origin .imp-vote-for dd').innerText()).toBe('7');
        expect(await p.locator('#rec-reports .imp-report').nth(1).innerText()).toContain('Corrects report no. 2');
        expect(await p.title()).toBe(`城区新建公办幼儿园 · ${CONGRESS}`);
        await noSeriousA11y(p, 'project page (English)');
        await screenshot(p, 'progress-project-desktop-en.png');
        await p.getByRole('button', { name: '中文' }).click();
      }
    });

    it(`a changed project shows the change, its decision and the adjusted terms; an overdue one says so (${name})`, async () => {
      const p = await newPage(viewport, mobile);
      // From the notice on the overview to the decision on the project page.
      await p.goto(url(`/public/cycles/${cycleId}/overview`));
      await p.getByRole('link', { name: '关于《农村公路提档升级》调整的决定' }).click();
      await p.getByRole('heading', { level: 1, name: '农村公路提档升级' }).waitFor();
      expect(p.url()).toMatch(new RegExp(`/public/projects/${project['农村公路提档升级']}#change-`));
      await p.waitForFunction(() => {
        const r = document.querySelector('.imp-change')!.getBoundingClientRect();
        return r.top >= -2 && r.top < window.innerHeight;
      });
      const summary = await p.locator('#rec-summary').innerText();
      expect(summary).toContain('逾期未报');
      expect(summary).toContain('2027年4月');
      const terms = await p.locator('#rec-terms').innerText();
      expect(terms).toContain('1,300 万元');
      expect(terms).toContain('原预算 1,200 万元，经批准调整');
      expect(terms).toContain('原定 2027-12-31，经批准调整');
      const change = await p.locator('#rec-changes .imp-change').innerText();
      expect(change).toContain('调整申请');
      expect(change).toContain('已批准');
      expect(change).toContain('沿线征地拆迁滞后，需顺延工期并增加预算。');
      expect(change).toContain(DECISION_NO);
      expect(change).toContain('2027-03-20');
      expect(change).toMatch(/完成时限\s*原 2027-12-31\s*调整为 2028-06-30/);
      expect(await p.locator('#rec-supervision').innerText()).toContain('尚无监督记录');
      await noSeriousA11y(p, `changed project (${name})`);
      await screenshot(p, `progress-project-changed-${name}.png`);
    });
  }

  it('the annual report writes the shared rank of the two projects tied at 赞成 7 as 并列第 1 名', async () => {
    const p = await newPage({ width: 1280, height: 900 });
    await p.goto(url(`/public/cycles/${cycleId}/report`));
    const tied = p.getByText('赞成 7 票，得票并列第 1 名', { exact: true });
    await tied.first().waitFor();
    expect(await tied.count()).toBe(2);
    expect(await p.getByText('赞成 5 票，得票第 3 名', { exact: true }).count()).toBe(1);
  });

  it('renders an HTML payload in a title as text, on the list and on its page, and runs nothing', async () => {
    const p = await newPage({ width: 1280, height: 900 });
    await p.goto(url(`/public/cycles/${cycleId}/projects`));
    await p.locator('.prog-card-title').filter({ hasText: XSS_TITLE }).waitFor();
    await p.goto(url(`/public/projects/${project[XSS_TITLE]}`));
    await p.getByRole('heading', { level: 1 }).filter({ hasText: '社区老年食堂' }).waitFor();
    expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe(XSS_TITLE);
    expect(await p.title()).toBe(`${XSS_TITLE} · ${CONGRESS}`);
    expect(await p.locator('img[src="x"]').count()).toBe(0);
    expect(await p.locator('#rec-summary').innerText()).toContain('暂缓实施');
    expect(await p.locator('#rec-changes').innerText()).toContain(SUSPEND_NO);
    expect(dialogs).toEqual([]);
  });

  it('a department record shows its projects and rates; unknown ids say not found', async () => {
    for (const { name, viewport, mobile } of VIEWPORTS) {
      const p = await newPage(viewport, mobile);
      await p.goto(url(`/public/departments/${depts.edu.id}`));
      await p.getByRole('heading', { level: 1, name: '县教育局' }).waitFor();
      expect(await p.title()).toBe(`县教育局 · 履职记录 · ${CONGRESS}`);
      const overall = await p.getByTestId('dr-overall').innerText();
      // The school is past its deadline and not complete: 0 of 1 due completed on time.
      expect(overall).toMatch(/按期完成率\s*0\.0%\s*应完成 1 项，按期完成 0 项/);
      expect(overall).toContain('按期报送率');
      expect(overall).toMatch(/测评满意率\s*—/);
      expect(await p.locator('.prog-card-title').allInnerTexts()).toEqual(['城区新建公办幼儿园', '中小学校园安全改造']);
      if (mobile) await fitsWidth(p, 'department record');
      await noSeriousA11y(p, `department record (${name})`);
      await screenshot(p, `progress-department-${name}.png`);
    }
    const p = await newPage({ width: 360, height: 740 }, true);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      `/public/projects/${missing}`,
      `/public/cycles/${missing}/overview`,
      `/public/cycles/${missing}/projects`,
      `/public/departments/${missing}`,
      '/public/projects/not-an-id',
    ]) {
      await p.goto(url(path));
      await p.getByRole('heading', { level: 1, name: '未找到' }).waitFor();
      expect(await p.title()).toContain('未找到');
    }
    await noSeriousA11y(p, 'not found');
    await screenshot(p, 'progress-not-found-phone.png');
    expect(pageErrors).toEqual([]);
  });
});
