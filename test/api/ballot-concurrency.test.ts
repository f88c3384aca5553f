// 1,000 cards cast at once, with 200 retries (same card, same castId) and 50 second attempts with
// used cards (another castId) mixed in: exactly 1,000 ballots received and, at the close, 1,000
// cast entries, contiguous seq, a valid chain, every retry answered with its own receipt, every
// second attempt refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/core/domain/ledger-chain';
import { loadEnv } from '../../server/env';
import { buildHall, choicesFor, createBallot, openWithCards, type Hall, newCastId } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';

const N = 1000;

describe.each(DRIVERS)('1,000 concurrent casts [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;

  beforeAll(async () => {
    // TRUST_PROXY on, one address per request: second attempts with used cards count as misses per
    // address, and this test is about concurrency, not those limits (test/api/card-tokens.test.ts).
    const env = {
      ...loadEnv({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' } as NodeJS.ProcessEnv),
      TRUST_PROXY: 'true' as const,
    };
    server = await startTestServer(driver, { deps: { env } });
    hall = await buildHall(server, { deputies: N, candidates: 15, seats: 12 });
  });
  afterAll(async () => server?.stop());

  it('counts every card exactly once', async () => {
    const b = await createBallot(hall);
    const cards = await openWithCards(hall, b.id);
    expect(cards).toHaveLength(N);
    const tokens = cards.map((c) => c.url.split('#')[1]!);
    const choiceOf = (i: number) => choicesFor(hall.candidateIds, (_, k) => ((i + k) % 3 === 0 ? 'for' : (i + k) % 3 === 1 ? 'against' : 'abstain'));
    const c = server.client();
    const castIds = tokens.map(() => newCastId());
    let n = 0;
    const cast = (i: number, choices = choiceOf(i), castId = castIds[i]!) =>
      c.post(`/api/ballots/${b.id}/cast`, { castId, token: tokens[i], choices }, { 'x-forwarded-for': `10.20.${(++n >> 8) & 255}.${n & 255}` });
    const firsts = tokens.map((_, i) => cast(i));
    const replays = Array.from({ length: 200 }, (_, k) => cast(k * 5));
    const reused = Array.from({ length: 50 }, (_, k) =>
      cast(
        k * 7 + 1,
        choicesFor(hall.candidateIds, () => 'abstain'),
        newCastId(),
      ),
    );
    const [a, r, u] = await Promise.all([Promise.all(firsts), Promise.all(replays), Promise.all(reused)]);

    // Each token got exactly one receipt, whichever of its requests won the race.
    const receiptOf = new Map<number, string>();
    const all = [...a.map((x, i) => [i, x] as const), ...r.map((x, k) => [k * 5, x] as const)];
    for (const [i, res] of all) {
      expect([200, 201, 409]).toContain(res.status);
      if (res.status === 409) continue;
      const seen = receiptOf.get(i);
      if (seen) expect(res.body.receipt).toBe(seen);
      else receiptOf.set(i, res.body.receipt);
    }
    // The 50 different second attempts: refused, unless they won the race (then the first request was refused).
    for (const [k, res] of u.entries()) {
      const i = k * 7 + 1;
      if (res.status === 201) expect(a[i]!.status).toBe(409);
      else expect(res.status).toBe(409);
    }
    // An identical retry may win the race: then it gets 201 and the first request 200.
    const created = [...a, ...r, ...u].filter((x) => x.status === 201).length;
    expect(created).toBe(N);
    expect(receiptOf.size).toBe(N - u.filter((x) => x.status === 201).length);

    const open = await hall.admin.get(`/api/ledgers/${b.ledgerId}`);
    expect(open.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.received')).toHaveLength(N);
    expect((await hall.admin.post(`/api/ballots/${b.id}/close`, {})).status).toBe(200);
    const ledger = await hall.admin.get(`/api/ledgers/${b.ledgerId}`);
    const casts = ledger.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast');
    expect(casts).toHaveLength(N);
    // Every receipt a client was given is published exactly once.
    const published = new Set(casts.map((e: { data: { receipt: string } }) => e.data.receipt));
    expect(published.size).toBe(N);
    for (const res of [...a, ...r, ...u]) if (res.status !== 409) expect(published.has(res.body.receipt)).toBe(true);
    expect(ledger.body.entries.map((e: { seq: number }) => e.seq)).toEqual(ledger.body.entries.map((_: unknown, i: number) => i + 1));
    expect(verifyChain(ledger.body.entries).ok).toBe(true);
    const ballot = await hall.admin.get(`/api/ballots/${b.id}`);
    expect(ballot.body.ballot.castCount).toBe(N);
  });
});
