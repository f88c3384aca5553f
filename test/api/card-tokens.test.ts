// Card tokens against guessing: misses (unknown, void or used cards) are counted per address and
// per hall tablet (a used card too: its holder gets no more tries at it than a guesser); over either limit every card attempt gets 429, right token or not, so guessing
// stops instead of only missing; and an unknown token costs the same time as a used one.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../server/env';
import { CARD_MISSES_PER_ADDRESS, CARD_MISSES_PER_TABLET } from '../../server/phase2-balloting/cast.service';
import { encodeToken } from '../../server/phase2-balloting/domain/card-token';
import { buildHall, choicesFor, createBallot, openWithCards, type Hall, newCastId } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';

const tokenOf = (card: { url: string }) => card.url.split('#')[1]!;
const unknownToken = (n: number) => encodeToken(createHash('sha256').update(`unknown-${n}`).digest().subarray(0, 13));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.each(DRIVERS)('card tokens: rate limits and timing [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let ballotId: string;
  let client: Client;
  let tokens: string[];
  let used: string[];
  let choices: Record<string, string>;
  let addr = 0;
  /** A fresh client address for each call (TRUST_PROXY is on): keeps one test's misses from another's limit. */
  const nextAddress = () => `10.${(++addr >> 16) & 255}.${(addr >> 8) & 255}.${addr & 255}`;
  const lookup = (token: string, headers: Record<string, string>) => client.post('/api/cards/lookup', { token }, headers);
  const cast = (token: string, headers: Record<string, string>) =>
    client.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token, choices }, headers);
  /** A second, different attempt with a used card (an identical one would get its receipt back). */
  const castAgain = (token: string, headers: Record<string, string>) =>
    client.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token, choices: choicesFor(hall.candidateIds, () => 'abstain') }, headers);

  beforeAll(async () => {
    const env = {
      ...loadEnv({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' } as NodeJS.ProcessEnv),
      TRUST_PROXY: 'true' as const,
    };
    server = await startTestServer(driver, { deps: { env } });
    hall = await buildHall(server, { deputies: 90, candidates: 3, seats: 2 });
    const b = await createBallot(hall);
    ballotId = b.id;
    tokens = (await openWithCards(hall, ballotId)).map(tokenOf);
    choices = choicesFor(hall.candidateIds, (_, i) => (i === 0 ? 'for' : 'abstain'));
    client = server.client();
    // 70 cards used; 20 left unused for the limit tests.
    used = tokens.slice(0, 70);
    await Promise.all(used.map((t) => cast(t, { 'x-forwarded-for': nextAddress() }).then((r) => expect(r.status).toBe(201))));
  });
  afterAll(async () => server?.stop());

  it('counts misses per address: over the limit a miss gets 429 with Retry-After; real cards still work there', async () => {
    const address = nextAddress();
    for (let i = 0; i < CARD_MISSES_PER_ADDRESS; i++) {
      // Unknown tokens, by lookup and by cast. Half of them come with a made-up address in front
      // (a proxy appends the one it saw): that must not open a new count.
      const from = i % 2 ? { 'x-forwarded-for': `203.0.113.${i}, ${address}` } : { 'x-forwarded-for': address };
      const r = i % 3 === 0 ? await cast(unknownToken(i), from) : await lookup(unknownToken(i), from);
      expect(r.status, `miss ${i}`).toBe(404);
    }
    const from = { 'x-forwarded-for': address };
    const over = await lookup(unknownToken(999), from);
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('rate_limited');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await cast(unknownToken(998), from)).status).toBe(429);
    // One address can be a whole hall behind NAT: real cards keep working from it (a used card is a miss).
    expect((await lookup(used[0]!, from)).status).toBe(429);
    expect((await lookup(tokens[80]!, from)).status).toBe(200);
    // Another address is not affected.
    expect((await lookup(unknownToken(997), { 'x-forwarded-for': nextAddress() })).status).toBe(404);
  });

  it('counts attempts with used cards as misses: whoever holds printed cards gets no more tries than a guesser', async () => {
    const from = { 'x-forwarded-for': nextAddress() };
    for (let i = 0; i < CARD_MISSES_PER_ADDRESS; i++) {
      const r = i % 2 ? await lookup(used[i]!, from) : await castAgain(used[i]!, from);
      expect(r.status, `used ${i}`).toBe(409);
    }
    expect((await castAgain(used[40]!, from)).status).toBe(429);
    expect((await lookup(unknownToken(996), from)).status).toBe(429);
  });

  it('counts misses per tablet, whatever address it comes from; over the limit the tablet is refused every card', async () => {
    const pairing = await hall.admin.post('/api/tablets/pairing-codes', { name: '第1排平板' });
    expect(pairing.status).toBe(201);
    const paired = await client.post('/api/tablets/pair', { code: pairing.body.code }, { 'x-forwarded-for': nextAddress() });
    expect(paired.status).toBe(201);
    const device = paired.body.deviceToken as string;
    const h = () => ({ 'x-device-token': device, 'x-forwarded-for': nextAddress() });
    for (let i = 0; i < CARD_MISSES_PER_TABLET; i++) {
      const r = i % 2 === 0 ? await lookup(unknownToken(100 + i), h()) : await cast(unknownToken(100 + i), h());
      expect(r.status, `miss ${i}`).toBe(404);
    }
    expect((await lookup(unknownToken(200), h())).status).toBe(429);
    // Guessing from this tablet stops: even a right token is refused until the window ends.
    const refused = await lookup(tokens[81]!, h());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await cast(tokens[81]!, h())).status).toBe(429);
    // Another tablet (or a phone without one) is not held back by this one.
    const other = await hall.admin.post('/api/tablets/pairing-codes', { name: '第2排平板' });
    const device2 = (await client.post('/api/tablets/pair', { code: other.body.code }, { 'x-forwarded-for': nextAddress() })).body
      .deviceToken as string;
    expect((await lookup(tokens[81]!, { 'x-device-token': device2, 'x-forwarded-for': nextAddress() })).status).toBe(200);
    const castId = newCastId();
    const send = () => client.post(`/api/ballots/${ballotId}/cast`, { castId, token: tokens[81], choices }, { 'x-forwarded-for': nextAddress() });
    const r = await send();
    expect(r.status).toBe(201);
    // A retry (same card, same castId) still gets its receipt back.
    expect((await send()).body.receipt).toBe(r.body.receipt);
  });

  it('takes as long for an unknown token as for a used one (lookup and cast)', async () => {
    const time = async (f: () => Promise<{ status: number }>, status: number) => {
      const t0 = performance.now();
      const r = await f();
      const ms = performance.now() - t0;
      expect(r.status).toBe(status);
      return ms;
    };
    let n = 0;
    const fresh = () => ({ 'x-forwarded-for': nextAddress() });
    // Paired samples: an unknown and a used token one right after the other, so a busy machine
    // slows both alike; the median of the differences must be near zero against the median time.
    // A busy CI machine can spoil one round: up to three rounds, any one within the bound passes.
    const round = async () => {
      const d = { lookup: [] as number[], cast: [] as number[] },
        all = { lookup: [] as number[], cast: [] as number[] };
      for (let i = 0; i < 30; i++, n++) {
        // Alternate which goes first, so an order effect cancels out.
        const pair = async (a: () => Promise<number>, b: () => Promise<number>) => {
          if (i % 2 === 0) {
            const x = await a();
            return [x, await b()] as const;
          }
          const y = await b();
          return [await a(), y] as const;
        };
        const [u, k] = await pair(
          () => time(() => lookup(unknownToken(400 + n), fresh()), 404),
          () => time(() => lookup(used[n % used.length]!, fresh()), 409),
        );
        const [cu, ck] = await pair(
          () => time(() => cast(unknownToken(600 + n), fresh()), 404),
          () => time(() => castAgain(used[n % used.length]!, fresh()), 409),
        );
        d.lookup.push(u - k);
        d.cast.push(cu - ck);
        all.lookup.push(u, k);
        all.cast.push(cu, ck);
      }
      return {
        lookup: { medianMs: +median(all.lookup).toFixed(2), medianDiffMs: +median(d.lookup).toFixed(2) },
        cast: { medianMs: +median(all.cast).toFixed(2), medianDiffMs: +median(d.cast).toFixed(2) },
      };
    };
    // By construction both paths do the same database work: on PGlite, count the statements.
    if (driver === 'pglite') {
      const pg = (server.deps.db as unknown as { $client: { query: (...a: unknown[]) => Promise<unknown> } }).$client;
      const original = pg.query;
      let statements = 0;
      pg.query = function (this: unknown, ...a: unknown[]) {
        statements++;
        return original.apply(this, a);
      };
      try {
        const count = async (f: () => Promise<unknown>) => {
          statements = 0;
          await f();
          return statements;
        };
        const unknownCount = await count(() => lookup(unknownToken(399), fresh()));
        const usedCount = await count(() => lookup(used[0]!, fresh()));
        expect(unknownCount).toBeGreaterThan(1);
        expect(usedCount).toBe(unknownCount);
      } finally {
        pg.query = original;
      }
    }
    const within = (x: { medianMs: number; medianDiffMs: number }) => Math.abs(x.medianDiffMs) <= 0.2 * x.medianMs + 1;
    for (let i = 0; i < 5; i++) await lookup(used[i]!, fresh()); // warm up
    const rounds = [];
    for (let r = 0; r < 3; r++) {
      const res = await round();
      rounds.push(res);
      if (within(res.lookup) && within(res.cast)) break;
    }
    console.log(`[card-tokens ${driver}] unknown − used, median of paired differences:`, JSON.stringify(rounds));
    expect(
      rounds.some((x) => within(x.lookup) && within(x.cast)),
      JSON.stringify(rounds),
    ).toBe(true);
  });
});
