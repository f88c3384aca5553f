// Secret and recorded modes, lost cards, runoffs after a tie at the cut.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/phase2-balloting/ballots.repository';
import { buildHall, choicesFor, createBallot, openWithCards, type Hall, newCastId } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';

const tokenOf = (card: { url: string }) => card.url.split('#')[1]!;

describe.each(DRIVERS)('ballot modes [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 6, candidates: 3, seats: 1 });
  });
  afterAll(async () => server?.stop());

  it('secret mode: after a full ballot nothing in the database links a deputy to a cast entry', async () => {
    const b = await createBallot(hall, {}, '秘密表决');
    const cards = await openWithCards(hall, b.id);
    for (const card of cards) {
      const r = await server.client().post(`/api/ballots/${b.id}/cast`, {
        castId: newCastId(),
        token: tokenOf(card),
        choices: choicesFor(hall.candidateIds, (_, i) => (i === 0 ? 'for' : 'against')),
      });
      expect(r.status).toBe(201);
    }
    const { db } = server.deps;
    const cardRows = rowsOf(await db.execute(sql`select * from ballot_cards where ballot_id = ${b.id}`));
    expect(cardRows).toHaveLength(6);
    for (const row of cardRows) {
      expect(row.deputy_id).toBeNull();
      for (const card of cards) expect(Object.values(row).map(String)).not.toContain(tokenOf(card));
    }
    // Neither the ledger entries nor any column in any table of the ballot names a deputy.
    const entries = rowsOf(
      await db.execute(sql`select e.data from ledger_entries e join ballots b on b.ledger_id = e.ledger_id where b.id = ${b.id}`),
    );
    const text = JSON.stringify(entries);
    for (const id of hall.deputyIds) expect(text).not.toContain(id);
    const ballotRow = JSON.stringify(rowsOf(await db.execute(sql`select * from ballots where id = ${b.id}`)));
    for (const id of hall.deputyIds) expect(ballotRow).not.toContain(id);
    // Card rows carry no time of use that could be matched against attendance or cameras.
    // Nor which receipt or choices went with it: a card row says "used", nothing more.
    expect(Object.keys(cardRows[0]!).sort()).toEqual(['ballot_id', 'deputy_id', 'id', 'status', 'token_hash']);
  });

  it('secret mode: a lost card means one more card and a public credential.reissued entry', async () => {
    const b = await createBallot(hall, {}, '补发表决卡');
    await openWithCards(hall, b.id);
    const r = await hall.admin.post(`/api/ballots/${b.id}/cards/issue`, { deputyId: hall.deputyIds[0] });
    expect(r.status).toBe(201);
    expect(r.body.card.name).toBe('代表1');
    const ballot = await hall.admin.get(`/api/ballots/${b.id}`);
    expect(ballot.body.ballot.cardsIssued).toBe(7);
    const ledger = await hall.admin.get(`/api/ledgers/${b.ledgerId}`);
    const reissued = ledger.body.entries.find((e: { kind: string }) => e.kind === 'credential.reissued');
    expect(reissued.data).toEqual({ cardsIssued: 7 });
  });

  it('recorded mode: the card is bound to the deputy, the entry names them, a lost card is voided', async () => {
    const b = await createBallot(hall, { secrecy: 'recorded' }, '记名表决');
    const cards = await openWithCards(hall, b.id);
    const first = cards.find((c) => c.name === '代表1')!;
    const again = await hall.admin.post(`/api/ballots/${b.id}/cards/issue`, { deputyId: hall.deputyIds[0] });
    expect(again.status).toBe(201);
    const old = await server
      .client()
      .post(`/api/ballots/${b.id}/cast`, { castId: newCastId(), token: tokenOf(first), choices: choicesFor(hall.candidateIds, () => 'abstain') });
    expect(old.status).toBe(404);
    const cast = await server.client().post(`/api/ballots/${b.id}/cast`, {
      castId: newCastId(),
      token: tokenOf(again.body.card),
      choices: choicesFor(hall.candidateIds, () => 'abstain'),
    });
    expect(cast.status).toBe(201);
    const ledger = await hall.admin.get(`/api/ledgers/${b.ledgerId}`);
    const entry = ledger.body.entries.find((e: { kind: string }) => e.kind === 'ballot.cast');
    expect(entry.data.deputyId).toBe(hall.deputyIds[0]);
    const third = await hall.admin.post(`/api/ballots/${b.id}/cards/issue`, { deputyId: hall.deputyIds[0] });
    expect(third.status).toBe(409);
  });

  it('too few passing: the seat stays empty and no runoff is offered', async () => {
    const b = await createBallot(hall, {}, '票决（不足）');
    const cards = await openWithCards(hall, b.id);
    // 6 deputies → threshold 4; maxFor 1; candidates 0 and 1 get 3 "for" each: neither passes.
    const patterns: Array<(i: number) => 'for' | 'against' | 'abstain'> = [
      (i) => (i === 0 ? 'for' : 'abstain'),
      (i) => (i === 0 ? 'for' : 'abstain'),
      (i) => (i === 1 ? 'for' : 'abstain'),
      (i) => (i === 1 ? 'for' : 'abstain'),
      (i) => (i === 0 ? 'for' : 'abstain'),
      (i) => (i === 1 ? 'for' : 'abstain'),
    ];
    for (const [i, card] of cards.entries()) {
      await server.client().post(`/api/ballots/${b.id}/cast`, {
        castId: newCastId(),
        token: tokenOf(card),
        choices: choicesFor(hall.candidateIds, (_, k) => patterns[i]!(k)),
      });
    }
    await hall.admin.post(`/api/ballots/${b.id}/close`, {});
    const t = await hall.admin.post(`/api/ballots/${b.id}/tally`);
    expect(t.status).toBe(200);
    const res = await hall.admin.get(`/api/ballots/${b.id}/results`);
    // 3 and 3 "for" of 6: neither passes (needs 4): the seat stays empty, said plainly.
    expect(res.body.tally.selected).toEqual([]);
    expect(res.body.tally.shortfall).toBe(1);
    expect(res.body.tally.runoff).toBeNull();
    const noRunoff = await hall.admin.post(`/api/ballots/${b.id}/runoff`, {});
    expect(noRunoff.status).toBe(422);
  });

  it('runoff: created from a tally with a tie at the cut, on the tied candidates, same rules, seats left', async () => {
    const b = await createBallot(hall, { seats: 1, maxFor: 2 }, '票决（平票二）');
    const cards = await openWithCards(hall, b.id);
    // maxFor 2: everyone backs candidates 0 and 1 → both 6 "for", tied across the single seat.
    for (const card of cards) {
      await server.client().post(`/api/ballots/${b.id}/cast`, {
        castId: newCastId(),
        token: tokenOf(card),
        choices: choicesFor(hall.candidateIds, (_, k) => (k < 2 ? 'for' : 'against')),
      });
    }
    await hall.admin.post(`/api/ballots/${b.id}/close`, {});
    await hall.admin.post(`/api/ballots/${b.id}/tally`);
    const res = await hall.admin.get(`/api/ballots/${b.id}/results`);
    expect(res.body.tally.runoff).toEqual({ candidates: hall.candidateIds.slice(0, 2), seats: 1 });
    const runoff = await hall.admin.post(`/api/ballots/${b.id}/runoff`, {});
    expect(runoff.status).toBe(201);
    expect(runoff.body.ballot).toMatchObject({ kind: 'runoff', parentBallotId: b.id, state: 'draft' });
    expect(runoff.body.ballot.rules).toMatchObject({ seats: 1, maxFor: 1, passBasis: 'roster', secrecy: 'secret' });
    expect(runoff.body.ballot.candidates.map((c: { id: string }) => c.id)).toEqual(hall.candidateIds.slice(0, 2));
    expect(runoff.body.ballot.title).toContain('另行票决');
  });
});
