// Builds what a ballot needs through the real API: a roster, a sitting with attendance, and a
// cycle whose candidate list is fixed.
import { randomBytes } from 'node:crypto';
import type { Client, TestServer } from './harness';
import { setUpCongress } from './harness';
import { createFixedCycle } from './cycle-fixtures';

export interface Hall {
  admin: Client;
  scrutineers: [Client, Client];
  deputyIds: string[];
  sittingId: string;
  cycleId: string;
  candidateIds: string[];
  /** The fixed list's size, for the next cycle a test hall opens (see createBallot). */
  list: { candidates: number; seats: number; year: number };
}

/** A congress with `deputies` deputies, `present` of them signed in, and a fixed list of `candidates` for `seats`. */
export async function buildHall(
  server: TestServer,
  opts: { deputies: number; present?: number; candidates: number; seats: number; titles?: string[]; hashAlg?: 'sha256' | 'sm3' },
): Promise<Hall> {
  const { client: admin } = await setUpCongress(server, undefined, undefined, opts.hashAlg);
  const del = await admin.post('/api/delegations', { name: '城关镇代表团' });
  const lines = ['姓名,代表团,座位号'];
  for (let i = 1; i <= opts.deputies; i++) lines.push(`代表${i},城关镇代表团,${i}`);
  const imported = await admin.request('POST', '/api/deputies/import', lines.join('\n'), { 'content-type': 'text/csv' });
  if (imported.status !== 201) throw new Error(`import failed: ${imported.text}`);
  void del;
  const deputies = await admin.get(`/api/deputies?pageSize=500&status=active`);
  let deputyIds: string[] = deputies.body.deputies.map((d: { id: string }) => d.id);
  for (let page = 2; deputyIds.length < opts.deputies; page++) {
    const more = await admin.get(`/api/deputies?pageSize=500&status=active&page=${page}`);
    deputyIds = deputyIds.concat(more.body.deputies.map((d: { id: string }) => d.id));
  }
  const pw = 'long-enough-1';
  for (const u of ['jianpiao1', 'jianpiao2']) {
    const r = await admin.post('/api/accounts', { username: u, displayName: `监票人${u.at(-1)}`, role: 'scrutineer', password: pw });
    if (r.status !== 201) throw new Error(r.text);
  }
  const scrutineers: [Client, Client] = [await server.client().login('jianpiao1', pw), await server.client().login('jianpiao2', pw)];
  const sitting = await admin.post('/api/sittings', { title: '第三次全体会议', date: '2027-01-15' });
  const sittingId = sitting.body.sitting.id;
  const present = opts.present ?? opts.deputies;
  if (present > 0) {
    const r = await admin.post(`/api/sittings/${sittingId}/attendance`, { deputyIds: deputyIds.slice(0, present), present: true });
    if (r.status !== 200) throw new Error(r.text);
  }
  const { cycleId, candidateIds } = await createFixedCycle(admin, { candidates: opts.candidates, seats: opts.seats, titles: opts.titles });
  return { admin, scrutineers, deputyIds, sittingId, cycleId, candidateIds, list: { candidates: opts.candidates, seats: opts.seats, year: 2027 } };
}

/**
 * A project ballot on the hall's cycle. A cycle has one live project ballot, so when the hall's
 * cycle has one already, the hall moves on to a fresh cycle (the next year, the same list size)
 * and the ballot is made there: `hall.cycleId` and `hall.candidateIds` follow.
 */
export async function createBallot(hall: Hall, rules: Record<string, unknown> = {}, title = '2027年民生实事项目票决') {
  let r = await hall.admin.post('/api/ballots', { cycleId: hall.cycleId, sittingId: hall.sittingId, title, rules });
  if (r.status === 409 && r.body?.error?.details?.ballotId) {
    hall.list.year += 1;
    const next = await createFixedCycle(hall.admin, hall.list);
    hall.cycleId = next.cycleId;
    hall.candidateIds = next.candidateIds;
    r = await hall.admin.post('/api/ballots', { cycleId: hall.cycleId, sittingId: hall.sittingId, title, rules });
  }
  if (r.status !== 201) throw new Error(`create ballot: ${r.status} ${r.text}`);
  return r.body.ballot as { id: string; ledgerId: string; candidates: Array<{ id: string }> };
}

export async function openWithCards(hall: Hall, ballotId: string) {
  const printed = await hall.admin.post(`/api/ballots/${ballotId}/cards/print`);
  if (printed.status !== 201) throw new Error(`print: ${printed.text}`);
  const opened = await hall.admin.post(`/api/ballots/${ballotId}/open`);
  if (opened.status !== 200) throw new Error(`open: ${opened.text}`);
  return printed.body.cards as Array<{ name: string; code: string; url: string; qrSvg: string }>;
}

/** Choices: "for" the first `forCount` candidates, "abstain" for the rest (or a custom pattern). */
export function choicesFor(candidateIds: string[], pick: (id: string, i: number) => 'for' | 'against' | 'abstain') {
  return Object.fromEntries(candidateIds.map((id, i) => [id, pick(id, i)]));
}

/** A cast's id as a tablet makes one: 128 random bits. The same id again is a retry of that cast. */
export const newCastId = () => randomBytes(16).toString('hex');

/** A ballot on the hall's candidates, every card cast (赞成 the first, 弃权 the rest), closed and tallied. */
export async function talliedBallot(hall: Hall, title?: string) {
  const ballot = await createBallot(hall, {}, title);
  const cards = await openWithCards(hall, ballot.id);
  for (const card of cards) {
    const r = await hall.admin.post(`/api/ballots/${ballot.id}/cast`, {
      castId: newCastId(),
      token: card.url.split('#')[1],
      choices: choicesFor(hall.candidateIds, (_, i) => (i === 0 ? 'for' : 'abstain')),
    });
    if (r.status !== 201) throw new Error(`cast: ${r.status} ${r.text}`);
  }
  for (const step of ['close', 'tally'] as const) {
    const r = await hall.admin.post(`/api/ballots/${ballot.id}/${step}`, step === 'close' ? {} : undefined);
    if (r.status !== 200) throw new Error(`${step}: ${r.status} ${r.text}`);
  }
  return ballot as { id: string; ledgerId: string };
}

/** The congress ledger's export, as the secretariat reads it. */
export async function congressLedger(hall: Hall) {
  const list = await hall.admin.get('/api/ledgers');
  const id = list.body.ledgers.find((l: { kind: string }) => l.kind === 'congress').id;
  return (await hall.admin.get(`/api/ledgers/${id}`)).body;
}
