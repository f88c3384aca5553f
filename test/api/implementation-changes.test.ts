// Major changes of a project through the real API: only an approved standing-committee decision
// changes anything, and it is published as a notice; suspension and termination follow it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';
import { buildImplementation, evaluate, ok, otherDepartment, travel, type Implementation } from '../support/implementation-fixtures';

const problemCodes = (r: { body: any }) => (r.body?.error?.details?.problems ?? []).map((p: { code: string }) => p.code);

describe.each(DRIVERS)('phase 3 implementation: changes and decisions [%s]', (driver) => {
  let server: TestServer;
  let impl: Implementation;
  let other: { id: string; client: Client };
  let p1 = '';
  let p2 = '';
  let p3 = '';

  beforeAll(async () => {
    server = await startTestServer(driver);
    impl = await buildImplementation(server);
    other = await otherDepartment(server, impl);
    [p1, p2, p3] = impl.projects.map((p) => p.id);
  });
  afterAll(async () => server?.stop());

  const project = async (id: string) => ok(await impl.admin.get(`/api/projects/${id}`)).project;
  const request = (id: string, body: Record<string, unknown>, c: Client = impl.dept) => c.post(`/api/projects/${id}/changes`, body);
  const decide = (changeId: string, body: Record<string, unknown>, c: Client = impl.admin) => c.post(`/api/changes/${changeId}/decision`, body);
  const kinds = async () => ok(await server.client().get(`/api/ledgers/${impl.cycleLedgerId}`)).entries.map((e: any) => e.kind);
  const extend = { kind: 'adjust', reason: '征地拆迁滞后，需顺延工期', adjust: { deadline: '2028-06-30' } };

  it('a department requests an adjustment of its own project; nothing changes yet', async () => {
    await travel(server, impl, '2027-06-01T10:00');
    expect((await request(p1, extend, other.client)).status).toBe(403);
    expect((await request(p1, extend, impl.admin)).status).toBe(403);
    expect((await request(p1, { kind: 'adjust', reason: '缺调整内容' })).status).toBe(400);
    expect((await request(p1, { kind: 'suspend', reason: '理由', adjust: { deadline: '2028-06-30' } })).status).toBe(400);
    expect(problemCodes(await request(p1, { ...extend, adjust: { deadline: '2027-12-31' } }))).toEqual(['adjust_empty']);
    expect(problemCodes(await request(p1, { ...extend, adjust: { deadline: '2027-05-31' } }))).toEqual(['deadline_past']);
    const c = ok(await request(p1, extend), 201).change;
    expect(c).toMatchObject({ kind: 'adjust', status: 'pending', proposed: { deadline: '2028-06-30' }, reason: extend.reason, decision: null });
    expect((await project(p1)).deadline).toBe('2027-12-31');
    expect((await request(p1, extend)).status).toBe(409); // one pending request at a time
    expect((await kinds()).at(-1)).toBe('change.requested');
    expect(ok(await impl.dept.get(`/api/changes?cycleId=${impl.cycleId}&status=pending`)).changes.map((x: any) => x.id)).toEqual([c.id]);
    expect(ok(await other.client.get(`/api/changes?cycleId=${impl.cycleId}`)).changes).toEqual([]);
  });

  it('a rejected decision leaves the project as it was; a decided request cannot be decided again', async () => {
    const [pending] = ok(await impl.admin.get(`/api/changes?projectId=${p1}`)).changes;
    expect((await decide(pending.id, { outcome: 'rejected', decidedOn: '2027-06-01', decisionNumber: '示人常〔2027〕8号' }, impl.dept)).status).toBe(
      403,
    );
    expect(problemCodes(await decide(pending.id, { outcome: 'rejected', decidedOn: '2027-06-02', decisionNumber: '示人常〔2027〕8号' }))).toEqual([
      'decided_future',
    ]);
    expect(problemCodes(await decide(pending.id, { outcome: 'rejected', decidedOn: '2027-05-31', decisionNumber: '示人常〔2027〕8号' }))).toEqual([
      'decided_before_request',
    ]);
    const r = ok(
      await decide(pending.id, { outcome: 'rejected', decidedOn: '2027-06-01', decisionNumber: '示人常〔2027〕8号', note: '请先压实施工组织' }),
    ).change;
    expect(r).toMatchObject({
      status: 'rejected',
      decision: { outcome: 'rejected', decidedOn: '2027-06-01', number: '示人常〔2027〕8号', changed: {} },
    });
    expect((await project(p1)).deadline).toBe('2027-12-31');
    expect((await decide(pending.id, { outcome: 'approved', decidedOn: '2027-06-01', decisionNumber: 'x' })).status).toBe(409);
    expect(ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/notices`)).notices).toEqual([]);
  });

  it('an approved decision changes exactly what it approved, and is published as a notice', async () => {
    await travel(server, impl, '2027-07-10T10:00');
    ok(
      await impl.dept.post(`/api/projects/${p1}/reports`, {
        asOf: '2027-07-10',
        percentComplete: 40,
        disbursedYuan: 900_000,
        narrative: '主体施工。',
      }),
      201,
    );
    const money = { kind: 'adjust', reason: '增加配套设施，工期顺延', adjust: { deadline: '2028-06-30', budgetYuan: 1_200_000 } };
    expect(problemCodes(await request(p1, money))).toEqual(['funding_sum']);
    const cut = { kind: 'adjust', reason: '压减规模', adjust: { budgetYuan: 800_000, funding: [{ source: 'local_fiscal', amountYuan: 800_000 }] } };
    expect(problemCodes(await request(p1, cut))).toEqual(['budget_below_disbursed']);
    const funding = [
      { source: 'local_fiscal', amountYuan: 1_000_000 },
      { source: 'higher_subsidy', amountYuan: 200_000 },
    ];
    const c = ok(await request(p1, { ...money, adjust: { ...money.adjust, funding } }), 201).change;
    await travel(server, impl, '2027-07-20T10:00');
    const d = ok(await decide(c.id, { outcome: 'approved', decidedOn: '2027-07-18', decisionNumber: '示人常〔2027〕12号' })).change;
    expect(d.decision.changed).toEqual({
      deadline: { from: '2027-12-31', to: '2028-06-30' },
      budgetYuan: { from: 1_000_000, to: 1_200_000 },
      funding: {
        from: [{ source: 'local_fiscal', amountYuan: 1_000_000, note: null }],
        to: [
          { source: 'local_fiscal', amountYuan: 1_000_000, note: null },
          { source: 'higher_subsidy', amountYuan: 200_000, note: null },
        ],
      },
    });
    expect(await project(p1)).toMatchObject({
      deadline: '2028-06-30',
      originalDeadline: '2027-12-31',
      budgetYuan: 1_200_000,
      originalBudgetYuan: 1_000_000,
      funding: [
        { source: 'local_fiscal', amountYuan: 1_000_000 },
        { source: 'higher_subsidy', amountYuan: 200_000 },
      ],
    });
    const { notices } = ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/notices`));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      projectId: p1,
      kind: 'adjust',
      decidedOn: '2027-07-18',
      decisionNumber: '示人常〔2027〕12号',
      reason: money.reason,
      changed: { deadline: { to: '2028-06-30' } },
      title: { zh: '关于《候选项目1》调整的决定' },
    });
    const entry = ok(await server.client().get(`/api/ledgers/${impl.cycleLedgerId}`)).entries.findLast((e: any) => e.kind === 'change.decided');
    expect(entry.data).toMatchObject({
      changeId: c.id,
      projectId: p1,
      outcome: 'approved',
      decisionNumber: '示人常〔2027〕12号',
      changed: { deadline: { to: '2028-06-30' } },
    });
    // The old deadline no longer makes it late.
    await travel(server, impl, '2028-01-02T10:00');
    expect((await project(p1)).flags.delayed).toBeNull();
    const timeline = ok(await server.client().get(`/api/public/projects/${p1}`)).timeline.map((e: any) => e.type);
    expect(timeline).toEqual(expect.arrayContaining(['change.requested', 'change.rejected', 'change.approved']));
  });

  it('withdraws a pending request (only its own department)', async () => {
    const c = ok(await request(p2, { kind: 'suspend', reason: '资金未到位' }), 201).change;
    expect((await other.client.post(`/api/changes/${c.id}/withdraw`)).status).toBe(403);
    expect(ok(await impl.dept.post(`/api/changes/${c.id}/withdraw`)).change.status).toBe('withdrawn');
    expect((await impl.dept.post(`/api/changes/${c.id}/withdraw`)).status).toBe(409);
    expect((await decide(c.id, { outcome: 'approved', decidedOn: '2028-01-02', decisionNumber: 'x' })).status).toBe(409);
    expect((await project(p2)).state).toBe('active');
  });

  it('a suspension stops the reporting duty (and the flags) until a resumption', async () => {
    ok(
      await impl.dept.post(`/api/projects/${p2}/reports`, { asOf: '2028-01-02', percentComplete: 50, disbursedYuan: 1_000_000, narrative: '进展。' }),
      201,
    );
    const c = ok(await request(p2, { kind: 'suspend', reason: '上级补助资金暂未下达' }), 201).change;
    ok(await decide(c.id, { outcome: 'approved', decidedOn: '2028-01-02', decisionNumber: '示人常〔2028〕1号' }));
    expect(await project(p2)).toMatchObject({ state: 'suspended', status: 'suspended' });
    await travel(server, impl, '2028-05-10T10:00');
    const quiet = await project(p2);
    expect(quiet).toMatchObject({ status: 'suspended', flags: { overdue: null, delayed: null }, nextReportDue: null });
    expect(quiet.reporting.periods.slice(-4).map((x: any) => x.status)).toEqual(['not_required', 'not_required', 'not_required', 'not_required']);
    expect(problemCodes(await request(p2, { kind: 'suspend', reason: '再次暂缓' }))).toEqual(['not_active']);
    const resume = ok(await request(p2, { kind: 'resume', reason: '资金已到位' }), 201).change;
    ok(await decide(resume.id, { outcome: 'approved', decidedOn: '2028-05-10', decisionNumber: '示人常〔2028〕5号' }));
    const back = await project(p2);
    expect(back).toMatchObject({ state: 'active', status: 'delayed', nextReportDue: { key: '2028-05' } });
    await travel(server, impl, '2028-06-01T00:00');
    expect((await project(p2)).flags.overdue).toMatchObject({ period: { key: '2028-05' } });
  });

  it('a termination ends reporting and changes for good', async () => {
    const c = ok(await request(p3, { kind: 'terminate', reason: '选址地块调整为学校用地，项目无法实施' }), 201).change;
    ok(await decide(c.id, { outcome: 'approved', decidedOn: '2028-06-01', decisionNumber: '示人常〔2028〕9号' }));
    const p = await project(p3);
    expect(p).toMatchObject({ state: 'terminated', status: 'terminated', flags: { overdue: null, delayed: null } });
    const late = await impl.dept.post(`/api/projects/${p3}/reports`, { asOf: '2028-06-01', percentComplete: 10, disbursedYuan: 0, narrative: '—' });
    expect(problemCodes(late)).toEqual(['project_terminated']);
    expect(problemCodes(await request(p3, { kind: 'resume', reason: '恢复' }))).toEqual(['project_terminated']);
    expect((await impl.dept.request('PUT', `/api/projects/${p3}/plan`, { milestones: [] })).status).toBe(422);
    const overview = ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/overview`));
    expect(overview.byStatus.find((s: any) => s.status === 'terminated').projects).toBe(1);
    expect(overview.notices.map((n: any) => n.kind)).toEqual(['terminate', 'resume', 'suspend', 'adjust']);
    // Nothing about a project changed without its ledger entry.
    expect((await kinds()).filter((k: string) => k.startsWith('change.'))).toEqual([
      'change.requested',
      'change.decided',
      'change.requested',
      'change.decided',
      'change.requested',
      'change.withdrawn',
      'change.requested',
      'change.decided',
      'change.requested',
      'change.decided',
      'change.requested',
      'change.decided',
    ]);
  });

  it('goes on through evaluation; once the cycle is closed its projects are history', async () => {
    ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'evaluation' }));
    const body = { asOf: '2028-06-01', percentComplete: 60, disbursedYuan: 1_000_000, narrative: '继续实施。' };
    ok(await impl.dept.post(`/api/projects/${p2}/reports`, body), 201);
    // The loop closes only when every project still standing has its grade (p3 was terminated).
    const early = await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'closed' });
    expect(early.status).toBe(422);
    expect(problemCodes(early)).toEqual(['projects_ungraded']);
    expect(early.body.error.details.problems[0].zh).toBe('还有 2 个项目没有测评结果');
    const terminated = await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: 'x',
      projectIds: [p3],
    });
    expect(terminated.status).toBe(422);
    expect(terminated.body.error.message).toContain('已终止的项目不参加测评');
    const ballotId = await evaluate(server, impl, () => 'satisfied');
    const asked = ok(await impl.admin.get(`/api/ballots/${ballotId}`)).ballot.candidates.map((c: { id: string }) => c.id);
    expect(asked).toEqual([impl.projects[0]!.id, p2]);
    // While the cycle is open, p2 (active, unfinished) owes its next report.
    expect(ok(await impl.dept.get(`/api/projects/${p2}`)).project.nextReportDue).not.toBeNull();
    ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'closed' }));
    // Long after the close nothing is overdue or due, on the department's, the console's and the public pages alike.
    await travel(server, impl, '2030-10-01T10:00');
    type Flagged = { id: string; flags: { overdue: unknown }; nextReportDue: unknown };
    const lists: Flagged[][] = [
      ok(await impl.dept.get(`/api/projects?cycleId=${impl.cycleId}`)).projects,
      ok(await impl.admin.get(`/api/projects?cycleId=${impl.cycleId}`)).projects,
      ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/projects`)).projects,
    ];
    for (const list of lists) {
      expect(list.length).toBeGreaterThan(0);
      for (const x of list) expect({ id: x.id, overdue: x.flags.overdue, due: x.nextReportDue }).toEqual({ id: x.id, overdue: null, due: null });
    }
    expect(ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/overview`)).totals.overdue).toBe(0);
    const record = ok(await impl.dept.get(`/api/projects/${p2}`)).project;
    expect(record.flags.overdue).toBeNull();
    expect(record.nextReportDue).toBeNull();
    expect(problemCodes(await impl.dept.post(`/api/projects/${p2}/reports`, { ...body, percentComplete: 70 }))).toEqual(['cycle_closed']);
    expect(problemCodes(await request(p2, { kind: 'suspend', reason: '—' }))).toEqual(['cycle_closed']);
    expect(ok(await impl.dept.get(`/api/projects/${p2}`)).may).toMatchObject({ report: false, requestChange: false, answer: false });
    expect(ok(await server.client().get(`/api/public/projects/${p2}`)).cycle.phase).toBe('closed');
  });
});
