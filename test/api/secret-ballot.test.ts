// The secret ballot, tried as an attacker would: someone holding the printed cards replays them
// with guessed choices; someone reading the database looks for a card beside its vote; someone in
// the hall notes when each deputy voted and reads the ledger, the screen and the events; a clerk
// creates a second ballot or runoff for the same seats. None of them may learn how a deputy voted
// or make a second result count.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../server/env';
import { rowsOf } from '../../server/phase2-balloting/ballots.repository';
import { CARD_MISSES_PER_ADDRESS } from '../../server/phase2-balloting/cast.service';
import { normalizeToken, tokenHash } from '../../server/phase2-balloting/domain/card-token';
import { buildHall, choicesFor, createBallot, newCastId, openWithCards, type Hall } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';
import { certifyResult, confirmPaper, enterPaper, hallSigners } from '../support/signing';

const tokenOf = (card: { url: string }) => card.url.split('#')[1]!;
type Choice = 'for' | 'against' | 'abstain';

/** Every valid pattern over n candidates with at most maxFor "for", in a fixed order. */
function patterns(n: number, maxFor: number): Choice[][] {
  const out: Choice[][] = [];
  const walk = (prefix: Choice[]) => {
    if (prefix.length === n) {
      if (prefix.filter((c) => c === 'for').length <= maxFor) out.push(prefix);
      return;
    }
    for (const c of ['for', 'against', 'abstain'] as const) walk([...prefix, c]);
  };
  walk([]);
  return out;
}

/** Spearman's rank correlation of two permutations of 0..n-1. */
function spearman(a: number[], b: number[]): number {
  const n = a.length;
  const d2 = a.reduce((s, x, i) => s + (x - b[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/** The first `ballot` event of a stream, read as any anonymous subscriber (the hall screen) would. */
async function firstEvent(url: string): Promise<Record<string, unknown>> {
  const ctrl = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream' }, signal: ctrl.signal });
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buf += dec.decode(value, { stream: true });
      const data = /^data: ?(.*)$/m.exec(buf.slice(0, buf.indexOf('\n\n') + 1))?.[1];
      if (buf.includes('\n\n') && data) return JSON.parse(data);
    }
  } finally {
    ctrl.abort();
  }
}

describe.each(DRIVERS)('secret ballot and one authoritative result [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let addr = 0;
  /** A fresh client address per call (TRUST_PROXY is on), so one check's misses do not spend another's limit. */
  const nextAddress = () => ({ 'x-forwarded-for': `10.9.${(++addr >> 8) & 255}.${addr & 255}` });
  let anon: Client;

  beforeAll(async () => {
    const env = {
      ...loadEnv({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' } as NodeJS.ProcessEnv),
      TRUST_PROXY: 'true' as const,
    };
    server = await startTestServer(driver, { deps: { env } });
    hall = await buildHall(server, { deputies: 45, candidates: 4, seats: 2 });
    anon = server.client();
  });
  afterAll(async () => server?.stop());

  const cast = (ballotId: string, token: string, choices: Record<string, string>, castId = newCastId(), headers = nextAddress()) =>
    anon.post(`/api/ballots/${ballotId}/cast`, { token, choices, castId }, headers);

  it('a used card is no oracle: any choices get the same 409; only the casting device (its castId) gets the receipt, also after the close', async () => {
    const b = await createBallot(hall, {}, '回执与重试');
    const cards = await openWithCards(hall, b.id);
    const all = patterns(4, 2).map((p) => choicesFor(hall.candidateIds, (_, i) => p[i]!));
    const truth = all[17]!;
    const castId = newCastId();
    const first = await cast(b.id, tokenOf(cards[0]!), truth, castId);
    expect(first.status).toBe(201);
    // Someone holding the card tries every possible ballot (the true one among them): one answer for all.
    const answers = await Promise.all(all.map((choices) => cast(b.id, tokenOf(cards[0]!), choices)));
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([409]));
    expect(new Set(answers.map((r) => r.text)).size).toBe(1);
    expect(answers[0]!.body.error.code).toBe('conflict');
    // The device that cast it resends (lost connection): the same receipt, whatever it sends as choices.
    const retry = await cast(b.id, cards[0]!.code.toLowerCase(), truth, castId);
    expect(retry.status).toBe(200);
    expect(retry.body.receipt).toBe(first.body.receipt);
    // Without a castId, or with one too short to be random, the request is malformed.
    expect((await anon.post(`/api/ballots/${b.id}/cast`, { token: tokenOf(cards[1]!), choices: truth }, nextAddress())).status).toBe(400);
    expect((await cast(b.id, tokenOf(cards[1]!), truth, 'abc')).status).toBe(400);
    // A tablet that lost its connection just before the close still learns its receipt afterwards.
    const late = newCastId();
    const lastCast = await cast(b.id, tokenOf(cards[2]!), all[3]!, late);
    expect(lastCast.status).toBe(201);
    expect((await hall.admin.post(`/api/ballots/${b.id}/close`, {})).status).toBe(200);
    const afterClose = await cast(b.id, tokenOf(cards[2]!), all[3]!, late);
    expect(afterClose.status).toBe(200);
    expect(afterClose.body.receipt).toBe(lastCast.body.receipt);
    const strangerAfterClose = await cast(b.id, tokenOf(cards[2]!), all[3]!);
    const unknownAfterClose = await cast(b.id, tokenOf(cards[5]!), all[3]!);
    expect(strangerAfterClose.status).toBe(409);
    expect(strangerAfterClose.text).toBe(unknownAfterClose.text);
  });

  it('attempts with used cards count against the per-address limit like unknown cards', async () => {
    const b = await createBallot(hall, {}, '已用表决卡的限额');
    const cards = await openWithCards(hall, b.id);
    const choices = choicesFor(hall.candidateIds, () => 'abstain');
    expect((await cast(b.id, tokenOf(cards[0]!), choices)).status).toBe(201);
    const from = nextAddress();
    const statuses: number[] = [];
    for (let i = 0; i <= CARD_MISSES_PER_ADDRESS; i++) statuses.push((await cast(b.id, tokenOf(cards[0]!), choices, newCastId(), from)).status);
    expect(statuses.slice(0, CARD_MISSES_PER_ADDRESS)).toEqual(Array(CARD_MISSES_PER_ADDRESS).fill(409));
    expect(statuses.at(-1)).toBe(429);
    // Cards that exist still work from that address (a hall behind one NAT address keeps voting).
    expect((await cast(b.id, tokenOf(cards[1]!), choices, newCastId(), from)).status).toBe(201);
  });

  it('nothing stored links a card to its vote: no row holds a card token hash beside a receipt or choices', async () => {
    const b = await createBallot(hall, {}, '数据库读者');
    const cards = await openWithCards(hall, b.id);
    const receipts: string[] = [];
    for (const [i, card] of cards.slice(0, 10).entries()) {
      const r = await cast(
        b.id,
        tokenOf(card),
        choicesFor(hall.candidateIds, (_, k) => (k === i % 4 ? 'for' : 'against')),
      );
      expect(r.status).toBe(201);
      receipts.push(r.body.receipt);
    }
    const hashes = cards.map((c) => tokenHash(normalizeToken(tokenOf(c))!));
    const dumpAll = async () => {
      const tables = rowsOf(
        await server.deps.db.execute(
          sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
        ),
      ).map((r) => String(r.table_name));
      expect(tables).toContain('ballot_cards');
      expect(tables).toContain('ballot_box');
      const rows: Array<{ table: string; text: string }> = [];
      for (const t of tables) {
        for (const row of rowsOf(await server.deps.db.execute(sql.raw(`select * from "${t}"`)))) rows.push({ table: t, text: JSON.stringify(row) });
      }
      return rows;
    };
    const check = (rows: Array<{ table: string; text: string }>) => {
      let cardRows = 0;
      for (const row of rows) {
        const hasCard = hashes.some((h) => row.text.includes(h));
        if (!hasCard) continue;
        cardRows++;
        for (const r of receipts) expect(row.text, `${row.table} holds a card beside a receipt`).not.toContain(r);
        for (const word of ['"for"', '"against"', '"abstain"', 'choices', 'receipt', '_at"']) {
          expect(row.text, `${row.table} holds a card beside ${word}`).not.toContain(word);
        }
      }
      expect(cardRows).toBe(cards.length);
    };
    check(await dumpAll()); // while open: the choices wait in the box, under receipts only
    const cardColumns = rowsOf(
      await server.deps.db.execute(sql`select column_name from information_schema.columns where table_name = 'ballot_cards'`),
    )
      .map((r) => String(r.column_name))
      .sort();
    expect(cardColumns).toEqual(['ballot_id', 'deputy_id', 'id', 'status', 'token_hash']);
    await hall.admin.post(`/api/ballots/${b.id}/close`, {});
    check(await dumpAll()); // after publication too
    const box = rowsOf(await server.deps.db.execute(sql`select choices from ballot_box where ballot_id = ${b.id}`));
    expect(box.every((r) => r.choices === null)).toBe(true); // published: the box keeps receipts only
  });

  it('while a secret ballot is open only turnout moves: the ledger records receipt of a ballot, no endpoint shows counts; the close publishes in an order unrelated to casting', async () => {
    // 40 deputies cast one after another, each with a pattern of its own, a second apart.
    const b = await createBallot(hall, {}, '发布顺序');
    const cards = await openWithCards(hall, b.id);
    const all = patterns(4, 2);
    const castOrder: string[] = [];
    for (let i = 0; i < 40; i++) {
      server.clock.advance(1000);
      const choices = choicesFor(hall.candidateIds, (_, k) => all[i]![k]!);
      expect((await cast(b.id, tokenOf(cards[i]!), choices)).status).toBe(201);
      castOrder.push(JSON.stringify(all[i]));
    }
    const during = await hall.admin.get(`/api/ledgers/${b.ledgerId}`);
    const received = during.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.received');
    expect(received).toHaveLength(40);
    expect(received.every((e: { data: unknown }) => JSON.stringify(e.data) === '{}')).toBe(true);
    expect(during.body.entries.some((e: { kind: string }) => e.kind === 'ballot.cast')).toBe(false);
    const event = await firstEvent(`${server.url}/api/ballots/${b.id}/events`);
    expect(event).toMatchObject({ state: 'open', castCount: 40, counts: null, result: null });
    const pub = await anon.get(`/api/public/ballots/${b.id}`);
    expect(JSON.stringify(pub.body)).not.toMatch(/"(for|against|abstain)"/);
    const staff = await hall.admin.get(`/api/ballots/${b.id}`);
    expect(JSON.stringify(staff.body)).not.toMatch(/"(for|against|abstain)":\s*\d/);
    expect((await hall.admin.get(`/api/ballots/${b.id}/results`)).status).toBe(409);
    const stored = rowsOf(await server.deps.db.execute(sql`select live_counts from ballots where id = ${b.id}`));
    expect(stored[0]!.live_counts).toBeNull();

    server.clock.advance(60_000);
    await hall.admin.post(`/api/ballots/${b.id}/close`, {});
    const after = await hall.admin.get(`/api/ledgers/${b.ledgerId}`);
    const closed = after.body.entries.find((e: { kind: string }) => e.kind === 'ballot.closed');
    const casts = after.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast');
    expect(casts).toHaveLength(40);
    for (const e of casts) {
      expect(e.at).toBe(closed.at);
      expect(Object.keys(e.data).sort()).toEqual(['choices', 'receipt']);
    }
    const published = casts.map((e: { data: { choices: Record<string, Choice> } }) =>
      JSON.stringify(hall.candidateIds.map((id) => e.data.choices[id])),
    );
    const castRank = published.map((p: string) => castOrder.indexOf(p));
    expect(new Set(castRank).size).toBe(40);
    const rho = spearman(
      castRank,
      published.map((_: string, i: number) => i),
    );
    expect(Math.abs(rho)).toBeLessThan(0.5);
    const receiptsInOrder = casts.map((e: { data: { receipt: string } }) => e.data.receipt);
    expect(receiptsInOrder).toEqual([...receiptsInOrder].sort());
  });

  it('live counts are refused for a secret ballot (422), allowed for a recorded one', async () => {
    const b = await createBallot(hall, { secrecy: 'recorded', liveCounts: true }, '记名实时票数');
    const toSecret = await hall.admin.patch(`/api/ballots/${b.id}`, { rules: { secrecy: 'secret' } });
    expect(toSecret.status).toBe(422);
    expect((await hall.admin.delete(`/api/ballots/${b.id}`)).status).toBe(200);
    const refused = await hall.admin.post('/api/ballots', {
      cycleId: hall.cycleId,
      sittingId: hall.sittingId,
      title: '实时票数',
      rules: { liveCounts: true },
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('liveCounts');
  });

  it('before certification nothing anonymous carries counts, ranking or selection; certification publishes them', async () => {
    const b = await createBallot(hall, {}, '确认前不公开');
    const cards = await openWithCards(hall, b.id);
    const receipts: string[] = [];
    for (const card of cards.slice(0, 30)) {
      const r = await cast(
        b.id,
        tokenOf(card),
        choicesFor(hall.candidateIds, (_, k) => (k < 2 ? 'for' : 'against')),
      );
      receipts.push(r.body.receipt);
    }
    await hall.admin.post(`/api/ballots/${b.id}/close`, {});
    expect((await hall.admin.post(`/api/ballots/${b.id}/tally`)).status).toBe(200);
    const event = await firstEvent(`${server.url}/api/ballots/${b.id}/events`);
    expect(event.state).toBe('tallied');
    expect(event.result).toBeNull();
    expect(event.counts).toBeNull();
    for (const path of [`/api/ballots/${b.id}/results`, `/api/ballots/${b.id}/results.csv`, `/api/ledgers/${b.ledgerId}`]) {
      expect((await anon.get(path)).status, path).toBe(404);
    }
    const pub = await anon.get(`/api/public/ballots/${b.id}`);
    expect(JSON.stringify(pub.body)).not.toMatch(/selected|ranking|perCandidate/);
    const receipt = await anon.get(`/api/receipts/${receipts[0]}`);
    expect(receipt.body).toEqual({ status: 'pending', message: expect.any(Object) });
    // The secretariat and the scrutineers see the count in the console.
    expect((await hall.admin.get(`/api/ballots/${b.id}/results`)).body.tally.selected).toEqual(hall.candidateIds.slice(0, 2));
    expect((await hall.scrutineers[0].get(`/api/ballots/${b.id}/results`)).status).toBe(200);
    await certifyResult(hall, b.id);
    const certified = await firstEvent(`${server.url}/api/ballots/${b.id}/events`);
    expect(certified.result).toMatchObject({ selected: hall.candidateIds.slice(0, 2) });
    const mine = await anon.get(`/api/receipts/${receipts[0]}`);
    expect(mine.body.status).toBe('published');
    expect(mine.body.entry.data.choices).toEqual(choicesFor(hall.candidateIds, (_, k) => (k < 2 ? 'for' : 'against')));
  });

  it("one live project ballot per cycle: a second is 409 until the draft is deleted or the opened one voided with a scrutineer's confirmation", async () => {
    const first = await createBallot(hall, {}, '第一次');
    const cycleId = hall.cycleId;
    const create = () => hall.admin.post('/api/ballots', { cycleId, sittingId: hall.sittingId, title: '第二次', rules: {} });
    const second = await create();
    expect(second.status).toBe(409);
    expect(second.body.error.details.ballotId).toBe(first.id);
    // A draft is deleted; then one may be created, and only one even when two clerks click at once.
    expect((await hall.admin.delete(`/api/ballots/${first.id}`)).status).toBe(200);
    expect((await hall.admin.get(`/api/ballots/${first.id}`)).status).toBe(404);
    const racing = await Promise.all([create(), create(), create()]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const live = racing.find((r) => r.status === 201)!.body.ballot;
    await openWithCards(hall, live.id);
    expect((await hall.admin.delete(`/api/ballots/${live.id}`)).status).toBe(409);
    // Voiding an opened ballot: the secretariat asks with a reason, a scrutineer confirms.
    expect((await hall.admin.post(`/api/ballots/${live.id}/void`, {})).status).toBe(400);
    expect((await hall.scrutineers[0].post(`/api/ballots/${live.id}/void`, { reason: 'x' })).status).toBe(403);
    const asked = await hall.admin.post(`/api/ballots/${live.id}/void`, { reason: '表决器故障，经主席团决定重新表决' });
    expect(asked.status).toBe(200);
    expect(asked.body.ballot.voidRequest).toMatchObject({ reason: '表决器故障，经主席团决定重新表决' });
    expect((await create()).status).toBe(409); // asked, not yet void
    expect((await hall.admin.post(`/api/ballots/${live.id}/void/confirm`)).status).toBe(403);
    const declined = await hall.scrutineers[1].post(`/api/ballots/${live.id}/void/decline`);
    expect(declined.body.ballot).toMatchObject({ state: 'open', voidRequest: null });
    await hall.admin.post(`/api/ballots/${live.id}/void`, { reason: '表决器故障，经主席团决定重新表决' });
    const voided = await hall.scrutineers[0].post(`/api/ballots/${live.id}/void/confirm`);
    expect(voided.body.ballot).toMatchObject({ state: 'void', voidReason: '表决器故障，经主席团决定重新表决' });
    const ledger = await hall.admin.get(`/api/ledgers/${live.ledgerId}`);
    expect(ledger.body.entries.map((e: { kind: string }) => e.kind).slice(-4)).toEqual([
      'ballot.void_requested',
      'ballot.void_declined',
      'ballot.void_requested',
      'ballot.voided',
    ]);
    expect(ledger.body.entries.at(-1).data).toMatchObject({ reason: '表决器故障，经主席团决定重新表决', stateWas: 'open' });
    const replacement = await create();
    expect(replacement.status).toBe(201);
    // A draft is not voided but deleted.
    expect((await hall.admin.post(`/api/ballots/${replacement.body.ballot.id}/void`, { reason: 'x' })).status).toBe(409);
    expect((await hall.admin.delete(`/api/ballots/${replacement.body.ballot.id}`)).status).toBe(200);
  });

  it('a ballot void by rule (returned > issued) makes room for the re-vote', async () => {
    const b = await createBallot(hall, {}, '收回多于发出');
    const cards = await openWithCards(hall, b.id);
    for (const card of cards.slice(0, 44))
      await cast(
        b.id,
        tokenOf(card),
        choicesFor(hall.candidateIds, () => 'abstain'),
      );
    // Paper ballots returned beyond those handed out: more returned than issued.
    const perCandidate = Object.fromEntries(hall.candidateIds.map((id) => [id, { for: 0, against: 0, abstain: 3 }]));
    const [first, second] = await hallSigners(hall);
    const entered = await enterPaper(first!, b.id, { perCandidate, valid: 3, invalid: 0 });
    expect((await confirmPaper(second!, b.id, entered.body.paper.id)).status).toBe(200);
    await hall.admin.post(`/api/ballots/${b.id}/close`, { paperIssued: 0 });
    await hall.admin.post(`/api/ballots/${b.id}/tally`);
    expect((await hall.admin.get(`/api/ballots/${b.id}/results`)).body.tally.void).toBe(true);
    const phase = await hall.admin.get(`/api/cycles/${hall.cycleId}`);
    expect(JSON.stringify(phase.body.next.problems)).toContain('须重新票决');
    const again = await hall.admin.post('/api/ballots', { cycleId: hall.cycleId, sittingId: hall.sittingId, title: '重新表决', rules: {} });
    expect(again.status).toBe(201);
    expect((await hall.admin.delete(`/api/ballots/${again.body.ballot.id}`)).status).toBe(200);
  });

  it('a tie gets exactly one runoff, and the phase move names the step missing', async () => {
    // seats 1, maxFor 2: every card backs candidates 0 and 1 → tied across the single seat.
    const b = await createBallot(hall, { seats: 1, maxFor: 2 }, '平票');
    const cards = await openWithCards(hall, b.id);
    for (const card of cards)
      await cast(
        b.id,
        tokenOf(card),
        choicesFor(hall.candidateIds, (_, k) => (k < 2 ? 'for' : 'against')),
      );
    await hall.admin.post(`/api/ballots/${b.id}/close`, {});
    await hall.admin.post(`/api/ballots/${b.id}/tally`);
    await certifyResult(hall, b.id);
    // A certified result cannot be voided.
    expect((await hall.admin.post(`/api/ballots/${b.id}/void`, { reason: '重新表决' })).status).toBe(409);
    const move = await hall.admin.post(`/api/cycles/${hall.cycleId}/phase`, { to: 'implementation' });
    expect(move.status).toBe(422);
    expect(move.text).toContain('另行票决尚未进行');
    const [one, two] = await Promise.all([hall.admin.post(`/api/ballots/${b.id}/runoff`, {}), hall.admin.post(`/api/ballots/${b.id}/runoff`, {})]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    const runoff = (one.status === 201 ? one : two).body.ballot;
    expect((await hall.admin.post(`/api/ballots/${b.id}/runoff`, {})).status).toBe(409);
    const waiting = await hall.admin.post(`/api/cycles/${hall.cycleId}/phase`, { to: 'implementation' });
    expect(waiting.text).toContain('另行票决结果尚未经监票人确认');
    // Deleting the runoff's draft makes room for it again (a re-created runoff, not a second one).
    expect((await hall.admin.delete(`/api/ballots/${runoff.id}`)).status).toBe(200);
    expect((await hall.admin.post(`/api/ballots/${b.id}/runoff`, {})).status).toBe(201);
  });

  it('refuses quorum fractions below one half', async () => {
    for (const quorum of [
      { numerator: 0, denominator: 1 },
      { numerator: 1, denominator: 3 },
      { numerator: 49, denominator: 100 },
    ]) {
      const r = await hall.admin.post('/api/ballots', { cycleId: hall.cycleId, sittingId: hall.sittingId, title: '法定人数', rules: { quorum } });
      expect(r.status, JSON.stringify(quorum)).toBe(400);
    }
  });
});
