// `npm run reliability:pg-restart` — stop PostgreSQL in the middle of a burst of casts, keep it down
// a few seconds, start it again. The server (its own process, never restarted) must answer 503
// JSON with Retry-After while the database is away (not hang, not 500), recover by itself, and the
// clients' retries must land: every acknowledged ballot in the ledger once, every card once, the
// chain valid, the tally equal to a recount. SSE subscribers connected before the outage must
// reach the final count within 5 s of the database's return and of the last cast: casts NOTIFYed
// before the server's LISTEN came back are lost, so the server sends every open stream a fresh
// snapshot once it is back. --late-cards K holds the last K cards back until the database is back
// and casts them at once, so they land in that gap (before the server's LISTEN returns).
//
//   npm run reliability:pg-restart -- --cards 3000 --clients 200 --down-ms 3000 --mode fast
//
// Uses a private PostgreSQL instance (initdb into a temporary directory, its own port), never the
// machine's shared cluster; it is deleted afterwards. Prints JSON; exit code 1 if a check fails.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  castBurst,
  choicesOf,
  closeTallyAndCheck,
  freePort,
  Http,
  isMain,
  prepareHall,
  sleep,
  spawnServer,
  subscribeSse,
  type BallotCheck,
  type BurstStats,
  type ServerProcess,
} from './lib';
import { privatePgUnavailable, startPrivatePg, type PrivatePg } from './private-pg';

export interface PgRestartOptions {
  cards: number;
  clients: number;
  downMs?: number;
  mode?: 'fast' | 'immediate';
  stopAt?: number;
  subscribers?: number;
  lateCards?: number;
}

/** Every subscriber at the final count within this long of the database's return (or of the last cast, if later). */
export const CATCH_UP_LIMIT_MS = 5000;

export interface PgRestartResult {
  test: 'pg-restart';
  cards: number;
  clients: number;
  mode: 'fast' | 'immediate';
  stoppedAfterAcks: number;
  /** From the stop command to the database accepting connections again. */
  outageMs: number;
  /** From the database being back to the server's next acknowledged cast. */
  recoveryMs: number | null;
  /** 503 answers during the outage, all {"error":{"code":"unavailable"}} with Retry-After. */
  unavailable: { count: number; wellFormed: boolean; slowestMs: number | null };
  otherRequestsDuringOutage: Array<{ request: string; status: number; code: string | null; retryAfter: string | null; ms: number }>;
  /** Any request answered after more than 10 s would be a hang. */
  slowestRequestMs: number | null;
  serverProcessSurvived: boolean;
  sse: {
    subscribedBefore: { events: number; lastCastCount: number | null };
    /** Every subscriber connected before the outage: its last count, and when it reached the final count. */
    subscribersBefore: Array<{ lastCastCount: number | null; finalAfterRecoveryMs: number | null; finalAfterLastAckMs: number | null }>;
    subscribedAfter: { events: number; lastCastCount: number | null; retriesAfter503: number };
  };
  burst: BurstStats;
  check: BallotCheck;
  ok: boolean;
}

export async function runPgRestart(o: PgRestartOptions): Promise<PgRestartResult> {
  const why = privatePgUnavailable();
  if (why) throw new Error(`cannot start a private PostgreSQL: ${why}`);
  const mode = o.mode ?? 'fast';
  let pg: PrivatePg | null = null;
  let server: ServerProcess | null = null;
  const http = new Http(o.clients, 60_000);
  try {
    pg = await startPrivatePg();
    server = await spawnServer({ DATABASE_URL: pg.url }, await freePort());
    const hall = await prepareHall(server.base, { deputies: o.cards });
    const choices = (i: number) => choicesOf(hall.candidateIds, i);
    const subscribers = Array.from({ length: o.subscribers ?? 3 }, () => subscribeSse(server!.base, `/api/ballots/${hall.ballotId}/events`));
    await Promise.all(subscribers.map((s) => s.ready));
    const before = subscribers[0]!;
    const stopAt = Math.max(1, Math.floor(o.cards * (o.stopAt ?? 0.4)));
    let stoppedAfterAcks = 0,
      outageMs = 0,
      backAt = 0,
      firstAckAfterBack: number | null = null;
    let outage: Promise<void> | null = null;
    let databaseBack!: () => void;
    const back = new Promise<void>((resolve) => {
      databaseBack = resolve;
    });
    const late = o.lateCards ?? 0;
    // While the database is away: other kinds of request (a session check, a read, a write in a
    // transaction, the public hall screen, the SSE stream's opening) must answer 503 JSON too.
    let probes: Array<{ request: string; status: number; code: string | null; retryAfter: string | null; ms: number }> = [];
    const cookie = { cookie: hall.clerk.cookie ?? '', origin: server.base };
    const probeOthers = () =>
      Promise.all(
        [
          ['GET', '/api/auth/me', undefined, cookie],
          ['GET', `/api/ballots/${hall.ballotId}`, undefined, cookie],
          ['POST', '/api/delegations', { name: '停库期间新增' }, cookie],
          ['GET', `/api/public/ballots/${hall.ballotId}`, undefined, {}],
          ['GET', `/api/ballots/${hall.ballotId}/events`, undefined, {}],
          ['POST', '/api/cards/lookup', { token: hall.tokens[hall.tokens.length - 1] }, {}],
        ].map(async ([method, p, body, headers]) => {
          const r = await http.request(server!.base, method as string, p as string, body, headers as Record<string, string>);
          return {
            request: `${method} ${p}`,
            status: r.status,
            code: r.body?.error?.code ?? null,
            retryAfter: (r.headers['retry-after'] as string) ?? null,
            ms: Math.round(r.ms),
          };
        }),
      );
    const db = pg;
    const { outcomes, stats } = await castBurst({
      bases: [server.base],
      ballotId: hall.ballotId,
      tokens: hall.tokens,
      choices,
      clients: o.clients,
      http,
      retryDelayMs: 250,
      giveUpAfterMs: 120_000,
      abortIf: () => server!.exitedAlready(),
      gate: (i) => (i >= o.cards - late ? back : Promise.resolve()),
      onAck: (n, out) => {
        if (backAt && firstAckAfterBack === null && out.ackedAt! > backAt) firstAckAfterBack = out.ackedAt!;
        if (n !== stopAt || outage) return;
        stoppedAfterAcks = n;
        outage = (async () => {
          const t0 = performance.now();
          await db.stop(mode);
          await sleep(300);
          probes = await probeOthers();
          await sleep(Math.max(0, (o.downMs ?? 3000) - 300));
          await db.start();
          backAt = performance.now();
          outageMs = Math.round(backAt - t0);
          databaseBack();
        })();
      },
    });
    await outage;
    // Like a browser's EventSource, the screen reconnects when the stream's opening answers 503: a
    // pooled connection that died with the old server can still fail one request after the restart.
    let after = subscribeSse(server.base, `/api/ballots/${hall.ballotId}/events`);
    let sseRetries = 0;
    for (;;) {
      try {
        await after.ready;
        break;
      } catch (err) {
        if (after.error !== 'status 503' || ++sseRetries > 10) throw err;
        await sleep(1000);
        after = subscribeSse(server.base, `/api/ballots/${hall.ballotId}/events`);
      }
    }
    const lastCount = (s: typeof before) => s.events.filter((e) => e.data.state === 'open').at(-1)?.data.castCount ?? null;
    const lastAckAt = Math.max(...outcomes.map((x) => x.ackedAt ?? 0));
    await Promise.all(subscribers.map((s) => s.until((e) => e.data.castCount === o.cards, CATCH_UP_LIMIT_MS)));
    const subscribersBefore = subscribers.map((s) => {
      const final = s.events.find((e) => e.data.castCount === o.cards);
      return {
        lastCastCount: lastCount(s),
        finalAfterRecoveryMs: final ? Math.round(final.at - backAt) : null,
        finalAfterLastAckMs: final ? Math.round(final.at - lastAckAt) : null,
      };
    });
    await after.until((e) => e.data.castCount === o.cards, 5000);
    const check = await closeTallyAndCheck(hall, outcomes, choices);
    await before.until((e) => e.data.state === 'tallied', 5000);
    const sse = {
      subscribedBefore: { events: before.events.length, lastCastCount: lastCount(before) },
      subscribersBefore,
      subscribedAfter: { events: after.events.length, lastCastCount: lastCount(after), retriesAfter503: sseRetries },
    };
    for (const s of subscribers) s.close();
    after.close();
    const serverProcessSurvived = server.proc.exitCode === null && server.proc.signalCode === null;
    const recoveryMs = firstAckAfterBack !== null ? Math.round(firstAckAfterBack - backAt) : null;
    const unavailable = { count: stats.statusCounts['503'] ?? 0, wellFormed: stats.unavailableWellFormed, slowestMs: stats.latencyMs.max };
    const probesOk = probes.length > 0 && probes.every((p) => p.status === 503 && p.code === 'unavailable' && p.retryAfter !== null);
    const ok =
      check.ok &&
      probesOk &&
      stoppedAfterAcks > 0 &&
      stats.serverErrors === 0 &&
      stats.unexpected.length === 0 &&
      stats.acked === o.cards &&
      stats.unavailableWellFormed &&
      serverProcessSurvived &&
      (stats.latencyMs.max ?? 0) < 10_000 &&
      sse.subscribedAfter.lastCastCount === o.cards &&
      subscribersBefore.every((s) => s.lastCastCount === o.cards && Math.min(s.finalAfterRecoveryMs!, s.finalAfterLastAckMs!) <= CATCH_UP_LIMIT_MS);
    return {
      test: 'pg-restart',
      cards: o.cards,
      clients: o.clients,
      mode,
      stoppedAfterAcks,
      outageMs,
      recoveryMs,
      unavailable,
      otherRequestsDuringOutage: probes,
      slowestRequestMs: stats.latencyMs.max,
      serverProcessSurvived,
      sse,
      burst: stats,
      check,
      ok,
    };
  } finally {
    http.close();
    await (server as ServerProcess | null)?.kill('SIGTERM');
    (pg as PrivatePg | null)?.destroy();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      cards: { type: 'string', default: '3000' },
      clients: { type: 'string', default: '200' },
      'down-ms': { type: 'string', default: '3000' },
      mode: { type: 'string', default: 'fast' },
      'stop-at': { type: 'string', default: '0.4' },
      subscribers: { type: 'string', default: '3' },
      'late-cards': { type: 'string', default: '0' },
    },
  });
  const result = await runPgRestart({
    cards: Number(values.cards),
    clients: Number(values.clients),
    downMs: Number(values['down-ms']),
    mode: values.mode === 'immediate' ? 'immediate' : 'fast',
    stopAt: Number(values['stop-at']),
    subscribers: Number(values.subscribers),
    lateCards: Number(values['late-cards']),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.ok ? 0 : 1);
}
