// A cycle with a year's worth of record for the annual report, built through the real API on top
// of buildImplementation: a plan, progress reports (one corrected), an approved deadline change
// with its 文号, a supervision item, and optionally a certified satisfaction evaluation. Texts a
// spreadsheet would read as formulas are put where a department or the secretariat can type them.
import type { TestServer } from './harness';
import { buildImplementation, deputyAccount, ok, travel, type Implementation } from './implementation-fixtures';
import { newCastId } from './ballot-fixtures';
import { certifyResult } from './signing';

export const FORMULA_MILESTONE = '=1+2开工';
export const FORMULA_NOTE = '+SUM(A1)更正拨付数';
export const FORMULA_DEPARTMENT = '=1+1县住房和城乡建设局';
export const DECISION_NUMBER = '示人常〔2027〕3号';
export const CHANGE_REASON = '征地拆迁滞后，需顺延工期';

export interface ReportCycle {
  impl: Implementation;
  /** In selection order. */
  p: [string, string, string];
}

export async function buildReportCycle(server: TestServer, opts: { evaluate?: boolean } = {}): Promise<ReportCycle> {
  const impl = await buildImplementation(server);
  const [p1, p2, p3] = impl.projects.map((x) => x.id) as [string, string, string];
  await travel(server, impl, '2027-03-05T10:00');
  const plan = ok(
    await impl.dept.request('PUT', `/api/projects/${p1}/plan`, {
      summary: '分两步实施',
      milestones: [
        { name: FORMULA_MILESTONE, dueOn: '2027-03-31' },
        { name: '完工验收', dueOn: '2027-11-30' },
      ],
    }),
  );
  const start = (plan.project.plan.milestones as Array<{ id: string; name: string }>).find((m) => m.name === FORMULA_MILESTONE)!.id;
  const first = ok(
    await impl.dept.post(`/api/projects/${p1}/reports`, {
      asOf: '2027-03-05',
      percentComplete: 20,
      disbursedYuan: 150_000,
      narrative: '已完成施工招标，三月上旬开工。',
      problems: '雨水较多',
      milestonesReached: [start],
    }),
    201,
  );
  const firstId = first.report.id as string;
  ok(
    await impl.dept.post(`/api/projects/${p1}/reports`, {
      asOf: '2027-03-05',
      percentComplete: 25,
      disbursedYuan: 200_000,
      narrative: '已完成施工招标，三月上旬开工。',
      milestonesReached: [start],
      correctsId: firstId,
      correctionNote: FORMULA_NOTE,
    }),
    201,
  );
  ok(
    await impl.dept.post(`/api/projects/${p2}/reports`, {
      asOf: '2027-03-05',
      percentComplete: 10,
      disbursedYuan: 50_000,
      narrative: '完成前期设计。',
    }),
    201,
  );
  const change = ok(
    await impl.dept.post(`/api/projects/${p2}/changes`, { kind: 'adjust', reason: CHANGE_REASON, adjust: { deadline: '2028-06-30' } }),
    201,
  ).change;
  ok(await impl.admin.post(`/api/changes/${change.id}/decision`, { outcome: 'approved', decidedOn: '2027-03-05', decisionNumber: DECISION_NUMBER }));
  const leader = await deputyAccount(server, impl, 0, 'daibiao1');
  ok(
    await impl.admin.post(`/api/cycles/${impl.cycleId}/supervision-groups`, {
      name: '第一监督小组',
      leaderDeputyId: leader.deputyId,
      projectIds: [p1, p2],
    }),
    201,
  );
  ok(
    await leader.client.post(`/api/projects/${p1}/supervision`, { kind: 'recommendation', occurredOn: '2027-03-05', text: '建议公示施工计划。' }),
    201,
  );
  ok(await impl.admin.patch(`/api/departments/${impl.departmentId}`, { name: FORMULA_DEPARTMENT }));
  if (opts.evaluate) await evaluate(server, impl, [p1, p2, p3]);
  return { impl, p: [p1, p2, p3] };
}

/** 5 evaluators: p1 满意 (3 of 5), p2 基本满意, p3 不满意. */
async function evaluate(server: TestServer, impl: Implementation, [p1, p2, p3]: [string, string, string]) {
  await travel(server, impl, '2027-12-20T10:00');
  ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'evaluation' }));
  const ballot = ok(
    await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: '2027年民生实事项目满意度测评',
    }),
    201,
  ).ballot;
  const printed = ok(await impl.admin.post(`/api/ballots/${ballot.id}/cards/print`), 201);
  ok(await impl.admin.post(`/api/ballots/${ballot.id}/open`));
  const ballots: Array<Record<string, string>> = [
    { [p1]: 'satisfied', [p2]: 'satisfied', [p3]: 'satisfied' },
    { [p1]: 'satisfied', [p2]: 'satisfied', [p3]: 'basically_satisfied' },
    { [p1]: 'satisfied', [p2]: 'basically_satisfied', [p3]: 'unsatisfied' },
    { [p1]: 'basically_satisfied', [p2]: 'unsatisfied', [p3]: 'unsatisfied' },
    { [p1]: 'unsatisfied', [p2]: 'unsatisfied', [p3]: 'unsatisfied' },
  ];
  const voter = server.client();
  for (const [i, card] of (printed.cards as Array<{ url: string }>).entries()) {
    ok(await voter.post(`/api/ballots/${ballot.id}/cast`, { castId: newCastId(), token: card.url.split('#')[1], choices: ballots[i] }), 201);
  }
  ok(await impl.admin.post(`/api/ballots/${ballot.id}/close`, {}));
  ok(await impl.admin.post(`/api/ballots/${ballot.id}/tally`));
  ok(await certifyResult(impl.hall, ballot.id));
}
