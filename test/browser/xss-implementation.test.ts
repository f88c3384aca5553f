// XSS payloads in every text a user types in phases 3 and 4 — the department's name, plan and
// milestone names, progress narratives and problems, a correction note, a supervision group's
// name, a deputy's 督办建议 and the department's answer, a change request's reason, the decision's
// 文号 and note, an evaluation's title and a rectification report — then every page of the
// console, the department's and deputy's portals, the public progress pages, the annual report and
// the hall screen that shows them, in Chromium: shown as the literal text, nothing injected, no
// dialog. (Phases 1–2 are in xss.test.ts.) CSP is bypassed so this checks the escaping itself.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/harness';
import { buildImplementation, deputyAccount, evaluate, ok, travel, type Implementation } from '../support/implementation-fixtures';
import { ensureWebBuild } from '../support/web-build';
import { imgPayload as img, visitShowsText } from '../support/xss';

const P = {
  department: `住建局${img(31)}`,
  summary: `<script>alert(32)</script>计划说明`,
  milestone: `节点${img(33)}`,
  narrative: `"><svg onload=alert(34)>进展`,
  problems: `问题${img(35)}`,
  correction: `更正<script>alert(36)</script>`,
  group: `监督组${img(37)}`,
  item: `督办${img(38)}`,
  answer: `答复"><svg onload=alert(39)>`,
  reason: `理由${img(40)}`,
  decisionNumber: `文号${img(41)}`,
  decisionNote: `<script>alert(42)</script>意见`,
  evaluation: `测评${img(43)}`,
  rectification: `整改${img(44)}`,
};

describe.skipIf(!hasChromium)('XSS payloads stay text in phases 3–4 (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  let impl: Implementation;
  const dialogs: string[] = [];
  let cookies: Record<'admin' | 'dept' | 'deputy', string>;
  let p1 = '',
    p2 = '',
    p3 = '',
    evaluationId = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    impl = await buildImplementation(server);
    [p1, p2, p3] = impl.projects.map((p) => p.id) as [string, string, string];
    ok(await impl.admin.patch(`/api/departments/${impl.departmentId}`, { name: P.department }));
    const plan = ok(
      await impl.dept.request('PUT', `/api/projects/${p1}/plan`, { summary: P.summary, milestones: [{ name: P.milestone, dueOn: '2027-06-30' }] }),
    );
    const milestoneId = plan.project.plan.milestones[0].id as string;
    await travel(server, impl, '2027-03-10T10:00');
    const first = ok(
      await impl.dept.post(`/api/projects/${p1}/reports`, {
        asOf: '2027-03-01',
        percentComplete: 30,
        disbursedYuan: 300_000,
        narrative: P.narrative,
        problems: P.problems,
        milestonesReached: [milestoneId],
      }),
      201,
    );
    ok(
      await impl.dept.post(`/api/projects/${p1}/reports`, {
        asOf: '2027-03-01',
        percentComplete: 30,
        disbursedYuan: 310_000,
        narrative: P.narrative,
        milestonesReached: [milestoneId],
        correctsId: first.report.id,
        correctionNote: P.correction,
      }),
      201,
    );
    const deputy = await deputyAccount(server, impl, 0, 'daibiao1');
    ok(
      await impl.admin.post(`/api/cycles/${impl.cycleId}/supervision-groups`, {
        name: P.group,
        leaderDeputyId: deputy.deputyId,
        projectIds: [p1, p2],
      }),
      201,
    );
    const item = ok(
      await deputy.client.post(`/api/projects/${p1}/supervision`, { kind: 'recommendation', occurredOn: '2027-03-05', text: P.item }),
      201,
    ).item;
    ok(await impl.dept.post(`/api/supervision-items/${item.id}/answer`, { text: P.answer }));
    ok(await deputy.client.post(`/api/projects/${p2}/supervision`, { kind: 'question', occurredOn: '2027-03-06', text: P.item }), 201);
    const change = ok(
      await impl.dept.post(`/api/projects/${p2}/changes`, { kind: 'adjust', reason: P.reason, adjust: { deadline: '2028-06-30' } }),
      201,
    );
    ok(
      await impl.admin.post(`/api/changes/${change.change.id}/decision`, {
        outcome: 'approved',
        decidedOn: '2027-03-10',
        decisionNumber: P.decisionNumber,
        note: P.decisionNote,
      }),
    );
    ok(await impl.dept.post(`/api/projects/${p3}/changes`, { kind: 'suspend', reason: P.reason }), 201);
    const pending = ok(await impl.admin.get(`/api/changes?cycleId=${impl.cycleId}&status=pending`)).changes[0];
    ok(
      await impl.admin.post(`/api/changes/${pending.id}/decision`, {
        outcome: 'rejected',
        decidedOn: '2027-03-10',
        decisionNumber: P.decisionNumber,
        note: null,
      }),
    );
    ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'evaluation' }));
    evaluationId = await evaluate(server, impl, (id) => (id === p3 ? 'unsatisfied' : 'satisfied'), undefined, P.evaluation);
    const [order] = ok(await impl.admin.get(`/api/rectifications?cycleId=${impl.cycleId}`)).rectifications;
    ok(await impl.dept.post(`/api/rectifications/${order.id}/report`, { text: P.rectification }));
    const cookieOf = (c: { cookie: string | null }) => c.cookie!.split('=')[1]!.split(';')[0]!;
    cookies = { admin: cookieOf(impl.admin), dept: cookieOf(impl.dept), deputy: cookieOf(deputy.client) };
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function context(who: keyof typeof cookies | null): Promise<BrowserContext> {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    if (who) await ctx.addCookies([{ name: 'session', value: cookies[who], url: server.url }]);
    return ctx;
  }

  const visit = (ctx: BrowserContext, path: string, expected: string[]) => visitShowsText(ctx, server.url, path, expected, dialogs);

  it('in the console (secretariat)', async () => {
    const ctx = await context('admin');
    await visit(ctx, `/console/cycles/${impl.cycleId}/projects`, [P.department]);
    await visit(ctx, `/console/projects/${p1}`, [P.department, P.milestone, P.narrative, P.problems, P.correction, P.item, P.answer]);
    await visit(ctx, `/console/projects/${p2}`, [P.reason, P.decisionNumber, P.decisionNote]);
    await visit(ctx, `/console/cycles/${impl.cycleId}/supervision`, [P.group, P.item]);
    await visit(ctx, `/console/cycles/${impl.cycleId}/changes`, [P.reason, P.decisionNumber]);
    await visit(ctx, `/console/cycles/${impl.cycleId}/rectifications`, [P.rectification]);
    await visit(ctx, `/console/session/ballots/${evaluationId}`, [P.evaluation]);
    await ctx.close();
    expect(dialogs).toEqual([]);
  });

  it('in the department and deputy portals', async () => {
    const dept = await context('dept');
    await visit(dept, '/department/projects', []);
    await visit(dept, `/department/projects/${p1}`, [P.milestone, P.narrative, P.item, P.answer]);
    await visit(dept, `/department/projects/${p3}`, [P.reason]);
    await dept.close();
    const deputy = await context('deputy');
    await visit(deputy, '/deputy/projects', [P.department]);
    await visit(deputy, `/deputy/projects/${p1}`, [P.item, P.answer]);
    await deputy.close();
    expect(dialogs).toEqual([]);
  });

  it('on the public pages, the annual report and the hall screen (no account)', async () => {
    const ctx = await context(null);
    await visit(ctx, `/public/cycles/${impl.cycleId}/overview`, [P.decisionNumber]);
    await visit(ctx, `/public/cycles/${impl.cycleId}/projects`, [P.department]);
    await visit(ctx, `/public/projects/${p1}`, [P.department, P.milestone, P.narrative, P.problems, P.correction, P.item, P.answer]);
    await visit(ctx, `/public/projects/${p2}`, [P.reason, P.decisionNumber, P.decisionNote]);
    await visit(ctx, `/public/projects/${p3}`, [P.rectification]);
    await visit(ctx, `/public/departments/${impl.departmentId}`, [P.department]);
    await visit(ctx, `/public/cycles/${impl.cycleId}/report`, [P.department, P.milestone, P.decisionNumber]);
    await visit(ctx, `/screen/${evaluationId}`, [P.evaluation]);
    await ctx.close();
    expect(dialogs).toEqual([]);
  });
});
