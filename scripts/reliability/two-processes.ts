// `npm run reliability:two-processes` — N server processes on one PostgreSQL database, no balancer:
// clients spread their casts over all of them; SSE subscribers on every process must each see
// every cast (events cross processes by LISTEN/NOTIFY); the ballot keeps one chain, contiguous
// and valid, with every card once.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run reliability:two-processes -- --cards 3000 --clients 200 --processes 2
//
// A fresh database is created beside the one DATABASE_URL names and dropped afterwards. Prints
// JSON; exit code 1 if a check fails.
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

export interface TwoProcessesOptions {
  databaseUrl: string;
  cards: number;
  clients: number;
  processes?: number;
  subscribersPerProcess?: number;
}

export interface TwoProcessesResult {
  test: 'two-processes';
  processes: number;
  cards: number;
  clients: number;
  /** Acknowledged casts answered by each process. */
  castsPerProcess: number[];
  subscribers: Array<{ process: number; events: number; lastCastCount: number | null; lastHeadSeq: number | null; sawEveryCast: boolean }>;
  /** Delay from a cast's acknowledgement to the first event covering its seq, over all subscribers. */
  sseDelayMs: { p50: number | null; p99: number | null };
  burst: BurstStats;
  check: BallotCheck;
  ok: boolean;
}

export async function runTwoProcesses(o: TwoProcessesOptions): Promise<TwoProcessesResult> {
  const n = o.processes ?? 2;
  const db = await createScratchDatabase(o.databaseUrl, 'twoproc');
  const servers: ServerProcess[] = [];
  const subs: Array<{ process: number; sub: SseSubscriber }> = [];
  const http = new Http(o.clients);
  try {
    // The first process applies the migrations; the others start on the migrated database.
    servers.push(await spawnServer({ DATABASE_URL: db.url }, await freePort()));
    for (let k = 1; k < n; k++) servers.push(await spawnServer({ DATABASE_URL: db.url }, await freePort()));
    const hall = await prepareHall(servers[0]!.base, { deputies: o.cards });
    const choices = (i: number) => choicesOf(hall.candidateIds, i);
    for (const [k, s] of servers.entries()) {
      for (let j = 0; j < (o.subscribersPerProcess ?? 3); j++)
        subs.push({ process: k, sub: subscribeSse(s.base, `/api/ballots/${hall.ballotId}/events`) });
    }
    await Promise.all(subs.map((s) => s.sub.ready));
    const { outcomes, stats } = await castBurst({
      bases: servers.map((s) => s.base),
      ballotId: hall.ballotId,
      tokens: hall.tokens,
      choices,
      clients: o.clients,
      http,
      abortIf: () => servers.some((s) => s.exitedAlready()),
    });
    await Promise.all(subs.map((s) => s.sub.until((e) => e.data.castCount === o.cards, 10_000)));
    const castsPerProcess = servers.map((_, k) => outcomes.filter((x) => x.acked && x.index % n === k).length);
    const delays = turnoutDelays(
      outcomes,
      subs.map(({ sub }) => sub.events),
    );
    const subscribers = subs.map(({ process, sub }) => {
      const last = sub.events.at(-1);
      // Every acknowledged cast is covered: the last event shows the full turnout.
      const sawEveryCast = last !== undefined && last.data.castCount === o.cards;
      return {
        process,
        events: sub.events.length,
        lastCastCount: last?.data.castCount ?? null,
        lastHeadSeq: last?.data.head?.seq ?? null,
        sawEveryCast,
      };
    });
    for (const s of subs) s.sub.close();
    const check = await closeTallyAndCheck(hall, outcomes, choices);
    const ok =
      check.ok &&
      stats.acked === o.cards &&
      stats.unexpected.length === 0 &&
      subscribers.every((s) => s.sawEveryCast) &&
      castsPerProcess.every((c) => c > 0);
    return {
      test: 'two-processes',
      processes: n,
      cards: o.cards,
      clients: o.clients,
      castsPerProcess,
      subscribers,
      sseDelayMs: { p50: percentile(delays, 50), p99: percentile(delays, 99) },
      burst: stats,
      check,
      ok,
    };
  } finally {
    for (const s of subs) s.sub.close();
    http.close();
    await Promise.all(servers.map((s) => s.kill('SIGTERM')));
    await db.drop();
  }
}

/** Index of the first id ≥ seq in a non-decreasing list, or -1. */

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      cards: { type: 'string', default: '3000' },
      clients: { type: 'string', default: '200' },
      processes: { type: 'string', default: '2' },
      subscribers: { type: 'string', default: '3' },
    },
  });
  if (!process.env.DATABASE_URL) {
    console.error('needs DATABASE_URL (PostgreSQL), e.g. postgres://postgres@127.0.0.1:5432/postgres');
    process.exit(2);
  }
  const result = await runTwoProcesses({
    databaseUrl: process.env.DATABASE_URL,
    cards: Number(values.cards),
    clients: Number(values.clients),
    processes: Number(values.processes),
    subscribersPerProcess: Number(values.subscribers),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.ok ? 0 : 1);
}
