// Phase 4 on the ballot engine: a satisfaction evaluation of a cycle's projects, graded by the
// rules (满意 > half of the basis; else 满意 + 基本满意 > half → 基本满意; else 不满意), certified,
// written onto the projects, with rectification ordered for the 不满意 one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../server/core/domain/ledger-chain';
import { defaultCheckers } from '../../scripts/verify';
import { buildImplementation, ok, type Implementation } from '../support/implementation-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';
import { newCastId } from '../support/ballot-fixtures';
import { certifyResult } from '../support/signing';

describe.each(DRIVERS)('satisfaction evaluation [%s]', (driver) => {
  let server: TestServer;
  let impl: Implementation;
  let ballotId: string;
  let ledgerId: string;
  let reevaluationId: string;

  beforeAll(async () => {
    server = await startTestServer(driver);
    impl = await buildImplementation(server);
  });
  afterAll(async () => server?.stop());

  it('is refused before the cycle reaches evaluation', async () => {
    const r = await impl.admin.post('/api/ballots/evaluation', { cycleId: impl.cycleId, sittingId: impl.hall.sittingId, title: '满意度测评' });
    expect(r.status).toBe(422);
  });

  it('grades by a configured rule, written into the ledger so a recount agrees; a voided evaluation no longer counts', async () => {
    ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'evaluation' }));
    const [p1] = impl.projects.map((p) => p.id);
    const bad = await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: 'x',
      rules: { grading: { satisfied: { num: 1, den: 3 }, acceptable: { num: 1, den: 2 } } },
    });
    expect(bad.status).toBe(422);
    // 满意 needs more than 4/5 of 5 evaluators (all 5); 3 满意 + 2 基本满意 is 基本满意 under it.
    const r = ok(
      await impl.admin.post('/api/ballots/evaluation', {
        cycleId: impl.cycleId,
        sittingId: impl.hall.sittingId,
        title: '从严评定测评',
        projectIds: [p1],
        rules: { grading: { satisfied: { num: 4, den: 5 }, acceptable: { num: 1, den: 2 } } },
      }),
      201,
    );
    const id = r.ballot.id as string;
    const printed = ok(await impl.admin.post(`/api/ballots/${id}/cards/print`), 201);
    ok(await impl.admin.post(`/api/ballots/${id}/open`));
    const voter = server.client();
    for (const [i, card] of printed.cards.entries()) {
      ok(
        await voter.post(`/api/ballots/${id}/cast`, {
          castId: newCastId(),
          token: card.url.split('#')[1],
          choices: { [p1!]: i < 3 ? 'satisfied' : 'basically_satisfied' },
        }),
        201,
      );
    }
    ok(await impl.admin.post(`/api/ballots/${id}/close`, {}));
    ok(await impl.admin.post(`/api/ballots/${id}/tally`));
    const results = ok(await impl.admin.get(`/api/ballots/${id}/results`));
    expect(results.tally).toMatchObject({ threshold: 5, acceptableThreshold: 3, grading: { satisfied: { num: 4, den: 5 } } });
    expect(results.tally.perCandidate[p1!]).toMatchObject({ satisfied: 3, grade: 'basically_satisfied', satisfactionRateText: '100.0%' });
    const exp = ok(await impl.admin.get(`/api/ledgers/${r.ballot.ledgerId}`));
    expect(exp.entries.find((e: { kind: string }) => e.kind === 'ballot.opened').data.grading).toEqual({
      satisfied: { num: 4, den: 5 },
      acceptable: { num: 1, den: 2 },
    });
    expect(verifyExport(exp, { checkers: defaultCheckers }).problems).toEqual([]);
    // Voided (asked by the secretariat, confirmed by a scrutineer): its grade never reaches the project.
    ok(await impl.admin.post(`/api/ballots/${id}/void`, { reason: '测评规则设置有误，重新测评' }));
    expect(ok(await impl.hall.scrutineers[0].post(`/api/ballots/${id}/void/confirm`)).ballot.state).toBe('void');
    expect(ok(await impl.admin.get(`/api/projects/${p1}`)).project.grade).toBeNull();
  });

  it('lets the standing committee evaluate: only its members get cards, and they are the basis', async () => {
    const p2 = impl.projects[1]!.id;
    for (const id of impl.hall.deputyIds.slice(0, 3)) ok(await impl.admin.patch(`/api/deputies/${id}`, { standingCommittee: true }));
    const members = ok(await impl.admin.get('/api/deputies?standingCommittee=true'));
    expect(members.deputies.map((d: { id: string; standingCommittee: boolean }) => [d.id, d.standingCommittee])).toEqual(
      impl.hall.deputyIds.slice(0, 3).map((id) => [id, true]),
    );
    const r = ok(
      await impl.admin.post('/api/ballots/evaluation', {
        cycleId: impl.cycleId,
        sittingId: impl.hall.sittingId,
        title: '常委会满意度测评',
        projectIds: [p2],
        rules: { evaluators: 'standing_committee' },
      }),
      201,
    );
    const id = r.ballot.id as string;
    const printed = ok(await impl.admin.post(`/api/ballots/${id}/cards/print`), 201);
    expect(printed.cards).toHaveLength(3);
    ok(await impl.admin.post(`/api/ballots/${id}/open`));
    const voter = server.client();
    for (const [i, card] of printed.cards.entries()) {
      ok(
        await voter.post(`/api/ballots/${id}/cast`, {
          castId: newCastId(),
          token: card.url.split('#')[1],
          choices: { [p2]: i < 2 ? 'satisfied' : 'unsatisfied' },
        }),
        201,
      );
    }
    ok(await impl.admin.post(`/api/ballots/${id}/close`, {}));
    ok(await impl.admin.post(`/api/ballots/${id}/tally`));
    const results = ok(await impl.admin.get(`/api/ballots/${id}/results`));
    // Basis: the 3 members on the roster (not the 5 deputies); 2 满意 is more than half of 3.
    expect(results.tally).toMatchObject({ rosterCount: 3, presentCount: 3, basis: 3, threshold: 2, valid: 3 });
    expect(results.tally.perCandidate[p2]).toMatchObject({ satisfied: 2, unsatisfied: 1, grade: 'satisfied' });
    const congressLedger = ok(await impl.admin.get('/api/ledgers')).ledgers.find((l: { kind: string }) => l.kind === 'congress');
    const entries = ok(await impl.admin.get(`/api/ledgers/${congressLedger.id}`)).entries;
    expect(entries.filter((e: { kind: string; data: any }) => e.kind === 'deputy.updated' && e.data.changed.standingCommittee === true)).toHaveLength(
      3,
    );
    // This cycle's evaluation is the plenary's (below): this one is voided before it is certified.
    ok(await impl.admin.post(`/api/ballots/${id}/void`, { reason: '本年度由全体会议测评' }));
    ok(await impl.hall.scrutineers[1].post(`/api/ballots/${id}/void/confirm`));
  });

  it('asks one question per project, on the same cards and ledger', async () => {
    const r = await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: '2027年民生实事项目满意度测评',
    });
    expect(r.status).toBe(201);
    ballotId = r.body.ballot.id;
    ledgerId = r.body.ballot.ledgerId;
    expect(r.body.ballot.kind).toBe('evaluation');
    expect(r.body.ballot.candidates.map((c: { id: string }) => c.id)).toEqual(impl.projects.map((p) => p.id));
    const rules = await impl.admin.patch(`/api/ballots/${ballotId}`, { rules: { seats: 1 } });
    expect(rules.status).toBe(422);
    // While it is under way, no other evaluation may ask about its projects.
    const twice = await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: '重复测评',
      projectIds: [impl.projects[0]!.id],
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.problems).toEqual([{ code: 'evaluation_underway', projectId: impl.projects[0]!.id, ballotId }]);
  });

  it('grades by the rules and certifies the grades onto the projects', async () => {
    const printed = ok(await impl.admin.post(`/api/ballots/${ballotId}/cards/print`), 201);
    ok(await impl.admin.post(`/api/ballots/${ballotId}/open`));
    const [p1, p2, p3] = impl.projects.map((p) => p.id);
    // 5 evaluators, threshold 3.
    const ballots: Array<Record<string, string>> = [
      { [p1!]: 'satisfied', [p2!]: 'satisfied', [p3!]: 'satisfied' },
      { [p1!]: 'satisfied', [p2!]: 'satisfied', [p3!]: 'basically_satisfied' },
      { [p1!]: 'satisfied', [p2!]: 'basically_satisfied', [p3!]: 'unsatisfied' },
      { [p1!]: 'basically_satisfied', [p2!]: 'unsatisfied', [p3!]: 'unsatisfied' },
      { [p1!]: 'unsatisfied', [p2!]: 'unsatisfied', [p3!]: 'unsatisfied' },
    ];
    const voter = server.client();
    const wrongForm = await voter.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: printed.cards[0].url.split('#')[1],
      choices: { [p1!]: 'for', [p2!]: 'for', [p3!]: 'for' },
    });
    expect(wrongForm.status).toBe(422);
    const noAbstain = await voter.post(`/api/ballots/${ballotId}/cast`, {
      castId: newCastId(),
      token: printed.cards[0].url.split('#')[1],
      choices: { [p1!]: 'abstain', [p2!]: 'abstain', [p3!]: 'abstain' },
    });
    expect(noAbstain.status).toBe(422);
    for (const [i, card] of printed.cards.entries()) {
      ok(await voter.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token: card.url.split('#')[1], choices: ballots[i] }), 201);
    }
    ok(await impl.admin.post(`/api/ballots/${ballotId}/close`, {}));
    ok(await impl.admin.post(`/api/ballots/${ballotId}/tally`));
    const results = ok(await impl.admin.get(`/api/ballots/${ballotId}/results`));
    expect(results.tally).toMatchObject({ form: 'satisfaction', threshold: 3, valid: 5, invalid: 0, void: false });
    const grade = (id: string) => results.tally.perCandidate[id];
    expect(grade(p1!)).toMatchObject({ satisfied: 3, basically_satisfied: 1, unsatisfied: 1, grade: 'satisfied', satisfactionRateText: '80.0%' });
    expect(grade(p2!)).toMatchObject({ satisfied: 2, basically_satisfied: 1, grade: 'basically_satisfied', satisfactionRateText: '60.0%' });
    expect(grade(p3!)).toMatchObject({ satisfied: 1, basically_satisfied: 1, unsatisfied: 3, grade: 'unsatisfied', satisfactionRateText: '40.0%' });
    const csv = await impl.admin.get(`/api/ballots/${ballotId}/results.csv`);
    expect(csv.text).toContain('基本满意');
    expect(csv.text).toContain('"监票人签名确认","待监票人签名确认');

    ok(await certifyResult(impl.hall, ballotId));
    // The certified sheet ends like a ballot's: the signers (总监票人 first) and the ledger head.
    const signed = (await impl.admin.get(`/api/ballots/${ballotId}/results.csv`)).text;
    expect(signed).toMatch(
      /"监票人签名确认"\r\n"姓名","身份","密钥编号","签名算法"\r\n"监票人1","总监票人","[0-9a-f]{32}","Ed25519"\r\n"监票人2","监票人",/,
    );
    expect(signed).toMatch(/"账本链头","序号","\d+","哈希","[0-9a-f]{64}","哈希算法","SHA-256"/);
    const project3 = ok(await impl.admin.get(`/api/projects/${p3}`));
    expect(JSON.stringify(project3)).toContain('unsatisfied');
    const rect = ok(await impl.admin.get('/api/rectifications'));
    expect(JSON.stringify(rect)).toContain(p3!);
    expect(JSON.stringify(rect)).not.toContain(p1!);

    const exp = ok(await server.client().get(`/api/ledgers/${ledgerId}`));
    expect(
      exp.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast').map((e: { data: unknown }) => Object.keys(e.data as object).sort()),
    ).toEqual(Array(5).fill(['choices', 'receipt']));
    const v = verifyExport(exp, { checkers: defaultCheckers });
    expect(v.problems).toEqual([]);

    // The public overview publishes the result, and its ledger among those anyone may verify.
    const overview = ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/overview`));
    expect(overview.byGrade.map((g: { grade: string | null; projects: number }) => [g.grade, g.projects])).toEqual([
      ['satisfied', 1],
      ['basically_satisfied', 1],
      ['unsatisfied', 1],
      [null, 0],
    ]);
    expect(overview.evaluations).toHaveLength(1);
    expect(overview.evaluations[0]).toMatchObject({ ballotId, valid: 5, threshold: 3, rosterCount: 5 });
    expect(
      overview.evaluations[0].projects.map((x: { id: string; satisfied: number; grade: string; satisfactionRateText: string }) => [
        x.id,
        x.satisfied,
        x.grade,
        x.satisfactionRateText,
      ]),
    ).toEqual([
      [p1, 3, 'satisfied', '80.0%'],
      [p2, 2, 'basically_satisfied', '60.0%'],
      [p3, 1, 'unsatisfied', '40.0%'],
    ]);
    expect(overview.ledgers.map((l: { id: string }) => l.id)).toContain(ledgerId);
  });

  it('evaluates each project once; a re-evaluation takes only a project rectified since it was graded 不满意', async () => {
    const [p1, , p3] = impl.projects.map((p) => p.id);
    const create = (projectIds: string[]) =>
      impl.admin.post('/api/ballots/evaluation', { cycleId: impl.cycleId, sittingId: impl.hall.sittingId, title: '整改项目再测评', projectIds });
    const again = await create([p1!]);
    expect(again.status).toBe(409);
    expect(again.body.error.details.problems[0].code).toBe('already_evaluated');
    const everything = await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: '再次全面测评',
    });
    expect(everything.status).toBe(409);
    // p3 was graded 不满意: its rectification must be reported first.
    const codes = (r: { body: any }) => (r.body?.error?.details?.problems ?? []).map((p: { code: string }) => p.code);
    expect(codes(await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'closed' }))).toEqual(['rectifications_open']);
    const early = await create([p3!]);
    expect(early.status).toBe(422);
    expect(codes(early)).toEqual(['not_rectified']);
    const [order] = ok(await impl.admin.get(`/api/rectifications?cycleId=${impl.cycleId}&status=open`)).rectifications;
    expect(order.projectId).toBe(p3);
    ok(await impl.dept.post(`/api/rectifications/${order.id}/report`, { text: '已完成整改：增设夜间门诊。' }));
    const r = await create([p3!]);
    expect(r.status).toBe(201);
    expect(r.body.ballot.candidates.map((c: { id: string }) => c.id)).toEqual([p3]);
    expect((await create([p3!])).status).toBe(409); // and only one re-evaluation for that rectification
    const foreign = await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: 'x',
      projectIds: [impl.notSelected],
    });
    expect(foreign.status).toBe(422);
    reevaluationId = r.body.ballot.id;
  });

  it('closes the cycle only when no evaluation is under way', async () => {
    const p3 = impl.projects[2]!.id;
    const close = () => impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'closed' });
    const codes = (r: { body: any }) => (r.body?.error?.details?.problems ?? []).map((p: { code: string }) => p.code);
    const printed = ok(await impl.admin.post(`/api/ballots/${reevaluationId}/cards/print`), 201);
    ok(await impl.admin.post(`/api/ballots/${reevaluationId}/open`));
    expect(codes(await close())).toEqual(['evaluation_underway']);
    const voter = server.client();
    for (const card of printed.cards)
      ok(
        await voter.post(`/api/ballots/${reevaluationId}/cast`, {
          castId: newCastId(),
          token: card.url.split('#')[1],
          choices: { [p3]: 'satisfied' },
        }),
        201,
      );
    ok(await impl.admin.post(`/api/ballots/${reevaluationId}/close`, {}));
    ok(await impl.admin.post(`/api/ballots/${reevaluationId}/tally`));
    expect(codes(await close())).toEqual(['evaluation_underway']);
    ok(await certifyResult(impl.hall, reevaluationId));
    expect(ok(await impl.admin.get(`/api/projects/${p3}`)).project.grade).toBe('satisfied');
    expect(ok(await close()).cycle.phase).toBe('closed');
  });
});
