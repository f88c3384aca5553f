// Phase 3 组织实施 through the real API: projects from the certified ballot, plans, progress
// reports with the reporting cadence and the overdue and delayed flags (on a movable clock), and
// who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/core/domain/ledger-chain';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';
import { buildImplementation, deputyAccount, ok, otherDepartment, travel, type Implementation } from '../support/implementation-fixtures';

const problemCodes = (r: { body: any }) => (r.body?.error?.details?.problems ?? []).map((p: { code: string }) => p.code);

describe.each(DRIVERS)('phase 3 implementation: projects, plans and reports [%s]', (driver) => {
  let server: TestServer;
  let impl: Implementation;
  let other: { id: string; client: Client };
  let deputy: Client;
  let p1 = '';
  let p2 = '';
  const milestones: string[] = [];
  const reportIds: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(driver);
    impl = await buildImplementation(server);
    other = await otherDepartment(server, impl);
    deputy = (await deputyAccount(server, impl, 0, 'daibiao1')).client;
    [p1, p2] = impl.projects.map((p) => p.id);
  });
  afterAll(async () => server?.stop());

  const ledger = async () => ok(await server.client().get(`/api/ledgers/${impl.cycleLedgerId}`));
  const project = async (id: string, c: Client = impl.admin) => ok(await c.get(`/api/projects/${id}`)).project;
  const report = (over: Record<string, unknown> = {}, id = p1, c: Client = impl.dept) =>
    c.post(`/api/projects/${id}/reports`, {
      asOf: '2027-03-01',
      percentComplete: 30,
      disbursedYuan: 300_000,
      narrative: '完成招标，进场施工。',
      ...over,
    });

  it("turns the certified selection into projects, in rank order, with the proposal's terms and the vote", async () => {
    const list = ok(await impl.admin.get(`/api/projects?cycleId=${impl.cycleId}`));
    expect(list.projects.map((p: any) => [p.title, p.rank, p.vote.for, p.vote.against, p.vote.abstain, p.vote.rank])).toEqual([
      ['候选项目1', 1, 5, 0, 0, 1],
      ['候选项目2', 2, 4, 0, 1, 2],
      ['候选项目3', 3, 3, 0, 2, 3],
    ]);
    // The cycle's counts named them before the move (what the move's confirmation says) and after.
    expect(impl.countsBeforeMove).toMatchObject({ selected: 3 });
    expect(impl.countsBeforeMove).not.toHaveProperty('projects');
    expect(ok(await impl.admin.get(`/api/cycles/${impl.cycleId}`)).counts).toMatchObject({ projects: 3 });
    const d = ok(await impl.admin.get(`/api/projects/${p1}`));
    expect(d.project).toMatchObject({
      code: '2027-001',
      category: '其他',
      content: '建设内容1。',
      location: '城关镇',
      departmentId: impl.departmentId,
      budgetYuan: 1_000_000,
      budgetWan: '100',
      originalBudgetYuan: 1_000_000,
      funding: [{ source: 'local_fiscal', amountYuan: 1_000_000, note: null }],
      deadline: '2027-12-31',
      originalDeadline: '2027-12-31',
      targets: [{ indicator: '完成', value: '1', unit: '项' }],
      state: 'active',
      status: 'not_started',
      percentComplete: 0,
      disbursedYuan: 0,
      startedOn: '2027-01-15',
      cadence: 'monthly',
      flags: { overdue: null, delayed: null },
      nextReportDue: { key: '2027-02', end: '2027-02-28' },
    });
    expect(d.proposal).toMatchObject({ id: impl.projects[0]!.proposalId, code: '2027-001', title: '候选项目1' });
    expect(d.vote).toMatchObject({ ballotId: impl.ballotId, ballotKind: 'project', for: 5, rank: 1, selectionRank: 1 });
    expect(d.timeline.map((e: any) => e.type)).toEqual(['proposal.submitted', 'ballot.certified', 'project.created']);
    expect(impl.projects.map((p) => p.proposalId)).not.toContain(impl.notSelected);
  });

  it("ledgers each project in the cycle's public ledger, in the move's transaction, with no contact data", async () => {
    const exp = await ledger();
    const kinds = exp.entries.map((e: any) => e.kind);
    expect(kinds.slice(-4)).toEqual(['cycle.phase_moved', 'project.created', 'project.created', 'project.created']);
    const created = exp.entries.filter((e: any) => e.kind === 'project.created');
    expect(created.map((e: any) => e.data.projectId)).toEqual(impl.projects.map((p) => p.id));
    expect(created[0].data).toMatchObject({
      rank: 1,
      budgetYuan: 1_000_000,
      deadline: '2027-12-31',
      vote: { ballotId: impl.ballotId, for: 5, rank: 1 },
    });
    expect(created[0].data.materialsHash).toMatch(/^[0-9a-f]{64}$/);
    const text = JSON.stringify(exp);
    expect(text).not.toContain('0000-0000000');
    expect(text).not.toContain('联系人');
    expect(verifyChain(exp.entries).ok).toBe(true);
  });

  it('shows a department only its own projects: another department gets 403', async () => {
    expect(ok(await other.client.get(`/api/projects?cycleId=${impl.cycleId}`)).projects).toEqual([]);
    expect((await other.client.get(`/api/projects/${p1}`)).status).toBe(403);
    expect((await other.client.get(`/api/projects/${p1}/reports`)).status).toBe(403);
    const foreign = await report({}, p1, other.client);
    expect(foreign.status).toBe(403);
    expect((await other.client.request('PUT', `/api/projects/${p1}/plan`, { milestones: [] })).status).toBe(403);
    expect(ok(await impl.dept.get(`/api/projects?cycleId=${impl.cycleId}`)).projects).toHaveLength(3);
    for (const c of [impl.dept, deputy, impl.hall.scrutineers[0]]) expect((await c.get(`/api/projects/${p1}`)).status).toBe(200);
    expect((await impl.admin.get('/api/projects/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("lets the department publish its plan (ledgered), within the project's time", async () => {
    const plan = {
      summary: '分三个阶段实施：招标、主体施工、竣工验收。',
      milestones: [
        { name: '完成招标', dueOn: '2027-03-31' },
        { name: '主体完工', dueOn: '2027-09-30' },
        { name: '竣工验收', dueOn: '2027-12-20' },
      ],
    };
    const late = await impl.dept.request('PUT', `/api/projects/${p1}/plan`, {
      ...plan,
      milestones: [...plan.milestones, { name: '绿化', dueOn: '2028-01-10' }],
    });
    expect(late.status).toBe(422);
    expect(problemCodes(late)).toEqual(['milestone_after_deadline']);
    expect((await deputy.request('PUT', `/api/projects/${p1}/plan`, plan)).status).toBe(403);
    const set = ok(await impl.dept.request('PUT', `/api/projects/${p1}/plan`, plan)).project;
    expect(set.plan.summary).toBe(plan.summary);
    expect(set.plan.milestones.map((m: any) => [m.name, m.dueOn, m.reachedOn])).toEqual([
      ['完成招标', '2027-03-31', null],
      ['主体完工', '2027-09-30', null],
      ['竣工验收', '2027-12-20', null],
    ]);
    milestones.push(...set.plan.milestones.map((m: any) => m.id));
    const before = (await ledger()).entries.length;
    ok(
      await impl.dept.request('PUT', `/api/projects/${p1}/plan`, {
        summary: plan.summary,
        milestones: set.plan.milestones.map((m: any) => ({ id: m.id, name: m.name, dueOn: m.dueOn })),
      }),
    );
    expect((await ledger()).entries.length).toBe(before); // nothing changed, nothing ledgered
    const entry = (await ledger()).entries.find((e: any) => e.kind === 'project.plan_set');
    expect(entry.data).toMatchObject({ projectId: p1, milestones: [{ name: '完成招标', dueOn: '2027-03-31' }, {}, {}] });
    expect(entry.data.summaryHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('flags a project overdue from the first day (China time) after a period passes without a report', async () => {
    await travel(server, impl, '2027-02-28T23:59');
    expect((await project(p1)).flags.overdue).toBeNull();
    await travel(server, impl, '2027-03-01T00:00'); // 2027-02-28T16:00Z: still February in UTC
    const p = await project(p1);
    expect(p.flags.overdue).toEqual({
      period: { key: '2027-02', label: { zh: '2027年2月', en: '2027-02' }, start: '2027-02-01', end: '2027-02-28' },
      days: 1,
    });
    expect(p.reporting.periods.map((x: any) => [x.key, x.status])).toEqual([
      ['2027-02', 'missing'],
      ['2027-03', 'open'],
    ]);
    const flagged = ok(await impl.admin.get(`/api/projects?cycleId=${impl.cycleId}&flag=overdue`));
    expect(flagged.projects).toHaveLength(3);
  });

  it('takes a report: final, ledgered with its figures; a late report clears the flag and the period stays late', async () => {
    await travel(server, impl, '2027-03-02T10:00');
    const r = ok(await report({ milestonesReached: [milestones[0]], problems: '雨季影响施工' }), 201);
    reportIds.push(r.report.id);
    expect(r.report).toMatchObject({
      number: 1,
      asOf: '2027-03-01',
      percentComplete: 30,
      disbursedYuan: 300_000,
      disbursedWan: '30',
      problems: '雨季影响施工',
    });
    expect(r.report.milestonesReached).toEqual([{ id: milestones[0], name: '完成招标' }]);
    expect(r).toMatchObject({ status: 'in_progress', percentComplete: 30, overdue: null });
    const p = await project(p1);
    expect(p.reporting.periods.map((x: any) => [x.key, x.status])).toEqual([
      ['2027-02', 'late'],
      ['2027-03', 'on_time'],
    ]);
    expect(p).toMatchObject({ reporting: { required: 1, onTime: 0, late: 1, missing: 0 }, nextReportDue: { key: '2027-04' } });
    expect(p.plan.milestones[0].reachedOn).toBe('2027-03-01');
    const entry = (await ledger()).entries.findLast((e: any) => e.kind === 'project.reported');
    expect(entry.data).toMatchObject({
      projectId: p1,
      reportId: r.report.id,
      number: 1,
      percentComplete: 30,
      disbursedYuan: 300_000,
      corrects: null,
    });
    expect(JSON.stringify(entry)).not.toContain('进场施工'); // texts only as a hash
  });

  it('refuses reports that break the rules, and callers who may not report', async () => {
    const codes = async (over: Record<string, unknown>) => {
      const r = await report(over);
      expect(r.status).toBe(422);
      return problemCodes(r);
    };
    expect(await codes({ percentComplete: 20 })).toEqual(['percent_decreased']);
    expect(await codes({ disbursedYuan: 200_000 })).toEqual(['disbursed_decreased']);
    expect(await codes({ disbursedYuan: 1_000_001 })).toEqual(['disbursed_over_budget']);
    expect(await codes({ asOf: '2027-03-03' })).toEqual(['as_of_future']);
    expect(await codes({ percentComplete: 100 })).toEqual(['milestones_open']);
    expect(await codes({ milestonesReached: [milestones[0]] })).toEqual(['milestone_already_reached']);
    expect((await report({ percentComplete: 30.5 })).status).toBe(400);
    expect((await report({ disbursedYuan: 1.5 })).status).toBe(400);
    expect((await report({ correctsId: reportIds[0] })).status).toBe(400); // a correction says what it corrects
    expect((await report({}, p1, deputy)).status).toBe(403);
    expect((await report({}, p1, impl.admin)).status).toBe(403);
  });

  it('corrects a report with a new one naming it; the first is kept, marked as corrected', async () => {
    const fix = ok(
      await report({
        percentComplete: 25,
        disbursedYuan: 250_000,
        milestonesReached: [milestones[0]],
        correctsId: reportIds[0],
        correctionNote: '进度和拨付数填报有误',
      }),
      201,
    );
    expect(fix.report).toMatchObject({ number: 2, correctsId: reportIds[0], correctionNote: '进度和拨付数填报有误' });
    const list = ok(await impl.dept.get(`/api/projects/${p1}/reports`));
    expect(list.reports.map((r: any) => [r.number, r.percentComplete, r.correctedById])).toEqual([
      [2, 25, null],
      [1, 30, fix.report.id],
    ]);
    expect((await project(p1)).percentComplete).toBe(25);
    const again = await report({ percentComplete: 26, correctsId: reportIds[0], correctionNote: '再次更正' });
    expect(problemCodes(again)).toEqual(['already_corrected']);
    expect((await report({ correctsId: p2, correctionNote: '更正' })).status).toBe(422);
    const entry = (await ledger()).entries.findLast((e: any) => e.kind === 'project.reported');
    expect(entry.data).toMatchObject({ number: 2, corrects: reportIds[0], percentComplete: 25 });
  });

  it('the secretariat sets a quarterly cadence: it starts with the next quarter, the month under way stays', async () => {
    await travel(server, impl, '2027-03-10T10:00');
    expect((await impl.dept.post(`/api/cycles/${impl.cycleId}/reporting-cadence`, { cadence: 'quarterly' })).status).toBe(403);
    const bad = await impl.admin.post(`/api/cycles/${impl.cycleId}/reporting-cadence`, { cadence: 'quarterly', projectIds: [impl.notSelected] });
    expect(problemCodes(bad)).toEqual(['project_unknown']);
    const set = ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/reporting-cadence`, { cadence: 'quarterly', projectIds: [p1] }));
    expect(set.changed).toEqual([p1]);
    expect(ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/reporting-cadence`, { cadence: 'quarterly', projectIds: [p1] })).changed).toEqual(
      [],
    );
    const p = await project(p1);
    expect(p).toMatchObject({ cadence: 'monthly', pendingCadence: { cadence: 'quarterly', from: '2027-04-01' } });
    const entry = (await ledger()).entries.findLast((e: any) => e.kind === 'project.cadence_set');
    expect(entry.data).toMatchObject({ projectId: p1, cadence: 'quarterly' });

    await travel(server, impl, '2027-06-30T23:59');
    const june = await project(p1);
    expect(june).toMatchObject({
      cadence: 'quarterly',
      pendingCadence: null,
      flags: { overdue: null },
      nextReportDue: { key: '2027-Q2', end: '2027-06-30' },
    });
    expect(june.reporting.periods.map((x: any) => [x.key, x.status])).toEqual([
      ['2027-02', 'late'],
      ['2027-03', 'on_time'],
      ['2027-Q2', 'open'],
    ]);
    // p2 stayed monthly and never reported: overdue since February.
    expect((await project(p2)).flags.overdue).toMatchObject({ period: { key: '2027-02' }, days: 122 });

    await travel(server, impl, '2027-07-01T00:00');
    expect((await project(p1)).flags.overdue).toMatchObject({ period: { key: '2027-Q2', end: '2027-06-30' }, days: 1 });
    ok(await report({ asOf: '2027-06-30', percentComplete: 70, disbursedYuan: 700_000, milestonesReached: [milestones[1]] }), 201);
    const july = await project(p1);
    expect(july.flags.overdue).toBeNull();
    expect(july.reporting.periods.map((x: any) => [x.key, x.status])).toEqual([
      ['2027-02', 'late'],
      ['2027-03', 'on_time'],
      ['2027-Q2', 'late'],
      ['2027-Q3', 'on_time'],
    ]);
  });

  it('flags a project delayed from the day after its deadline, until it is complete', async () => {
    await travel(server, impl, '2027-12-31T23:59');
    expect(await project(p1)).toMatchObject({ status: 'in_progress', flags: { delayed: null } });
    await travel(server, impl, '2028-01-01T00:00');
    const p = await project(p1);
    expect(p).toMatchObject({ status: 'delayed', statusLabel: { zh: '滞后' }, flags: { delayed: { since: '2027-12-31', days: 1 } } });
    expect(p.plan.milestones.map((m: any) => m.late)).toEqual([false, false, true]);
    expect(ok(await impl.admin.get(`/api/projects?cycleId=${impl.cycleId}&status=delayed`)).projects.map((x: any) => x.id)).toContain(p1);
    const done = ok(await report({ asOf: '2028-01-01', percentComplete: 100, disbursedYuan: 1_000_000, milestonesReached: [milestones[2]] }), 201);
    expect(done).toMatchObject({ status: 'completed', overdue: null });
    const after = await project(p1);
    expect(after).toMatchObject({ status: 'completed', completedOn: '2028-01-01', flags: { overdue: null, delayed: null }, nextReportDue: null });
    const closed = await impl.dept.request('PUT', `/api/projects/${p1}/plan`, { milestones: [] });
    expect(problemCodes(closed)).toEqual(['plan_closed']);
    const counts = ok(await impl.admin.get(`/api/projects?cycleId=${impl.cycleId}`)).counts;
    expect(counts.status).toEqual({ completed: 1, delayed: 2 });
  });

  it('lists what a deputy supervises, and the whole record per role', async () => {
    expect(ok(await deputy.get(`/api/projects?cycleId=${impl.cycleId}&supervised=true`)).projects).toEqual([]);
    const mine = ok(await impl.dept.get(`/api/projects/${p1}`));
    expect(mine.may).toMatchObject({ report: true, answer: true, decide: false });
    expect(ok(await impl.admin.get(`/api/projects/${p1}`)).may).toMatchObject({ report: false, decide: true, setCadence: true });
    expect(mine.timeline.map((e: any) => e.type)).toEqual([
      'proposal.submitted',
      'ballot.certified',
      'project.created',
      'project.plan_set',
      'report.submitted',
      'report.corrected',
      'report.submitted',
      'report.submitted',
    ]);
    expect(verifyChain((await ledger()).entries).ok).toBe(true);
  });
});
