// A cycle in implementation, built through the real API: a hall of deputies, a fixed list of
// candidates, a secret ballot cast, counted and certified, then the move to implementation that
// turns the selected candidates into projects.
import { buildHall, choicesFor, createBallot, openWithCards, type Hall, newCastId } from './ballot-fixtures';
import { ADMIN, type Client, type Reply, type TestServer } from './harness';
import { certifyResult } from './signing';

export const PW = 'long-enough-1';

export const ok = <T = any>(r: Reply<T>, status = 200): T => {
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${r.text}`);
  return r.body;
};

export interface Implementation {
  hall: Hall;
  admin: Client;
  /** The department responsible for every project (the fixture's proposer). */
  dept: Client;
  departmentId: string;
  cycleId: string;
  cycleLedgerId: string;
  ballotId: string;
  /** In selection order: 5, 4 and 3 "for" of 5 deputies (unless built with other counts). */
  projects: Array<{ id: string; title: string; proposalId: string }>;
  /** The candidate that did not pass. */
  notSelected: string;
  /** The cycle's counts (GET /api/cycles/:id) just before the move to implementation. */
  countsBeforeMove: Record<string, unknown>;
  /** Every logged-in client and its login, so moving the clock far can log them in again. */
  logins: Array<[Client, string]>;
}

/**
 * 5 deputies vote on 4 candidates for 3 seats: candidates 1–3 get 5, 4 and 3 "for" (3 is the
 * threshold of a roster of 5; `votesFor` gives other counts, e.g. 5, 5, 3 for a tie), candidate 4
 * none. Certified, then the cycle moves to implementation at the server clock's time.
 */
export async function buildImplementation(server: TestServer, votesFor: readonly [number, number, number] = [5, 4, 3]): Promise<Implementation> {
  const hall = await buildHall(server, { deputies: 5, candidates: 4, seats: 3 });
  const ballot = await createBallot(hall);
  const cards = await openWithCards(hall, ballot.id);
  const voter = server.client();
  for (const [k, card] of cards.entries()) {
    const choices = choicesFor(hall.candidateIds, (_, i) => (i < 3 && k < votesFor[i]! ? 'for' : 'abstain'));
    ok(await voter.post(`/api/ballots/${ballot.id}/cast`, { castId: newCastId(), token: card.url.split('#')[1], choices }), 201);
  }
  ok(await hall.admin.post(`/api/ballots/${ballot.id}/close`, {}));
  ok(await hall.admin.post(`/api/ballots/${ballot.id}/tally`));
  ok(await certifyResult(hall, ballot.id));
  const countsBeforeMove = ok(await hall.admin.get(`/api/cycles/${hall.cycleId}`)).counts;
  const moved = ok(await hall.admin.post(`/api/cycles/${hall.cycleId}/phase`, { to: 'implementation' }));
  const accounts = ok(await hall.admin.get('/api/accounts')).accounts as Array<{ username: string; role: string; departmentId: string }>;
  const deptAccount = accounts.find((a) => a.role === 'department')!;
  const dept = await server.client().login(deptAccount.username, PW);
  const list = ok(await hall.admin.get(`/api/projects?cycleId=${hall.cycleId}`));
  return {
    hall,
    admin: hall.admin,
    dept,
    departmentId: deptAccount.departmentId,
    cycleId: hall.cycleId,
    cycleLedgerId: moved.cycle.ledgerId,
    ballotId: ballot.id,
    projects: list.projects.map((p: { id: string; title: string }, i: number) => ({ id: p.id, title: p.title, proposalId: hall.candidateIds[i]! })),
    notSelected: hall.candidateIds[3]!,
    countsBeforeMove,
    logins: [
      [hall.admin, ADMIN.username],
      [dept, deptAccount.username],
      [hall.scrutineers[0], 'jianpiao1'],
      [hall.scrutineers[1], 'jianpiao2'],
    ],
  };
}

/** Moves the server clock to a China wall-clock time; sessions idle that long have ended, so everyone logs in again. */
export async function travel(server: TestServer, impl: Implementation, local: string) {
  server.clock.now = chinaTime(local);
  for (const [client, username] of impl.logins) await client.login(username, username === ADMIN.username ? ADMIN.password : PW);
}

/** Another department with its own logged-in account. */
export async function otherDepartment(server: TestServer, impl: Implementation, name = '县交通运输局', username = 'jiaotong') {
  const id = ok(await impl.admin.post('/api/departments', { name }), 201).department.id as string;
  ok(await impl.admin.post('/api/accounts', { username, displayName: name, role: 'department', password: PW, departmentId: id }), 201);
  const client = await server.client().login(username, PW);
  impl.logins.push([client, username]);
  return { id, client };
}

/** A deputy of the hall with an account. */
export async function deputyAccount(server: TestServer, impl: Implementation, index: number, username: string) {
  const deputyId = impl.hall.deputyIds[index]!;
  ok(await impl.admin.post('/api/accounts', { username, displayName: `代表${index + 1}`, role: 'deputy', password: PW, deputyId }), 201);
  const client = await server.client().login(username, PW);
  impl.logins.push([client, username]);
  return { deputyId, client };
}

/** The instant a China-time wall clock shows `local` ("2027-03-01T00:00"). */
export const chinaTime = (local: string) => new Date(`${local}:00.000+08:00`);

export type SatisfactionChoice = 'satisfied' | 'basically_satisfied' | 'unsatisfied' | 'abstain';

/**
 * A satisfaction evaluation of the cycle (already in evaluation) at the hall's sitting, through the
 * real API: created, cards printed, opened, one ballot per card (`choice(projectId, cardIndex)`),
 * closed, tallied and certified. `projectIds` makes it a re-evaluation of those projects only.
 */
export async function evaluate(
  server: TestServer,
  impl: Implementation,
  choice: (projectId: string, card: number) => SatisfactionChoice,
  projectIds?: string[],
  title?: string,
) {
  const created = ok(
    await impl.admin.post('/api/ballots/evaluation', {
      cycleId: impl.cycleId,
      sittingId: impl.hall.sittingId,
      title: title ?? (projectIds ? '整改项目再测评' : '满意度测评'),
      ...(projectIds ? { projectIds } : {}),
    }),
    201,
  );
  const ballotId = created.ballot.id as string;
  const ids = (created.ballot.candidates as Array<{ id: string }>).map((c) => c.id);
  const printed = ok(await impl.admin.post(`/api/ballots/${ballotId}/cards/print`), 201);
  ok(await impl.admin.post(`/api/ballots/${ballotId}/open`));
  const voter = server.client();
  for (const [i, card] of (printed.cards as Array<{ url: string }>).entries()) {
    const choices = Object.fromEntries(ids.map((id) => [id, choice(id, i)]));
    ok(await voter.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token: card.url.split('#')[1], choices }), 201);
  }
  ok(await impl.admin.post(`/api/ballots/${ballotId}/close`, {}));
  ok(await impl.admin.post(`/api/ballots/${ballotId}/tally`));
  ok(await certifyResult(impl.hall, ballotId));
  return ballotId;
}
