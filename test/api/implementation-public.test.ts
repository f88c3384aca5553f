// The public pages' data (no session): overview, project list and page, notices, department
// records — with ETag/304 caching and nothing private — and the evaluation results phase 4
// records on projects, with rectification orders for 不满意.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../server/routes';
import { recordEvaluationGrades } from '../../server/phase4-evaluation/evaluation.service';
import { listCycleProjects } from '../../server/phase3-implementation/projects.service';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';
import { buildImplementation, chinaTime, deputyAccount, ok, otherDepartment, travel, type Implementation } from '../support/implementation-fixtures';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe.each(DRIVERS)('phase 3 implementation: public pages and evaluation results [%s]', (driver) => {
  let server: TestServer;
  let impl: Implementation;
  let other: { id: string; client: Client };
  let congressId = '';
  let p1 = '';
  let p2 = '';
  let p3 = '';
  const nobody = () => server.client();

  beforeAll(async () => {
    server = await startTestServer(driver);
    impl = await buildImplementation(server);
    other = await otherDepartment(server, impl);
    [p1, p2, p3] = impl.projects.map((p) => p.id);
    await travel(server, impl, '2027-03-05T10:00');
    ok(
      await impl.dept.request('PUT', `/api/projects/${p1}/plan`, {
        summary: '分两步实施',
        milestones: [
          { name: '开工', dueOn: '2027-03-31' },
          { name: '完工', dueOn: '2027-11-30' },
        ],
      }),
    );
    ok(
      await impl.dept.post(`/api/projects/${p1}/reports`, {
        asOf: '2027-03-05',
        percentComplete: 20,
        disbursedYuan: 150_000,
        narrative: '已开工。',
        problems: '雨水较多',
      }),
      201,
    );
    const leader = await deputyAccount(server, impl, 0, 'daibiao1');
    ok(
      await impl.admin.post(`/api/cycles/${impl.cycleId}/supervision-groups`, {
        name: '监督一组',
        leaderDeputyId: leader.deputyId,
        projectIds: [p1, p2],
      }),
      201,
    );
    ok(
      await leader.client.post(`/api/projects/${p1}/supervision`, { kind: 'recommendation', occurredOn: '2027-03-05', text: '建议公示施工计划。' }),
      201,
    );
  });
  afterAll(async () => server?.stop());

  it('serves the overview without a session, with an ETag, 304 on If-None-Match, and a short public max-age', async () => {
    const r = await nobody().get(`/api/public/cycles/${impl.cycleId}/overview`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=30');
    const etag = r.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    congressId = r.body.congress.id;
    expect(r.body.totals).toEqual({
      projects: 3,
      budgetYuan: 6_000_000,
      budgetWan: '600',
      disbursedYuan: 150_000,
      disbursedWan: '15',
      completed: 0,
      overdue: 2,
      delayed: 0,
    });
    expect(r.body.byStatus.filter((s: any) => s.projects).map((s: any) => [s.status, s.projects])).toEqual([
      ['not_started', 2],
      ['in_progress', 1],
    ]);
    expect(r.body.byCategory).toEqual([
      { category: '其他', projects: 3, completed: 0, budgetYuan: 6_000_000, disbursedYuan: 150_000, budgetWan: '600', disbursedWan: '15' },
    ]);
    expect(r.body.ballots).toHaveLength(1);
    expect(r.body.ballots[0]).toMatchObject({ ballotId: impl.ballotId, rosterCount: 5, presentCount: 5, valid: 5, seats: 3, threshold: 3 });
    expect(r.body.ballots[0].candidates.map((c: any) => [c.title, c.for, c.rank, c.status])).toEqual([
      ['候选项目1', 5, 1, 'selected'],
      ['候选项目2', 4, 2, 'selected'],
      ['候选项目3', 3, 3, 'selected'],
      ['候选项目4', 0, 4, 'not-passed'],
    ]);
    expect(r.body.ledgers.map((l: any) => l.kind).sort()).toEqual(['ballot', 'cycle']);
    for (const l of r.body.ledgers) expect((await nobody().get(`/api/ledgers/${l.id}`)).status).toBe(200);

    const again = await nobody().request('GET', `/api/public/cycles/${impl.cycleId}/overview`, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const weak = await nobody().request('GET', `/api/public/cycles/${impl.cycleId}/overview`, undefined, { 'if-none-match': `"other", W/${etag}` });
    expect(weak.status).toBe(304);

    // A change to any project makes a new version…
    ok(
      await impl.dept.post(`/api/projects/${p2}/reports`, { asOf: '2027-03-05', percentComplete: 10, disbursedYuan: 0, narrative: '前期工作。' }),
      201,
    );
    const changed = await nobody().request('GET', `/api/public/cycles/${impl.cycleId}/overview`, undefined, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    // …and so does a new day in China (flags turn at midnight), and a renamed department.
    const today = changed.headers.get('etag')!;
    server.clock.now = chinaTime('2027-03-06T00:00');
    expect((await nobody().request('GET', `/api/public/cycles/${impl.cycleId}/overview`, undefined, { 'if-none-match': today })).status).toBe(200);
    await travel(server, impl, '2027-03-06T09:00');
    const tomorrow = (await nobody().get(`/api/public/cycles/${impl.cycleId}/overview`)).headers.get('etag')!;
    ok(await impl.admin.patch(`/api/departments/${impl.departmentId}`, { name: '县住房和城乡建设局' }));
    const renamed = await nobody().request('GET', `/api/public/cycles/${impl.cycleId}/projects`, undefined, { 'if-none-match': tomorrow });
    expect(renamed.status).toBe(200);
    expect(renamed.body.projects[0].departmentName).toBe('县住房和城乡建设局');
  });

  it('lists projects with filters, search and counts', async () => {
    const url = `/api/public/cycles/${impl.cycleId}/projects`;
    const all = ok(await nobody().get(url));
    expect(all.projects.map((p: any) => p.id)).toEqual([p1, p2, p3]);
    expect(all.counts.status).toEqual({ in_progress: 2, not_started: 1 });
    expect(all.departments).toEqual([{ id: impl.departmentId, name: '县住房和城乡建设局' }]);
    expect(ok(await nobody().get(`${url}?status=in_progress`)).projects.map((p: any) => p.id)).toEqual([p1, p2]);
    expect(ok(await nobody().get(`${url}?q=${encodeURIComponent('候选项目3')}`)).projects.map((p: any) => p.id)).toEqual([p3]);
    expect(ok(await nobody().get(`${url}?q=2027-002`)).projects.map((p: any) => p.id)).toEqual([p2]);
    expect(ok(await nobody().get(`${url}?category=${encodeURIComponent('教育')}`)).projects).toEqual([]);
    expect(ok(await nobody().get(`${url}?departmentId=${other.id}`)).projects).toEqual([]);
    expect((await nobody().get(`${url}?status=bogus`)).status).toBe(400);
  });

  it('gives each project page its whole record and timeline', async () => {
    const page = ok(await nobody().get(`/api/public/projects/${p1}`));
    expect(page.congress.id).toBe(congressId);
    expect(page.cycle).toMatchObject({ id: impl.cycleId, title: '2027年民生实事项目', phase: 'implementation' });
    expect(page.project).toMatchObject({ title: '候选项目1', status: 'in_progress', percentComplete: 20, plan: { summary: '分两步实施' } });
    expect(page.proposal).toMatchObject({ code: '2027-001', title: '候选项目1' });
    expect(page.vote).toMatchObject({ for: 5, rank: 1 });
    expect(page.reports).toHaveLength(1);
    expect(page.reports[0]).toMatchObject({ narrative: '已开工。', problems: '雨水较多' });
    expect(page.timeline.map((e: any) => e.type)).toEqual([
      'proposal.submitted',
      'ballot.certified',
      'project.created',
      'project.plan_set',
      'report.submitted',
      'supervision.recommendation',
    ]);
    expect(page).not.toHaveProperty('may');
  });

  it('holds nothing private and answers 404 (never 500) for unknown ids', async () => {
    const bodies = [
      await nobody().get(`/api/public/cycles/${impl.cycleId}/overview`),
      await nobody().get(`/api/public/cycles/${impl.cycleId}/projects`),
      await nobody().get(`/api/public/projects/${p1}`),
      await nobody().get(`/api/public/cycles/${impl.cycleId}/notices`),
      await nobody().get(`/api/public/departments/${impl.departmentId}/record`),
      await nobody().get(`/api/public/congresses/${congressId}/departments`),
    ];
    for (const r of bodies) {
      expect(r.status).toBe(200);
      for (const secret of ['0000-0000000', '联系人', 'contactPhone', 'contactName', 'username', 'submittedBy', 'notes'])
        expect(r.text).not.toContain(secret);
    }
    // The annual report's exports (.csv, .pdf) have their own 404 test in report.test.ts.
    const publicRoutes = ROUTES.filter(
      (r) =>
        r.access === 'public' &&
        r.method === 'get' &&
        r.path.startsWith('/api/public/') &&
        /projects|overview|notices|record|departments/.test(r.path) &&
        !/\.(csv|pdf)$/.test(r.path),
    );
    expect(publicRoutes).toHaveLength(6);
    for (const r of publicRoutes) {
      const res = await nobody().get(r.path.replace(':id', SOME_ID));
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('records evaluation grades for phase 4: history per ballot, 不满意 opens a rectification order', async () => {
    await travel(server, impl, '2028-01-20T10:00');
    const db = server.db.database.db;
    const ballotId = crypto.randomUUID();
    const grades = [
      { projectId: p1, grade: 'satisfied' as const, satisfactionRateText: '96.0%', ballotId },
      { projectId: p2, grade: 'unsatisfied' as const, satisfactionRateText: '40.0%', ballotId },
    ];
    const out = await db.transaction((tx) => recordEvaluationGrades(tx, congressId, impl.cycleId, grades, server.clock.read()));
    expect(out.recorded.sort()).toEqual([p1, p2].sort());
    expect(out.rectifications).toHaveLength(1);
    const exp = ok(await nobody().get(`/api/ledgers/${impl.cycleLedgerId}`));
    expect(
      exp.entries
        .slice(-3)
        .map((e: any) => e.kind)
        .sort(),
    ).toEqual(['project.evaluated', 'project.evaluated', 'rectification.ordered']);
    expect(exp.entries.find((e: any) => e.kind === 'rectification.ordered').data).toMatchObject({ projectId: p2, ballotId, dueOn: '2028-04-20' });
    // A retry of the same result changes nothing; a different grade from the same ballot is refused.
    await db.transaction((tx) => recordEvaluationGrades(tx, congressId, impl.cycleId, grades, server.clock.read()));
    expect(ok(await nobody().get(`/api/ledgers/${impl.cycleLedgerId}`)).head).toEqual(exp.head);
    await expect(
      db.transaction((tx) =>
        recordEvaluationGrades(tx, congressId, impl.cycleId, [{ ...grades[0]!, grade: 'basically_satisfied' }], server.clock.read()),
      ),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      db.transaction((tx) =>
        recordEvaluationGrades(tx, congressId, impl.cycleId, [{ ...grades[0]!, projectId: impl.notSelected }], server.clock.read()),
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(db.transaction((tx) => recordEvaluationGrades(tx, congressId, SOME_ID, grades, server.clock.read()))).rejects.toMatchObject({
      status: 404,
    });

    const page = ok(await nobody().get(`/api/public/projects/${p2}`));
    expect(page.project).toMatchObject({ grade: 'unsatisfied', gradeLabel: '不满意', satisfactionRateText: '40.0%' });
    expect(page.evaluations).toMatchObject([{ ballotId, grade: 'unsatisfied' }]);
    expect(page.rectifications).toMatchObject([{ status: 'open', dueOn: '2028-04-20', report: null }]);
    expect(page.timeline.map((e: any) => e.type).slice(-2)).toEqual(['project.evaluated', 'rectification.ordered']);
  });

  it('the responsible department files the rectification report, once', async () => {
    const list = ok(await impl.dept.get(`/api/rectifications?cycleId=${impl.cycleId}&status=open`));
    expect(list).toMatchObject({ open: 1, rectifications: [{ projectId: p2, projectTitle: '候选项目2', status: 'open' }] });
    expect(ok(await other.client.get(`/api/rectifications?cycleId=${impl.cycleId}`)).rectifications).toEqual([]);
    const id = list.rectifications[0].id;
    const body = { text: '已调整施工方案，增派人员，3月底前完成剩余工程。' };
    expect((await other.client.post(`/api/rectifications/${id}/report`, body)).status).toBe(403);
    expect((await impl.admin.post(`/api/rectifications/${id}/report`, body)).status).toBe(403);
    const r = ok(await impl.dept.post(`/api/rectifications/${id}/report`, body)).rectification;
    expect(r).toMatchObject({ status: 'reported', report: { text: body.text } });
    expect((await impl.dept.post(`/api/rectifications/${id}/report`, body)).status).toBe(409);
    const entry = ok(await nobody().get(`/api/ledgers/${impl.cycleLedgerId}`)).entries.at(-1);
    expect(entry).toMatchObject({ kind: 'rectification.reported', data: { rectificationId: id, projectId: p2 } });
  });

  it("gives phase 4 the list of a cycle's projects, and rolls grades up into the department's record", async () => {
    const list = await listCycleProjects(server.db.database.db, congressId, impl.cycleId, server.clock.read());
    expect(list.map((p) => [p.id, p.title, p.departmentName, p.status])).toEqual([
      [p1, '候选项目1', '县住房和城乡建设局', 'delayed'],
      [p2, '候选项目2', '县住房和城乡建设局', 'delayed'],
      [p3, '候选项目3', '县住房和城乡建设局', 'delayed'],
    ]);
    expect(await listCycleProjects(server.db.database.db, SOME_ID, impl.cycleId)).toEqual([]);
    const rec = ok(await nobody().get(`/api/public/departments/${impl.departmentId}/record`));
    expect(rec.department).toMatchObject({ id: impl.departmentId, name: '县住房和城乡建设局' });
    expect(rec.record).toMatchObject({
      projects: 3,
      completion: { due: 3, completed: 0, onTime: 0, onTimeRate: { text: '0.0%' } },
      evaluation: { evaluated: 2, satisfied: 1, unsatisfied: 1, satisfiedShare: { text: '50.0%' } },
    });
    expect(rec.cycles).toHaveLength(1);
    expect(rec.cycles[0].projects).toHaveLength(3);
    const depts = ok(await nobody().get(`/api/public/congresses/${congressId}/departments`));
    expect(depts.departments.map((d: any) => [d.name, d.record.projects])).toEqual([['县住房和城乡建设局', 3]]);
  });
});
