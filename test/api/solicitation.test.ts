// Phase 1 征集初定 through the real API: cycles and their phases, proposals from departments and
// deputies, public suggestions, screening, the candidate list, and the cycle's public ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/core/domain/ledger-chain';
import { addCongress } from '../../server/core/setup/congress.service';
import { DRIVERS, setUpCongress, startTestServer, type Client, type Reply, type TestServer } from '../support/harness';

const PW = 'long-enough-1';
const HOUR = 3600_000;

/** A complete proposal for a 2028 cycle; override what a test needs. */
const full = (over: Record<string, unknown> = {}) => ({
  title: '城区第三小学扩容工程',
  category: '教育',
  background: '城区学位缺口约1000个，现有学校大班额。',
  content: '新建教学楼一栋，建筑面积8000平方米。配套运动场。',
  location: '城关镇建设路',
  estimateYuan: 12_000_000,
  funding: [
    { source: 'local_fiscal', amountYuan: 8_000_000 },
    { source: 'higher_subsidy', amountYuan: 4_000_000 },
  ],
  deadline: '2028-12-31',
  targets: [{ indicator: '新增学位', value: '1080', unit: '个' }],
  contactName: '赵老师',
  contactPhone: '0571-87654321',
  ...over,
});

const ok = <T = any>(r: Reply<T>, status = 200): T => {
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${r.text}`);
  return r.body;
};
const problemCodes = (r: Reply) => (r.body?.error?.details?.problems ?? []).map((p: { code: string }) => p.code);

describe.each(DRIVERS)('phase 1 solicitation and screening [%s]', (driver) => {
  let server: TestServer;
  let admin: Client;
  let congressId: string;
  let jiaoyu: Client; // 县教育局
  let weijian: Client; // 县卫生健康局
  let zhang: Client; // deputy 张伟
  let li: Client; // deputy 李娜
  let scrut: Client;
  let jiaotong: Client; // 县交通运输局
  const ids = { jiaoyu: '', weijian: '', jiaotong: '', zhang: '', li: '', wang: '' };
  /** The main cycle and the ledger kinds its state changes must have produced, in order. */
  let cycleId = '';
  const expected: string[] = [];
  const p: Record<string, string> = {};
  const s: Record<string, { id: string; code: string }> = {};

  beforeAll(async () => {
    server = await startTestServer(driver);
    ({ client: admin, congressId } = await setUpCongress(server));
    const del = ok(await admin.post('/api/delegations', { name: '城关镇代表团' }), 201).delegation.id;
    for (const [key, name, seat] of [
      ['zhang', '张伟', '1'],
      ['li', '李娜', '2'],
      ['wang', '王强', '3'],
    ] as const) {
      ids[key] = ok(await admin.post('/api/deputies', { name, delegationId: del, seatNo: seat }), 201).deputy.id;
    }
    for (const [key, name] of [
      ['jiaoyu', '县教育局'],
      ['weijian', '县卫生健康局'],
      ['jiaotong', '县交通运输局'],
    ] as const) {
      ids[key] = ok(await admin.post('/api/departments', { name }), 201).department.id;
    }
    const account = (username: string, role: string, extra: Record<string, string>) =>
      admin.post('/api/accounts', { username, displayName: username, role, password: PW, ...extra });
    ok(await account('jiaoyu', 'department', { departmentId: ids.jiaoyu }), 201);
    ok(await account('jiaotong', 'department', { departmentId: ids.jiaotong }), 201);
    ok(await account('weijian', 'department', { departmentId: ids.weijian }), 201);
    ok(await account('zhangwei', 'deputy', { deputyId: ids.zhang }), 201);
    ok(await account('lina', 'deputy', { deputyId: ids.li }), 201);
    ok(await account('jianpiao', 'scrutineer', {}), 201);
    jiaoyu = await server.client().login('jiaoyu', PW);
    weijian = await server.client().login('weijian', PW);
    zhang = await server.client().login('zhangwei', PW);
    li = await server.client().login('lina', PW);
    scrut = await server.client().login('jianpiao', PW);
    jiaotong = await server.client().login('jiaotong', PW);
  });
  afterAll(async () => server?.stop());

  // ---- cycles ------------------------------------------------------------------------------

  it('opens a cycle with default categories and margin, and its own public ledger', async () => {
    // The test clock is 2027-01-15 09:30 UTC: the window is open.
    const r = await admin.post('/api/cycles', { title: '2028年民生实事项目', year: 2028, opensOn: '2027-01-01', closesOn: '2027-02-28', seats: 3 });
    const { cycle } = ok(r, 201);
    cycleId = cycle.id;
    expected.push('cycle.created');
    expect(cycle).toMatchObject({
      phase: 'solicitation',
      windowDays: 59,
      windowState: 'open',
      acceptingSubmissions: true,
      seats: 3,
      minMargin: 1,
      allowEqual: false,
      categories: ['教育', '医疗卫生', '养老', '交通', '水利', '生态环境', '城乡建设', '就业', '文化体育', '其他'],
      listFixed: false,
      opensAt: '2026-12-31T16:00:00.000Z',
      closesAt: '2027-02-28T16:00:00.000Z',
    });
    const ledgers = ok(await server.client().get(`/api/ledgers?congressId=${congressId}`)).ledgers;
    expect(ledgers.find((l: any) => l.id === cycle.ledgerId)).toMatchObject({ kind: 'cycle', subjectId: cycle.id, public: true });
    // Everyone with an account sees the cycles.
    for (const c of [jiaoyu, zhang, scrut]) expect(ok(await c.get('/api/cycles')).cycles.map((x: any) => x.id)).toContain(cycleId);
    expect(ok(await zhang.get(`/api/cycles/${cycleId}`))).not.toHaveProperty('next');
  });

  it('refuses a second cycle for the same year, a short window without reason, and 等额 unless allowed', async () => {
    const base = { title: '2028年民生实事项目（重复）', year: 2028, opensOn: '2027-01-01', closesOn: '2027-02-28', seats: 3 };
    expect((await admin.post('/api/cycles', base)).status).toBe(409);
    const short = await admin.post('/api/cycles', { ...base, year: 2031, closesOn: '2027-01-20' });
    expect(short.status).toBe(422);
    expect(problemCodes(short)).toEqual(['window_too_short']);
    expect(short.body.error.message).toContain('20 天');
    const equal = await admin.post('/api/cycles', { ...base, year: 2031, minMargin: 0 });
    expect(problemCodes(equal)).toEqual(['equal_not_allowed']);
    const reversed = await admin.post('/api/cycles', { ...base, year: 2031, opensOn: '2027-03-01' });
    expect(problemCodes(reversed)).toEqual(['window_reversed']);
    const badDate = await admin.post('/api/cycles', { ...base, year: 2031, closesOn: '2027-02-30' });
    expect(badDate.status).toBe(400);
    const dupCategories = await admin.post('/api/cycles', { ...base, year: 2031, categories: ['教育', '教育'] });
    expect(problemCodes(dupCategories)).toEqual(['category_duplicate']);
    const withReason = ok(
      await admin.post('/api/cycles', {
        ...base,
        year: 2031,
        closesOn: '2027-01-20',
        windowOverrideReason: '人代会提前召开',
        minMargin: 0,
        allowEqual: true,
      }),
      201,
    );
    expect(withReason.cycle).toMatchObject({ windowDays: 20, windowOverrideReason: '人代会提前召开', minMargin: 0, allowEqual: true });
  });

  it('tells the secretariat what the next phase still needs', async () => {
    const detail = ok(await admin.get(`/api/cycles/${cycleId}`));
    expect(detail.next.phase).toBe('screening');
    expect(detail.next.problems.map((x: any) => x.code)).toEqual(['window_open']);
    const refused = await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'screening' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe('征集期尚未结束（截止 2027-02-28）');
    expect(refused.body.error.details).toMatchObject({ from: 'solicitation', to: 'screening' });
    expect(problemCodes(await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'balloting' }))).toEqual(['skips_phase']);
  });

  // ---- proposals ---------------------------------------------------------------------------

  it('refuses submissions outside the window with its dates (drafts may be prepared before)', async () => {
    const later = ok(
      await admin.post('/api/cycles', { title: '2029年民生实事项目', year: 2029, opensOn: '2027-03-01', closesOn: '2027-03-31', seats: 2 }),
      201,
    ).cycle;
    const early = await jiaoyu.post(`/api/cycles/${later.id}/proposals`, { ...full({ deadline: '2029-12-31' }), submit: true });
    expect(early.status).toBe(422);
    expect(early.body.error.details).toMatchObject({ opensOn: '2027-03-01', closesOn: '2027-03-31' });
    expect(problemCodes(early)).toEqual(['window_not_open']);
    expect(early.body.error.message).toContain('2027-03-01 至 2027-03-31');
    // Refused atomically: no draft was left behind.
    expect(ok(await jiaoyu.get(`/api/cycles/${later.id}/proposals`)).total).toBe(0);
    const draft = ok(await jiaoyu.post(`/api/cycles/${later.id}/proposals`, full({ deadline: '2029-12-31' })), 201).proposal;
    expect(draft.status).toBe('draft');
    expect(problemCodes(await jiaoyu.post(`/api/proposals/${draft.id}/submit`))).toEqual(['window_not_open']);

    const past = ok(
      await admin.post('/api/cycles', { title: '2027年民生实事项目', year: 2027, opensOn: '2026-10-01', closesOn: '2026-12-31', seats: 2 }),
      201,
    ).cycle;
    const late = await jiaoyu.post(`/api/cycles/${past.id}/proposals`, { ...full({ deadline: '2027-12-31' }), submit: true });
    expect(problemCodes(late)).toEqual(['window_closed']);
    expect(late.body.error.details).toMatchObject({ opensOn: '2026-10-01', closesOn: '2026-12-31' });
    const en = server.client();
    en.lang = 'en';
    const latePublic = await en.post(`/api/public/cycles/${past.id}/suggestions`, { title: '修路', content: '村口的路坏了' });
    expect(latePublic.status).toBe(422);
    expect(latePublic.body.error.message).toBe('Solicitation ran from 2026-10-01 to 2026-12-31 and has closed');
  });

  it('lets a department keep a draft, refuses an incomplete submission listing every gap, then submits', async () => {
    const draft = ok(await jiaoyu.post(`/api/cycles/${cycleId}/proposals`, { title: '城区第三小学扩容工程' }), 201).proposal;
    p.school = draft.id;
    expect(draft).toMatchObject({ status: 'draft', code: null, departmentId: ids.jiaoyu, channel: 'department', view: 'own' });
    expect(draft.proposer).toMatchObject({ kind: 'department', departmentId: ids.jiaoyu, departmentName: '县教育局' });
    const incomplete = await jiaoyu.post(`/api/proposals/${p.school}/submit`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.details.problems.map((x: any) => x.field)).toEqual([
      'category',
      'background',
      'content',
      'location',
      'estimateYuan',
      'deadline',
      'targets',
      'contactName',
      'contactPhone',
    ]);
    // Money parts that do not add up to the estimate.
    ok(
      await jiaoyu.patch(
        `/api/proposals/${p.school}`,
        full({
          funding: [
            { source: 'local_fiscal', amountYuan: 8_000_000 },
            { source: 'higher_subsidy', amountYuan: 3_999_999 },
          ],
        }),
      ),
    );
    const sum = await jiaoyu.post(`/api/proposals/${p.school}/submit`);
    expect(problemCodes(sum)).toEqual(['funding_sum']);
    expect(sum.body.error.message).toBe('资金来源合计 1,199.9999 万元，与投资估算 1,200 万元 不符（相差 -0.0001 万元）');
    expect(problemCodes(await jiaoyu.patch(`/api/proposals/${p.school}`, { category: '旅游' }))).toEqual(['category_unknown']);
    expect((await jiaoyu.patch(`/api/proposals/${p.school}`, { estimateYuan: 1.5 })).status).toBe(400);
    ok(await jiaoyu.patch(`/api/proposals/${p.school}`, { funding: full().funding }));
    const submitted = ok(await jiaoyu.post(`/api/proposals/${p.school}/submit`)).proposal;
    expected.push('proposal.submitted');
    expect(submitted).toMatchObject({ status: 'submitted', code: '2028-001', number: 1, estimateYuan: 12_000_000, estimateWan: '1200' });
    expect(submitted.materialsHash).toMatch(/^[0-9a-f]{64}$/);
    // Edit until submitted, not after.
    expect(problemCodes(await jiaoyu.patch(`/api/proposals/${p.school}`, { title: '改名' }))).toEqual(['already_submitted']);
    expect(problemCodes(await jiaoyu.post(`/api/proposals/${p.school}/submit`))).toEqual(['already_submitted']);
  });

  it("forbids a department to touch another department's proposal (403)", async () => {
    expect((await weijian.patch(`/api/proposals/${p.school}`, { title: '改名' })).status).toBe(403);
    expect((await weijian.post(`/api/proposals/${p.school}/submit`)).status).toBe(403);
    expect((await weijian.request('DELETE', `/api/proposals/${p.school}`, {})).status).toBe(403);
    expect((await weijian.get(`/api/proposals/${p.school}`)).status).toBe(403);
    expect((await zhang.get(`/api/proposals/${p.school}`)).status).toBe(403);
    expect(ok(await weijian.get(`/api/cycles/${cycleId}/proposals`)).total).toBe(0);
    // Missing stays 404 for everyone.
    expect((await weijian.patch('/api/proposals/00000000-0000-4000-8000-000000000000', { title: 'x' })).status).toBe(404);
  });

  it('takes a joint proposal of deputies (联名) without a department; co-proposers read it, only the lead edits', async () => {
    const bad = await zhang.post(`/api/cycles/${cycleId}/proposals`, { title: 'x', coProposerDeputyIds: [ids.zhang] });
    expect(problemCodes(bad)).toEqual(['joint_duplicate']);
    const unknown = await zhang.post(`/api/cycles/${cycleId}/proposals`, {
      title: 'x',
      coProposerDeputyIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(problemCodes(unknown)).toEqual(['joint_unknown']);
    expect(problemCodes(await jiaoyu.post(`/api/cycles/${cycleId}/proposals`, { title: 'x', coProposerDeputyIds: [ids.li] }))).toEqual([
      'joint_deputies_only',
    ]);
    // A deputy finds colleagues to name; the directory shows no contact data.
    const dir = ok(await zhang.get(`/api/deputy-directory?q=${encodeURIComponent('李')}`));
    expect(dir.deputies).toEqual([{ id: ids.li, name: '李娜', delegationName: '城关镇代表团' }]);
    const road = ok(
      await zhang.post(`/api/cycles/${cycleId}/proposals`, {
        ...full({
          title: '青石镇至白沙乡农村公路提档升级',
          category: '交通',
          contactName: null,
          contactPhone: null,
          estimateYuan: 26_500_000,
          funding: [
            { source: 'higher_subsidy', amountYuan: 16_500_000 },
            { source: 'local_fiscal', amountYuan: 10_000_000 },
          ],
        }),
        departmentId: null,
        coProposerDeputyIds: [ids.li, ids.wang],
        submit: true,
      }),
      201,
    ).proposal;
    p.road = road.id;
    expected.push('proposal.submitted');
    expect(road).toMatchObject({ status: 'submitted', code: '2028-002', channel: 'deputy', departmentId: null });
    expect(road.proposer.deputies).toEqual([
      { id: ids.zhang, name: '张伟', lead: true },
      { id: ids.li, name: '李娜', lead: false },
      { id: ids.wang, name: '王强', lead: false },
    ]);
    const asCo = ok(await li.get(`/api/proposals/${p.road}`)).proposal;
    expect(asCo.view).toBe('read');
    expect(asCo.contactName).toBeNull();
    expect((await li.patch(`/api/proposals/${p.road}`, { title: '改名' })).status).toBe(403);
    expect(ok(await li.get(`/api/cycles/${cycleId}/proposals`)).proposals.map((x: any) => x.id)).toEqual([p.road]);
    expect(ok(await zhang.get(`/api/cycles/${cycleId}/proposals`)).proposals.map((x: any) => x.id)).toEqual([p.road]);
  });

  it('needs annual milestones for a deadline beyond the year', async () => {
    const body = full({
      title: '城乡供水一体化工程',
      category: '水利',
      deadline: '2029-06-30',
      estimateYuan: 48_000_000,
      funding: [
        { source: 'local_fiscal', amountYuan: 18_000_000 },
        { source: 'higher_subsidy', amountYuan: 20_000_000 },
        { source: 'social_capital', amountYuan: 10_000_000 },
      ],
    });
    const missing = await jiaoyu.post(`/api/cycles/${cycleId}/proposals`, { ...body, submit: true });
    expect(problemCodes(missing)).toEqual(['milestones_missing']);
    expect(missing.body.error.message).toContain('2028、2029');
    const water = ok(
      await jiaoyu.post(`/api/cycles/${cycleId}/proposals`, {
        ...body,
        submit: true,
        milestones: [
          { year: 2028, goal: '完成水厂主体工程' },
          { year: 2029, goal: '管网通水，覆盖8个乡镇' },
        ],
      }),
      201,
    ).proposal;
    p.water = water.id;
    expected.push('proposal.submitted');
    expect(water.milestones).toHaveLength(2);
    expect(water.funding.map((f: any) => f.amountYuan)).toEqual([18_000_000, 20_000_000, 10_000_000]);
  });

  it('stores texts with HTML or script exactly as given and returns them as JSON text', async () => {
    const evil = '<script>alert("x")</script>';
    const img = '<img src=x onerror=alert(1)> & "quotes" \'single\'';
    const r = await weijian.post(`/api/cycles/${cycleId}/proposals`, {
      ...full({ title: evil, category: '医疗卫生', content: `${img}\n第二行`, location: '<b>青石镇</b>' }),
      submit: true,
    });
    const html = ok(r, 201).proposal;
    p.html = html.id;
    expected.push('proposal.submitted');
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(r.text).not.toContain('&lt;');
    const back = ok(await admin.get(`/api/proposals/${p.html}`)).proposal;
    expect(back.title).toBe(evil);
    expect(back.content).toBe(`${img}\n第二行`);
    expect(back.location).toBe('<b>青石镇</b>');
    expect(back.summary).toBe('<img src=x onerror=alert(1)> & "quotes" \'single\'');
    const clinic = ok(
      await weijian.post(`/api/cycles/${cycleId}/proposals`, {
        ...full({
          title: '乡镇卫生院标准化改造',
          category: '医疗卫生',
          estimateYuan: 9_600_000,
          funding: [{ source: 'local_fiscal', amountYuan: 9_600_000 }],
          contactPhone: '13900001111',
        }),
        submit: true,
      }),
      201,
    ).proposal;
    p.clinic = clinic.id;
    expected.push('proposal.submitted');
  });

  it("deletes a never-submitted draft of one's own only", async () => {
    const d = ok(await weijian.post(`/api/cycles/${cycleId}/proposals`, { title: '草稿' }), 201).proposal;
    expect((await jiaoyu.request('DELETE', `/api/proposals/${d.id}`, {})).status).toBe(403);
    ok(await weijian.request('DELETE', `/api/proposals/${d.id}`, {}));
    expect((await weijian.get(`/api/proposals/${d.id}`)).status).toBe(404);
    expect(problemCodes(await weijian.request('DELETE', `/api/proposals/${p.clinic}`, {}))).toEqual(['not_a_draft']);
  });

  // ---- public suggestions ------------------------------------------------------------------

  it('takes public suggestions without an account and gives a tracking code', async () => {
    server.clock.advance(HOUR); // a fresh rate-limit hour
    const anon = server.client();
    const r = await anon.post(`/api/public/cycles/${cycleId}/suggestions`, {
      title: '希望建设社区居家养老服务中心',
      content: '东城社区老人多，子女上班，白天无人照料。',
      category: '养老',
      name: '陈阿姨',
      phone: '13800000000',
    });
    const body = ok(r, 201);
    expected.push('suggestion.received');
    expect(body.trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(body).toMatchObject({ status: 'received', receivedOn: '2027-01-15', cycle: { id: cycleId, title: '2028年民生实事项目' } });
    s.eldercare = { id: '', code: body.trackingCode };
    const second = ok(
      await anon.post(`/api/public/cycles/${cycleId}/suggestions`, {
        title: '修一修村口的路',
        content: '下雨天泥泞，学生上学不便。',
        name: '刘先生',
      }),
      201,
    );
    expected.push('suggestion.received');
    s.lane = { id: '', code: second.trackingCode };
    const bad = await anon.post(`/api/public/cycles/${cycleId}/suggestions`, { title: 'x', content: 'y', category: '不存在' });
    expect(problemCodes(bad)).toEqual(['category_unknown']);
    expect((await anon.post(`/api/public/cycles/${cycleId}/suggestions`, { title: 'x'.repeat(61), content: 'y' })).status).toBe(400);
    expect((await anon.post(`/api/public/cycles/${cycleId}/suggestions`, { title: 'x', content: 'y', extra: 1 })).status).toBe(400);
    expect((await anon.post(`/api/public/cycles/${cycleId}/suggestions`, { title: 'x', content: 'y'.repeat(20_000) })).status).toBe(413);
    expect((await anon.post(`/api/public/cycles/${cycleId}/suggestions`, { title: 'x', content: 'y', phone: 'call me maybe' })).status).toBe(400);
  });

  it('lets staff enter hotline calls and letters received within the window', async () => {
    const hotline = ok(
      await admin.post(`/api/cycles/${cycleId}/suggestions`, {
        channel: 'hotline',
        receivedOn: '2027-01-10',
        title: '卫生院缺少儿科医生',
        content: '来电反映青石镇卫生院看儿科要跑县城。',
        name: '王女士',
        phone: '13700000000',
      }),
      201,
    ).suggestion;
    expected.push('suggestion.received');
    expect(hotline).toMatchObject({ channel: 'hotline', receivedOn: '2027-01-10', name: '王女士', status: 'received' });
    s.hotline = { id: hotline.id, code: hotline.trackingCode };
    expect(
      problemCodes(await admin.post(`/api/cycles/${cycleId}/suggestions`, { channel: 'letter', receivedOn: '2026-12-01', title: 'x', content: 'y' })),
    ).toEqual(['window_closed']);
    expect(
      problemCodes(await admin.post(`/api/cycles/${cycleId}/suggestions`, { channel: 'letter', receivedOn: '2027-02-01', title: 'x', content: 'y' })),
    ).toEqual(['received_in_future']);
    const list = ok(await admin.get(`/api/cycles/${cycleId}/suggestions`));
    expect(list.total).toBe(3);
    expect(list.counts.channel).toEqual({ web: 2, hotline: 1 });
    for (const x of list.suggestions) {
      if (x.trackingCode === s.eldercare!.code) s.eldercare!.id = x.id;
      if (x.trackingCode === s.lane!.code) s.lane!.id = x.id;
    }
    expect(
      ok(await admin.get(`/api/cycles/${cycleId}/suggestions?q=${encodeURIComponent(s.lane!.code.toLowerCase())}`)).suggestions.map((x: any) => x.id),
    ).toEqual([s.lane!.id]);
    expect(ok(await admin.get(`/api/cycles/${cycleId}/suggestions?q=${encodeURIComponent('养老')}`)).total).toBe(1);
    expect(ok(await admin.get(`/api/suggestions/${s.eldercare!.id}`)).suggestion.phone).toBe('13800000000');
  });

  it('shows a suggestion by its code, forgiving case, hyphens and look-alikes, never contact data', async () => {
    const anon = server.client();
    const sloppy = s.eldercare!.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const r = ok(await anon.get(`/api/public/suggestions/${encodeURIComponent(sloppy)}`)).suggestion;
    expect(r).toMatchObject({ trackingCode: s.eldercare!.code, status: 'received', title: '希望建设社区居家养老服务中心', proposal: null });
    expect(JSON.stringify(r)).not.toContain('陈阿姨');
    expect(JSON.stringify(r)).not.toContain('13800000000');
    expect((await anon.get('/api/public/suggestions/ZZZZ-ZZZZ-ZZ')).status).toBe(404);
    expect((await anon.get('/api/public/suggestions/not-a-code')).status).toBe(400);
  });

  // ---- screening ---------------------------------------------------------------------------

  it('gives the secretariat a filtered queue with counts', async () => {
    const all = ok(await admin.get(`/api/cycles/${cycleId}/proposals`));
    expect(all.total).toBe(5);
    expect(all.counts.status).toEqual({ submitted: 5 });
    expect(all.counts.category).toEqual({ 教育: 1, 交通: 1, 水利: 1, 医疗卫生: 2 });
    expect(all.counts.channel).toEqual({ department: 4, deputy: 1 });
    expect(all.proposals.map((x: any) => x.code)).toEqual(['2028-001', '2028-002', '2028-003', '2028-004', '2028-005']);
    const health = ok(await admin.get(`/api/cycles/${cycleId}/proposals?category=${encodeURIComponent('医疗卫生')}`));
    expect(health.total).toBe(2);
    // Counts of one facet ignore that facet's own filter, so tabs show what choosing them gives.
    expect(health.counts.category).toEqual(all.counts.category);
    expect(health.counts.status).toEqual({ submitted: 2 });
    expect(ok(await admin.get(`/api/cycles/${cycleId}/proposals?departmentId=${ids.weijian}`)).total).toBe(2);
    expect(ok(await admin.get(`/api/cycles/${cycleId}/proposals?channel=deputy`)).proposals.map((x: any) => x.id)).toEqual([p.road]);
    expect(ok(await admin.get(`/api/cycles/${cycleId}/proposals?q=${encodeURIComponent('卫生院')}`)).proposals.map((x: any) => x.id)).toEqual([
      p.clinic,
    ]);
    expect(ok(await admin.get(`/api/cycles/${cycleId}/proposals?q=100%25`)).total).toBe(0);
    expect(ok(await admin.get(`/api/cycles/${cycleId}/proposals?q=2028-003`)).proposals.map((x: any) => x.id)).toEqual([p.water]);
    expect(ok(await admin.get(`/api/cycles/${cycleId}/proposals?status=draft`)).total).toBe(0);
    expect((await admin.get(`/api/cycles/${cycleId}/proposals?status=nonsense`)).status).toBe(400);
    expect(ok(await scrut.get(`/api/cycles/${cycleId}/proposals`)).total).toBe(5);
  });

  it('refuses a rejection without a reason; the proposer reads the reason, never the internal notes', async () => {
    const noReason = await admin.post(`/api/proposals/${p.html}/screening`, { outcome: 'reject' });
    expect(noReason.status).toBe(422);
    expect(problemCodes(noReason)).toEqual(['reason_required']);
    const notes = ok(
      await admin.request('PUT', `/api/proposals/${p.clinic}/notes`, { necessity: '内部意见：必要性强', fiscal: '财政可承受' }),
    ).proposal;
    expect(notes.notes).toEqual({ necessity: '内部意见：必要性强', fiscal: '财政可承受' });
    const rejected = ok(
      await admin.post(`/api/proposals/${p.html}/screening`, {
        outcome: 'reject',
        reason: '与省级项目重复，不予列入',
        notes: { legality: '内部：合法性无问题' },
      }),
    ).proposal;
    expected.push('proposal.screened');
    expect(rejected).toMatchObject({ status: 'rejected', feedback: '与省级项目重复，不予列入' });
    const seen = ok(await weijian.get(`/api/proposals/${p.html}`)).proposal;
    expect(seen).toMatchObject({ status: 'rejected', feedback: '与省级项目重复，不予列入', view: 'own' });
    expect(seen).not.toHaveProperty('notes');
    expect(JSON.stringify(ok(await weijian.get(`/api/proposals/${p.clinic}`)))).not.toContain('内部意见');
    expect(JSON.stringify(ok(await scrut.get(`/api/proposals/${p.clinic}`)))).not.toContain('内部意见');
  });

  it('returns a proposal for revision; its department edits and resubmits it', async () => {
    expect(problemCodes(await admin.post(`/api/proposals/${p.school}/screening`, { outcome: 'return' }))).toEqual(['reason_required']);
    ok(await admin.post(`/api/proposals/${p.school}/screening`, { outcome: 'return', reason: '请补充学位测算依据' }));
    expected.push('proposal.screened');
    const returned = ok(await jiaoyu.get(`/api/proposals/${p.school}`)).proposal;
    expect(returned).toMatchObject({ status: 'returned', feedback: '请补充学位测算依据' });
    ok(await jiaoyu.patch(`/api/proposals/${p.school}`, { background: '城区学位缺口约1000个（据2027年入学摸底测算）。' }));
    const again = ok(await jiaoyu.post(`/api/proposals/${p.school}/submit`)).proposal;
    expected.push('proposal.submitted');
    expect(again).toMatchObject({ status: 'submitted', code: '2028-001', feedback: null });
  });

  it('merges a proposal into another: both linked, the proposer told', async () => {
    expect(problemCodes(await admin.post(`/api/proposals/${p.water}/screening`, { outcome: 'merge', mergeIntoId: p.water }))).toEqual([
      'merge_into_self',
    ]);
    expect(problemCodes(await admin.post(`/api/proposals/${p.water}/screening`, { outcome: 'merge', mergeIntoId: p.html }))).toEqual([
      'merge_target_closed',
    ]);
    expect(problemCodes(await admin.post(`/api/proposals/${p.water}/screening`, { outcome: 'merge' }))).toEqual(['merge_target_missing']);
    const merged = ok(
      await admin.post(`/api/proposals/${p.water}/screening`, { outcome: 'merge', mergeIntoId: p.school, reason: '并入统筹实施' }),
    ).proposal;
    expected.push('proposal.merged');
    expect(merged.mergedInto).toEqual({ id: p.school, code: '2028-001', title: '城区第三小学扩容工程' });
    const target = ok(await admin.get(`/api/proposals/${p.school}`)).proposal;
    expect(target.mergedFrom).toEqual([{ id: p.water, code: '2028-003', title: '城乡供水一体化工程' }]);
    const told = ok(await jiaoyu.get(`/api/proposals/${p.water}`)).proposal;
    expect(told).toMatchObject({ status: 'merged', feedback: '并入统筹实施', mergedInto: { title: '城区第三小学扩容工程' } });
    expect(problemCodes(await admin.post(`/api/proposals/${p.water}/screening`, { outcome: 'shortlist' }))).toEqual(['outcome_not_allowed']);
  });

  it("shortlists; a deputy's proposal first needs a responsible department", async () => {
    ok(await admin.post(`/api/proposals/${p.school}/screening`, { outcome: 'shortlist' }));
    expected.push('proposal.screened');
    expect(problemCodes(await admin.post(`/api/proposals/${p.road}/screening`, { outcome: 'shortlist' }))).toEqual(['department_required']);
    const road = ok(await admin.post(`/api/proposals/${p.road}/screening`, { outcome: 'shortlist', departmentId: ids.jiaotong })).proposal;
    expected.push('proposal.screened');
    expect(road).toMatchObject({ status: 'shortlisted', departmentId: ids.jiaotong, departmentName: '县交通运输局' });
    ok(await admin.post(`/api/proposals/${p.clinic}/screening`, { outcome: 'shortlist' }));
    expected.push('proposal.screened');
    // Its responsible department now reads it (not edits it); other departments still may not.
    expect(ok(await jiaotong.get(`/api/proposals/${p.road}`)).proposal.view).toBe('read');
    expect(ok(await jiaotong.get(`/api/cycles/${cycleId}/proposals`)).proposals.map((x: any) => x.id)).toEqual([p.road]);
    expect((await jiaotong.patch(`/api/proposals/${p.road}`, { title: '改名' })).status).toBe(403);
    expect((await weijian.get(`/api/proposals/${p.road}`)).status).toBe(403);
  });

  it('converts a suggestion into a linked draft for the responsible department; rejects and merges others', async () => {
    const converted = ok(
      await admin.post(`/api/suggestions/${s.eldercare!.id}/convert`, { departmentId: ids.weijian, category: '养老', note: '已转县卫生健康局研究' }),
      201,
    );
    expected.push('suggestion.converted');
    p.eldercare = converted.proposal.id;
    expect(converted.suggestion).toMatchObject({ status: 'converted', proposalId: p.eldercare });
    expect(converted.proposal).toMatchObject({
      status: 'draft',
      channel: 'web',
      suggestionId: s.eldercare!.id,
      title: '希望建设社区居家养老服务中心',
    });
    expect(converted.proposal.suggestions).toEqual([expect.objectContaining({ id: s.eldercare!.id, status: 'converted' })]);
    expect(converted.proposal.contactName).toBeNull(); // the suggester's contact stays with the suggestion
    expect(problemCodes(await admin.post(`/api/suggestions/${s.eldercare!.id}/convert`, { departmentId: ids.weijian }))).toEqual([
      'suggestion_handled',
    ]);
    expect(problemCodes(await weijian.request('DELETE', `/api/proposals/${p.eldercare}`, {}))).toEqual(['from_suggestion']);

    expect(problemCodes(await admin.post(`/api/suggestions/${s.lane!.id}/screening`, { outcome: 'reject' }))).toEqual(['reason_required']);
    ok(await admin.post(`/api/suggestions/${s.lane!.id}/screening`, { outcome: 'reject', reason: '属村级事务，已转交镇政府办理' }));
    expected.push('suggestion.screened');
    expect(problemCodes(await admin.post(`/api/suggestions/${s.hotline!.id}/screening`, { outcome: 'merge', proposalId: p.html }))).toEqual([
      'merge_target_closed',
    ]);
    const merged = ok(await admin.post(`/api/suggestions/${s.hotline!.id}/screening`, { outcome: 'merge', proposalId: p.clinic })).suggestion;
    expected.push('suggestion.screened');
    expect(merged).toMatchObject({ status: 'merged', proposal: { id: p.clinic, title: '乡镇卫生院标准化改造' } });
  });

  it("shows the public each suggestion's fate: converted, rejected with reason, merged into a title", async () => {
    const anon = server.client();
    const lane = ok(await anon.get(`/api/public/suggestions/${s.lane!.code}`)).suggestion;
    expect(lane).toMatchObject({ status: 'rejected', feedback: '属村级事务，已转交镇政府办理', proposal: null });
    const hotline = ok(await anon.get(`/api/public/suggestions/${s.hotline!.code}`)).suggestion;
    expect(hotline).toMatchObject({
      status: 'merged',
      channel: 'hotline',
      proposal: { code: '2028-005', title: '乡镇卫生院标准化改造', stage: 'shortlisted' },
    });
    const text = JSON.stringify(hotline);
    for (const secret of ['王女士', '13700000000', '内部意见', '财政可承受', '13900001111', '赵老师']) expect(text).not.toContain(secret);
    const eldercare = ok(await anon.get(`/api/public/suggestions/${s.eldercare!.code}`)).suggestion;
    expect(eldercare).toMatchObject({ status: 'converted', feedback: '已转县卫生健康局研究', proposal: { stage: 'in_review', code: null } });
  });

  // ---- phases and the candidate list ------------------------------------------------------

  it('closes solicitation early with a reason, then moves to screening; the window no longer changes', async () => {
    const noReason = await admin.patch(`/api/cycles/${cycleId}`, { closesOn: '2027-01-14' });
    expect(problemCodes(noReason)).toEqual(['window_too_short']);
    const closed = ok(await admin.patch(`/api/cycles/${cycleId}`, { closesOn: '2027-01-14', windowOverrideReason: '人代会提前至1月下旬召开' })).cycle;
    expected.push('cycle.settings_changed');
    expect(closed).toMatchObject({ windowState: 'after', acceptingSubmissions: false, windowDays: 14 });
    expect(problemCodes(await admin.patch(`/api/cycles/${cycleId}`, { categories: ['教育'] }))).toEqual(['category_in_use']);
    ok(await admin.patch(`/api/cycles/${cycleId}`, { categories: [...closed.categories, '农业农村'] }));
    expected.push('cycle.settings_changed');
    // A no-op change records nothing.
    ok(await admin.patch(`/api/cycles/${cycleId}`, { seats: 3 }));
    const moved = ok(await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'screening' })).cycle;
    expected.push('cycle.phase_moved');
    expect(moved.phase).toBe('screening');
    expect(problemCodes(await admin.patch(`/api/cycles/${cycleId}`, { closesOn: '2027-03-31' }))).toEqual(['window_locked']);
    expect(problemCodes(await jiaoyu.post(`/api/cycles/${cycleId}/proposals`, { title: '迟到的项目' }))).toEqual(['not_soliciting']);
  });

  it('lets the converted proposal be completed and submitted after the window, its suggestion having come within it', async () => {
    const draft = ok(await weijian.get(`/api/proposals/${p.eldercare}`)).proposal;
    expect(draft.view).toBe('own');
    ok(
      await weijian.patch(
        `/api/proposals/${p.eldercare}`,
        full({
          title: '东城社区居家养老服务中心',
          category: '养老',
          background: '东城社区60岁以上老人2300人。',
          content: '改造用房1200平方米，设日间照料、助餐等功能。',
          location: '东城街道',
          estimateYuan: 3_456_789,
          funding: [
            { source: 'local_fiscal', amountYuan: 2_456_789 },
            { source: 'other', amountYuan: 1_000_000, note: '福彩公益金' },
          ],
          targets: [
            { indicator: '日间照料床位', value: '40', unit: '张' },
            { indicator: '助餐服务覆盖率', value: '100', unit: '%' },
          ],
        }),
      ),
    );
    const submitted = ok(await weijian.post(`/api/proposals/${p.eldercare}/submit`)).proposal;
    expected.push('proposal.submitted');
    expect(submitted).toMatchObject({ status: 'submitted', code: '2028-006', estimateWan: '345.6789', suggestionId: s.eldercare!.id });
  });

  it('fixes the list only when it keeps the margin rule (422 otherwise)', async () => {
    const before = ok(await admin.get(`/api/cycles/${cycleId}/candidate-list`));
    expect(before).toMatchObject({ fixed: false, seats: 3, minimumCandidates: 4 });
    expect(before.candidates.map((c: any) => c.id)).toEqual([p.school, p.road, p.clinic]);
    expect(before.problems.map((x: any) => x.code)).toEqual(['margin_rule']);
    // Before fixing, only the secretariat sees it.
    expect(ok(await zhang.get(`/api/cycles/${cycleId}/candidate-list`))).toMatchObject({ fixed: false, candidates: [] });
    const tooFew = await admin.post(`/api/cycles/${cycleId}/candidate-list/fix`);
    expect(tooFew.status).toBe(422);
    expect(tooFew.body.error.message).toBe('候选项目 3 个，应选 3 个、差额至少 1 个，至少需要 4 个候选项目');
    ok(await admin.post(`/api/proposals/${p.eldercare}/screening`, { outcome: 'shortlist' }));
    expected.push('proposal.screened');
    expect(problemCodes(await admin.request('PUT', `/api/cycles/${cycleId}/candidate-list/order`, { proposalIds: [p.school, p.road] }))).toEqual([
      'order_missing',
    ]);
    expect(
      problemCodes(
        await admin.request('PUT', `/api/cycles/${cycleId}/candidate-list/order`, { proposalIds: [p.school, p.road, p.clinic, p.eldercare, p.html] }),
      ),
    ).toEqual(['order_unknown']);
    const ordered = ok(
      await admin.request('PUT', `/api/cycles/${cycleId}/candidate-list/order`, { proposalIds: [p.eldercare, p.school, p.clinic, p.road] }),
    );
    expected.push('candidate_list.ordered');
    expect(ordered.candidates.map((c: any) => [c.order, c.id])).toEqual([
      [1, p.eldercare],
      [2, p.school],
      [3, p.clinic],
      [4, p.road],
    ]);
    const fixed = ok(await admin.post(`/api/cycles/${cycleId}/candidate-list/fix`));
    expected.push('candidate_list.fixed');
    expect(fixed).toMatchObject({ fixed: true, problems: [] });
    expect((await admin.post(`/api/cycles/${cycleId}/candidate-list/fix`)).status).toBe(409);
  });

  it('shows deputies the fixed list with full materials, and the public a summary', async () => {
    const forDeputy = ok(await li.get(`/api/cycles/${cycleId}/candidate-list`));
    expect(forDeputy.fixed).toBe(true);
    expect(forDeputy.candidates.map((c: any) => c.code)).toEqual(['2028-006', '2028-001', '2028-005', '2028-002']);
    const first = forDeputy.candidates[0];
    expect(first).toMatchObject({ order: 1, background: '东城社区60岁以上老人2300人。', estimateYuan: 3_456_789, view: 'read', contactName: null });
    expect(first.funding).toHaveLength(2);
    expect(first).not.toHaveProperty('notes');
    // Any candidate's full record is readable once it is on the fixed list.
    expect(ok(await li.get(`/api/proposals/${p.clinic}`)).proposal.view).toBe('read');
    expect(JSON.stringify(forDeputy)).not.toContain('内部意见');

    const pub = ok(await server.client().get(`/api/public/cycles/${cycleId}/candidates`));
    expect(pub).toMatchObject({ fixed: true, seats: 3 });
    expect(pub.candidates[0]).toEqual({
      proposalId: p.eldercare,
      order: 1,
      code: '2028-006',
      title: '东城社区居家养老服务中心',
      category: '养老',
      departmentId: ids.weijian,
      departmentName: '县卫生健康局',
      estimateYuan: 3_456_789,
      estimateWan: '345.6789',
      summary: '改造用房1200平方米，设日间照料、助餐等功能。',
      materialsHash: first.materialsHash,
    });
    expect(JSON.stringify(pub)).not.toContain('赵老师');
    const cycles = ok(await server.client().get(`/api/public/congresses/${congressId}/cycles`));
    expect(cycles.congress.name).toBe('某县人民代表大会');
    expect(cycles.cycles.find((c: any) => c.id === cycleId)).toMatchObject({ phase: 'screening', listFixed: true });
  });

  it('locks the fixed list: nothing joins, leaves or changes until an explicit, reasoned unlock', async () => {
    expect(problemCodes(await admin.post(`/api/proposals/${p.html}/screening`, { outcome: 'shortlist' }))).toEqual(['list_fixed']);
    expect(problemCodes(await admin.post(`/api/proposals/${p.road}/screening`, { outcome: 'reject', reason: 'x' }))).toEqual(['list_fixed']);
    expect(problemCodes(await admin.patch(`/api/cycles/${cycleId}`, { seats: 2 }))).toEqual(['list_fixed']);
    expect(problemCodes(await admin.patch(`/api/proposals/${p.school}`, { title: '改名' }))).toEqual(['list_fixed']);
    expect(
      problemCodes(
        await admin.request('PUT', `/api/cycles/${cycleId}/candidate-list/order`, { proposalIds: [p.school, p.road, p.clinic, p.eldercare] }),
      ),
    ).toEqual(['list_fixed']);
    expect((await admin.post(`/api/cycles/${cycleId}/candidate-list/unlock`, {})).status).toBe(400);
    const unlocked = ok(await admin.post(`/api/cycles/${cycleId}/candidate-list/unlock`, { reason: '更正项目名称' }));
    expected.push('candidate_list.unlocked');
    expect(unlocked.fixed).toBe(false);
    // The secretariat corrects a submitted proposal's materials: ledgered, and still complete.
    expect(problemCodes(await admin.patch(`/api/proposals/${p.school}`, { estimateYuan: 13_000_000 }))).toEqual(['funding_sum']);
    const corrected = ok(await admin.patch(`/api/proposals/${p.school}`, { title: '城区第三小学扩容工程（一期）' })).proposal;
    expected.push('proposal.updated');
    expect(corrected.title).toBe('城区第三小学扩容工程（一期）');
    ok(await admin.post(`/api/cycles/${cycleId}/candidate-list/fix`));
    expected.push('candidate_list.fixed');
  });

  it('moves to balloting only with the list fixed; leaving balloting needs the certified ballot', async () => {
    ok(await admin.post(`/api/cycles/${cycleId}/candidate-list/unlock`, { reason: '复核' }));
    expected.push('candidate_list.unlocked');
    const unfixed = await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'balloting' });
    expect(unfixed.status).toBe(422);
    expect(unfixed.body.error.message).toBe('候选项目名单尚未确定');
    ok(await admin.post(`/api/cycles/${cycleId}/candidate-list/fix`));
    expected.push('candidate_list.fixed');
    ok(await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'balloting' }));
    expected.push('cycle.phase_moved');
    const en = await admin.request('POST', `/api/cycles/${cycleId}/phase`, { to: 'implementation' }, { 'accept-language': 'en' });
    expect(en.status).toBe(422);
    // No ballot yet: the move names the step missing.
    expect(en.body.error.message).toBe('The project ballot has not been held');
    expect(problemCodes(en)).toEqual(['no_ballot']);
    expect(problemCodes(await admin.post(`/api/cycles/${cycleId}/phase`, { to: 'screening' }))).toEqual(['not_forward']);
    // Phase-1 records are closed once the list has gone to the vote.
    expect(problemCodes(await admin.post(`/api/proposals/${p.html}/screening`, { outcome: 'shortlist' }))).toEqual(['phase_closed']);
    expect(problemCodes(await admin.post(`/api/cycles/${cycleId}/candidate-list/unlock`, { reason: 'x' }))).toEqual(['not_screening']);
    expect(problemCodes(await admin.patch(`/api/cycles/${cycleId}`, { title: '改名' }))).toEqual(['phase_closed']);
  });

  it('refuses to leave screening while proposals or suggestions await an outcome', async () => {
    const c = ok(
      await admin.post('/api/cycles', { title: '2030年民生实事项目', year: 2030, opensOn: '2027-01-01', closesOn: '2027-02-28', seats: 1 }),
      201,
    ).cycle;
    ok(await jiaoyu.post(`/api/cycles/${c.id}/proposals`, { ...full({ deadline: '2030-12-31' }), submit: true }), 201);
    ok(await admin.post(`/api/cycles/${c.id}/suggestions`, { channel: 'letter', title: '建议', content: '内容' }), 201);
    ok(await admin.patch(`/api/cycles/${c.id}`, { closesOn: '2027-01-14', windowOverrideReason: '测试' }));
    ok(await admin.post(`/api/cycles/${c.id}/phase`, { to: 'screening' }));
    const r = await admin.post(`/api/cycles/${c.id}/phase`, { to: 'balloting' });
    expect(problemCodes(r)).toEqual(['list_not_fixed', 'proposals_unscreened', 'suggestions_unprocessed']);
  });

  // ---- the ledger --------------------------------------------------------------------------

  it("records one ledger entry per state change in the cycle's public ledger, with a valid chain and no private data", async () => {
    const ledgerId = ok(await admin.get(`/api/cycles/${cycleId}`)).cycle.ledgerId;
    const exp = ok(await server.client().get(`/api/ledgers/${ledgerId}`));
    expect(exp.entries.map((e: any) => e.kind)).toEqual(expected);
    expect(verifyChain(exp.entries).ok).toBe(true);
    expect(exp.head).toEqual({ seq: expected.length, hash: exp.entries.at(-1).hash });
    const text = JSON.stringify(exp.entries);
    for (const secret of [
      '13800000000',
      '13700000000',
      '13900001111',
      '0571-87654321',
      '陈阿姨',
      '刘先生',
      '王女士',
      '赵老师',
      '内部意见',
      '财政可承受',
      '内部：合法性',
      '希望建设社区居家养老服务中心',
    ]) {
      expect(text).not.toContain(secret);
    }
    const fixed = exp.entries.filter((e: any) => e.kind === 'candidate_list.fixed').at(-1).data;
    expect(fixed).toMatchObject({ cycleId, seats: 3, minMargin: 1, allowEqual: false });
    expect(fixed.candidates.map((c: any) => [c.order, c.code, c.estimateYuan])).toEqual([
      [1, '2028-006', 3_456_789],
      [2, '2028-001', 12_000_000],
      [3, '2028-005', 9_600_000],
      [4, '2028-002', 26_500_000],
    ]);
    expect(fixed.candidates[1].title).toBe('城区第三小学扩容工程（一期）');
    const list = ok(await li.get(`/api/cycles/${cycleId}/candidate-list`));
    expect(fixed.candidates.map((c: any) => c.materialsHash)).toEqual(list.candidates.map((c: any) => c.materialsHash));
    const screened = exp.entries.find((e: any) => e.kind === 'proposal.screened' && e.data.outcome === 'reject').data;
    expect(screened).toMatchObject({ proposalId: p.html, reason: '与省级项目重复，不予列入', status: 'rejected' });
    const resubmitted = exp.entries.filter((e: any) => e.kind === 'proposal.submitted' && e.data.resubmission);
    expect(resubmitted.map((e: any) => e.data.proposalId)).toEqual([p.school]);
  });

  // ---- robustness ---------------------------------------------------------------------------

  it('keeps congresses apart', async () => {
    await addCongress(
      server.deps.db,
      {
        congress: { name: '邻县人民代表大会', jurisdiction: '邻县', level: 'county' },
        admin: { username: 'linxian', displayName: '邻县秘书处', password: PW },
      },
      server.clock.read(),
    );
    const other = await server.client().login('linxian', PW);
    expect((await other.get(`/api/cycles/${cycleId}`)).status).toBe(404);
    expect((await other.get(`/api/proposals/${p.school}`)).status).toBe(404);
    expect((await other.post(`/api/proposals/${p.html}/screening`, { outcome: 'reject', reason: 'x' })).status).toBe(404);
    expect((await other.get(`/api/suggestions/${s.hotline!.id}`)).status).toBe(404);
    expect(ok(await other.get('/api/cycles')).cycles).toEqual([]);
  });

  it('answers public routes with 400/404, never 500, for empty bodies and unknown ids', async () => {
    const anon = server.client();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await anon.get(`/api/public/congresses/${unknown}/cycles`)).status).toBe(404);
    expect((await anon.get(`/api/public/cycles/${unknown}`)).status).toBe(404);
    expect((await anon.get(`/api/public/cycles/${unknown}/candidates`)).status).toBe(404);
    expect((await anon.get('/api/public/cycles/not-a-uuid/candidates')).status).toBe(400);
    server.clock.advance(HOUR);
    expect((await anon.post(`/api/public/cycles/${unknown}/suggestions`, {})).status).toBe(400);
    expect((await anon.post(`/api/public/cycles/${unknown}/suggestions`, { title: 'x', content: 'y' })).status).toBe(404);
    expect((await anon.post(`/api/public/cycles/${cycleId}/suggestions`, { title: 'x\ud800', content: 'y' })).status).toBe(400);
    expect((await anon.get(`/api/public/suggestions/${'x'.repeat(100)}`)).status).toBe(400);
  });

  it('numbers concurrent submissions 1..n without gaps, one ledger entry each', async () => {
    const c = ok(
      await admin.post('/api/cycles', { title: '2033年民生实事项目', year: 2033, opensOn: '2027-01-01', closesOn: '2027-03-31', seats: 1 }),
      201,
    ).cycle;
    const drafts: string[] = [];
    for (let i = 0; i < 8; i++)
      drafts.push(ok(await jiaoyu.post(`/api/cycles/${c.id}/proposals`, full({ title: `项目${i}`, deadline: '2033-12-31' })), 201).proposal.id);
    const results = await Promise.all(drafts.map((id) => jiaoyu.post(`/api/proposals/${id}/submit`)));
    expect(results.map((r) => r.status)).toEqual(drafts.map(() => 200));
    expect(results.map((r) => r.body.proposal.number).sort((a: number, b: number) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const exp = ok(await server.client().get(`/api/ledgers/${c.ledgerId}`));
    expect(exp.entries.map((e: any) => e.kind)).toEqual(['cycle.created', ...drafts.map(() => 'proposal.submitted')]);
    expect(verifyChain(exp.entries).ok).toBe(true);
  });

  it('rate limits the public form per address: 5 an hour, then 429 with Retry-After', async () => {
    const c = ok(
      await admin.post('/api/cycles', { title: '2032年民生实事项目', year: 2032, opensOn: '2027-01-01', closesOn: '2027-03-31', seats: 1 }),
      201,
    ).cycle;
    server.clock.advance(HOUR);
    const anon = server.client();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await anon.post(`/api/public/cycles/${c.id}/suggestions`, { title: `建议${i}`, content: '内容' })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await anon.post(`/api/public/cycles/${c.id}/suggestions`, { title: '再来', content: '内容' });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.body.error.code).toBe('rate_limited');
    server.clock.advance(HOUR);
    expect((await anon.post(`/api/public/cycles/${c.id}/suggestions`, { title: '下一小时', content: '内容' })).status).toBe(201);
  });
});
