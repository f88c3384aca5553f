// `npm run reliability:kill-burst` — SIGKILL the server in the middle of a burst of casts, start it
// again on the same database, and let the clients retry what was not acknowledged.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run reliability:kill-burst -- --cards 3000 --clients 200
//   npm run reliability:pglite-kill -- --cards 3000        (the same on embedded PGlite, same data directory)
//
// The server runs as its own process (node --import tsx server/index.ts, as npm start runs it). On
// PostgreSQL a fresh database is created beside the one DATABASE_URL names and dropped afterwards;
// on PGlite a temporary data directory is used. Prints JSON; exit code 1 if a check fails.
// Checks: every acknowledged ballot is in the ledger exactly once (its receipt is the hash of one
// ballot.cast entry with its seq and choices), every retried card lands once, every card is cast
// once, the chain verifies, and the tally equals a recount and the clients' own count.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  castBurst,
  choicesOf,
  closeTallyAndCheck,
  createScratchDatabase,
  freePort,
  Http,
  isMain,
  prepareHall,
  sleep,
  spawnServer,
  type BallotCheck,
  type BurstStats,
  type ServerProcess,
} from './lib';

export interface KillBurstOptions {
  driver: 'postgres' | 'pglite';
  /** PostgreSQL: the server to create the scratch database on. */
  databaseUrl?: string;
  cards: number;
  clients: number;
  /** Kill when this share of the cards has been acknowledged. */
  killAt?: number;
  /** How long the server stays dead before it is started again. */
  downMs?: number;
}

export interface KillBurstResult {
  test: 'kill-burst';
  driver: 'postgres' | 'pglite';
  cards: number;
  clients: number;
  killedAfterAcks: number;
  /** Requests in flight at the kill, or sent while the server was down (they failed: network error). */
  failedRequestsWhileDown: number;
  restartMs: number;
  burst: BurstStats;
  check: BallotCheck;
  ok: boolean;
}

export async function runKillBurst(o: KillBurstOptions): Promise<KillBurstResult> {
  const port = await freePort();
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  if (o.driver === 'postgres') {
    if (!o.databaseUrl) throw new Error('PostgreSQL needs a database URL');
    const db = await createScratchDatabase(o.databaseUrl, 'killburst');
    env = { DATABASE_URL: db.url };
    cleanup = () => db.drop();
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-pglite-kill-'));
    env = { DATABASE_URL: undefined, DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  let server: ServerProcess | null = null;
  const http = new Http(o.clients);
  try {
    server = await spawnServer(env, port);
    const hall = await prepareHall(server.base, { deputies: o.cards });
    const choices = (i: number) => choicesOf(hall.candidateIds, i);
    const killAt = Math.max(1, Math.floor(o.cards * (o.killAt ?? 0.4)));
    let killedAfterAcks = 0,
      restartMs = 0;
    let restarted: Promise<void> | null = null;
    const first = server;
    const { outcomes, stats } = await castBurst({
      bases: [server.base],
      ballotId: hall.ballotId,
      tokens: hall.tokens,
      choices,
      clients: o.clients,
      http,
      retryDelayMs: 100,
      onAck: (n) => {
        if (n !== killAt || restarted) return;
        killedAfterAcks = n;
        restarted = (async () => {
          await first.kill('SIGKILL');
          await sleep(o.downMs ?? 1000);
          const t0 = performance.now();
          server = await spawnServer(env, port);
          restartMs = Math.round(performance.now() - t0);
        })();
      },
    });
    await restarted;
    const check = await closeTallyAndCheck(hall, outcomes, choices, server!.base);
    const failedRequestsWhileDown = Object.values(stats.networkErrors).reduce((a, b) => a + b, 0);
    const ok = check.ok && killedAfterAcks > 0 && stats.unexpected.length === 0 && stats.serverErrors === 0 && stats.acked === o.cards;
    return {
      test: 'kill-burst',
      driver: o.driver,
      cards: o.cards,
      clients: o.clients,
      killedAfterAcks,
      failedRequestsWhileDown,
      restartMs,
      burst: stats,
      check,
      ok,
    };
  } finally {
    http.close();
    await (server as ServerProcess | null)?.kill('SIGTERM');
    await cleanup();
  }
}

export async function main(driver: 'postgres' | 'pglite') {
  const { values } = parseArgs({
    options: {
      cards: { type: 'string', default: '3000' },
      clients: { type: 'string', default: driver === 'pglite' ? '50' : '200' },
      'kill-at': { type: 'string', default: '0.4' },
      'down-ms': { type: 'string', default: '1000' },
    },
  });
  if (driver === 'postgres' && !process.env.DATABASE_URL) {
    console.error('needs DATABASE_URL (PostgreSQL), e.g. postgres://postgres@127.0.0.1:5432/postgres');
    process.exit(2);
  }
  const result = await runKillBurst({
    driver,
    databaseUrl: process.env.DATABASE_URL,
    cards: Number(values.cards),
    clients: Number(values.clients),
    killAt: Number(values['kill-at']),
    downMs: Number(values['down-ms']),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.ok ? 0 : 1);
}

if (isMain(import.meta.url)) await main('postgres');
