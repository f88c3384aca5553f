// `npm run reliability:sse-load` — 500 SSE subscribers on a ballot's live stream during a
// 3,000-card burst: every subscriber must receive every event (the same sequence of ledger heads,
// ending at the last cast), and the delivery latency is reported: for every (subscriber, cast)
// pair, the time from the cast's HTTP acknowledgement to the first event covering its seq.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run reliability:sse-load -- --subscribers 500 --cards 3000 --clients 200
//
// One server process on a fresh PostgreSQL database (dropped afterwards); without DATABASE_URL it
// runs on PGlite in a temporary directory. Subscribers and casting clients share this process, so
// the machine's cores are split between them and the server. Prints JSON; exit 1 if a check fails.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  castBurst,
  choicesOf,
  closeTallyAndCheck,
  createScratchDatabase,
  freePort,
  Http,
  isMain,
  percentile,
  prepareHall,
  spawnServer,
  subscribeSse,
  turnoutDelays,
  type BallotCheck,
  type BurstStats,
  type ServerProcess,
  type SseSubscriber,
} from './lib';

export interface SseLoadOptions {
  databaseUrl?: string;
  subscribers: number;
  cards: number;
  clients: number;
}

export interface SseLoadResult {
  test: 'sse-load';
  driver: 'postgres' | 'pglite';
  subscribers: number;
  cards: number;
  clients: number;
  connected: number;
  /** Distinct events (ledger heads) published during the burst, as seen by the union of subscribers. */
  eventsPublished: number;
  /** Every subscriber got exactly that sequence, ending with castCount = cards. */
  allReceivedEveryEvent: boolean;
  subscribersMissingEvents: number;
  deliveryLatencyMs: { samples: number; p50: number | null; p90: number | null; p99: number | null; max: number | null };
  burst: BurstStats;
  check: BallotCheck;
  ok: boolean;
}

export async function runSseLoad(o: SseLoadOptions): Promise<SseLoadResult> {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  if (o.databaseUrl) {
    const db = await createScratchDatabase(o.databaseUrl, 'sseload');
    env = { DATABASE_URL: db.url };
    cleanup = () => db.drop();
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-sse-'));
    env = { DATABASE_URL: undefined, DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  let server: ServerProcess | null = null;
  const subs: SseSubscriber[] = [];
  const http = new Http(o.clients);
  try {
    server = await spawnServer(env, await freePort());
    const hall = await prepareHall(server.base, { deputies: o.cards });
    const choices = (i: number) => choicesOf(hall.candidateIds, i);
    for (let k = 0; k < o.subscribers; k++) {
      subs.push(subscribeSse(server.base, `/api/ballots/${hall.ballotId}/events`));
      if (k % 50 === 49) await Promise.allSettled(subs.slice(-50).map((s) => s.ready));
    }
    await Promise.allSettled(subs.map((s) => s.ready));
    const connected = subs.filter((s) => !s.error).length;
    // Everyone has the opening snapshot before the burst starts.
    await Promise.all(subs.map((s) => s.until(() => true, 10_000)));
    const openingSeq = Math.max(...subs.map((s) => s.events[0]?.id ?? 0));
    const { outcomes, stats } = await castBurst({
      bases: [server.base],
      ballotId: hall.ballotId,
      tokens: hall.tokens,
      choices,
      clients: o.clients,
      http,
      abortIf: () => server!.exitedAlready(),
    });
    await Promise.all(subs.map((s) => s.until((e) => e.data.castCount === o.cards, 15_000)));

    const union = new Set<number>();
    for (const s of subs) for (const e of s.events) if (e.id > openingSeq) union.add(e.id);
    const expected = [...union].sort((a, b) => a - b);
    let missing = 0;
    for (const s of subs) {
      const ids = s.events.filter((e) => e.id > openingSeq).map((e) => e.id);
      if (ids.length !== expected.length || ids.some((id, k) => id !== expected[k]) || s.events.at(-1)?.data.castCount !== o.cards) missing++;
    }
    // Latency: when the j-th acknowledgement arrives, at least j casts are committed; the delay
    // is until the subscriber's first event whose turnout (castCount) reaches j. (Secret ballots
    // publish turnout, not casts, while open, so turnout is what the screen waits for.)
    const latencies = turnoutDelays(
      outcomes,
      subs.map((s) => s.events),
    );
    for (const s of subs) s.close();
    const check = await closeTallyAndCheck(hall, outcomes, choices);
    const ok = check.ok && connected === o.subscribers && missing === 0 && stats.acked === o.cards && stats.unexpected.length === 0;
    return {
      test: 'sse-load',
      driver: o.databaseUrl ? 'postgres' : 'pglite',
      subscribers: o.subscribers,
      cards: o.cards,
      clients: o.clients,
      connected,
      eventsPublished: expected.length,
      allReceivedEveryEvent: missing === 0,
      subscribersMissingEvents: missing,
      deliveryLatencyMs: {
        samples: latencies.length,
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: percentile(latencies, 100),
      },
      burst: stats,
      check,
      ok,
    };
  } finally {
    for (const s of subs) s.close();
    http.close();
    await (server as ServerProcess | null)?.kill('SIGTERM');
    await cleanup();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '500' },
      cards: { type: 'string', default: '3000' },
      clients: { type: 'string', default: '200' },
    },
  });
  const result = await runSseLoad({
    databaseUrl: process.env.DATABASE_URL,
    subscribers: Number(values.subscribers),
    cards: Number(values.cards),
    clients: Number(values.clients),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.ok ? 0 : 1);
}
