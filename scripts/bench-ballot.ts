// `npm run bench:ballot`: the 3,000-deputy burst, measured. Starts the server as its own process
// on PostgreSQL (DATABASE_URL), prepares a congress through the API, prints cards for D deputies,
// casts them from C concurrent clients over HTTP while an SSE subscriber watches: a first (cold)
// burst, then a second (warm) burst on another cycle's ballot in the same server process. Then it
// measures, at the same concurrency, a minimal same-stack endpoint (scripts/bench/minimal-endpoint.ts:
// Hono + zod + one INSERT, its own process) and plain single-row INSERTs, and the time to verify the
// tallied ledger export. Prints JSON; writes the export to bench-ledger.json.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npm run bench:ballot -- --deputies 3000 --clients 200
import { spawn } from 'node:child_process';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { canonicalJson } from '../server/core/domain/canonical-json';
import { verifyExport } from '../server/core/domain/ledger-chain';
import { randomBytes } from 'node:crypto';
import { ballotLedgerProblems } from '../server/phase2-balloting/domain/recount';
import { Client } from '../test/support/harness';
import { createFixedCycle } from '../test/support/cycle-fixtures';

const { values } = parseArgs({
  options: {
    deputies: { type: 'string', default: '3000' },
    clients: { type: 'string', default: '200' },
    candidates: { type: 'string', default: '15' },
    seats: { type: 'string', default: '12' },
    port: { type: 'string', default: '3999' },
  },
});
const D = Number(values.deputies),
  C = Number(values.clients),
  PORT = Number(values.port);
const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.error('bench:ballot needs DATABASE_URL (PostgreSQL), e.g. postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}

// A fresh database per run, beside the one named, so runs do not disturb each other.
const dbName = `bench_${Date.now().toString(36)}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${dbName}`);
const url = new URL(baseUrl);
url.pathname = `/${dbName}`;

const server = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'server/index.ts'], {
  env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = `http://127.0.0.1:${PORT}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: C });
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1) : null;
};

try {
  await waitFor(`${base}/api/health`);
  const clerk = new Client(base);
  await clerk.post('/api/setup', {
    congress: { name: '基准测试人民代表大会', jurisdiction: '基准', level: 'city' },
    admin: { username: 'bench', displayName: '秘书处', password: 'bench-password-1' },
  });
  await clerk.post('/api/delegations', { name: '基准代表团' });
  const lines = ['姓名,代表团,座位号', ...Array.from({ length: D }, (_, i) => `代表${i + 1},基准代表团,${i + 1}`)];
  await clerk.request('POST', '/api/deputies/import', lines.join('\n'), { 'content-type': 'text/csv' });
  const ids: string[] = [];
  for (let page = 1; ids.length < D; page++) {
    const r = await clerk.get(`/api/deputies?pageSize=500&page=${page}`);
    ids.push(...r.body.deputies.map((d: { id: string }) => d.id));
  }
  const sitting = (await clerk.post('/api/sittings', { title: '基准全体会议', date: '2027-01-15' })).body.sitting;
  await clerk.post(`/api/sittings/${sitting.id}/attendance`, { deputyIds: ids, present: true });
  const { cycleId, candidateIds } = await createFixedCycle(clerk, { candidates: Number(values.candidates), seats: Number(values.seats) });
  const choices = Object.fromEntries(candidateIds.map((id, k) => [id, k < Number(values.seats) - 1 ? 'for' : 'against']));
  const cold = await burst(clerk, sitting.id, cycleId, choices);
  // The warm burst: the same server process, another cycle's ballot (a cycle has one live ballot).
  const second = await createFixedCycle(clerk, { candidates: Number(values.candidates), seats: Number(values.seats), year: 2028 });
  const warm = await burst(
    clerk,
    sitting.id,
    second.cycleId,
    Object.fromEntries(second.candidateIds.map((id, k) => [id, k < Number(values.seats) - 1 ? 'for' : 'against'])),
  );
  const ballot = cold.ballot;

  // The minimal same-stack endpoint at the same concurrency, payloads of the same shape.
  const minimal = await minimalEndpoint(url.toString(), choices);

  // Plain single-row INSERTs at the same concurrency, through a pool like the server's.
  const pool = postgres(url.toString(), { max: 20, onnotice: () => {} });
  await pool`create table bench_inserts (id bigserial primary key, payload jsonb not null)`;
  let n = 0;
  const i0 = performance.now();
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (n++ < D) await pool`insert into bench_inserts (payload) values (${pool.json(choices)})`;
    }),
  );
  const insertRate = D / ((performance.now() - i0) / 1000);
  await pool.end();

  await clerk.post(`/api/ballots/${ballot.id}/close`, {});
  await clerk.post(`/api/ballots/${ballot.id}/tally`);
  const exportDoc = (await clerk.get(`/api/ledgers/${ballot.ledgerId}`)).body;
  writeFileSync('bench-ledger.json', JSON.stringify(exportDoc));
  const v0 = performance.now();
  const verified = verifyExport(exportDoc, { checkers: [(doc) => ballotLedgerProblems(doc.entries, canonicalJson)] });
  const verifyMs = performance.now() - v0;

  const summary = (b: BurstResult) => ({
    seconds: b.seconds,
    ballotsPerSecond: b.rate,
    errors: b.errors,
    latencyMs: b.latencyMs,
    sseTurnoutDelayMs: b.sseDelayMs,
  });
  console.log(
    JSON.stringify(
      {
        deputies: D,
        clients: C,
        coldBurst: summary(cold),
        warmBurst: summary(warm),
        minimalEndpoint: { requestsPerSecond: minimal.rate, errors: minimal.errors, latencyMs: minimal.latencyMs },
        plainInsertsPerSecond: +insertRate.toFixed(0),
        castToMinimalEndpointRatio: { cold: +(cold.rate / minimal.rate).toFixed(2), warm: +(warm.rate / minimal.rate).toFixed(2) },
        castToInsertRatio: { cold: +(cold.rate / insertRate).toFixed(2), warm: +(warm.rate / insertRate).toFixed(2) },
        verify: { entries: exportDoc.entries.length, ok: verified.ok, ms: +verifyMs.toFixed(0) },
      },
      null,
      2,
    ),
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}

interface BurstResult {
  ballot: { id: string; ledgerId: string };
  seconds: number;
  rate: number;
  errors: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null };
  sseDelayMs: { p50: number | null; p99: number | null; observed: number };
}

/**
 * One burst: a ballot on the cycle, its D cards printed and opened, every card cast once from C
 * clients (each with a castId of its own, as a tablet makes one). The SSE subscriber reads the
 * turnout (a secret ballot publishes nothing else while open): the delay of the j-th response is
 * until the first event whose castCount reaches j.
 */
async function burst(clerk: Client, sittingId: string, cycleId: string, choices: Record<string, string>): Promise<BurstResult> {
  const ballot = (await clerk.post('/api/ballots', { cycleId, sittingId, title: '基准票决', rules: {} })).body.ballot as {
    id: string;
    ledgerId: string;
  };
  const cards = (await clerk.post(`/api/ballots/${ballot.id}/cards/print`)).body.cards as Array<{ url: string }>;
  await clerk.post(`/api/ballots/${ballot.id}/open`);
  const turnoutAt: Array<{ count: number; at: number }> = [];
  const ctrl = new AbortController();
  void (async () => {
    const res = await fetch(`${base}/api/ballots/${ballot.id}/events`, { signal: ctrl.signal });
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const data = /^data: ?(.*)$/m.exec(buf.slice(0, i))?.[1];
        buf = buf.slice(i + 2);
        if (data) turnoutAt.push({ count: (JSON.parse(data) as { castCount: number }).castCount, at: performance.now() });
      }
    }
  })().catch(() => undefined);
  await new Promise((r) => setTimeout(r, 300));
  // As on a hall tablet, a card is scanned (looked up) before it is cast: every client looks up
  // its first card, which also opens its keep-alive connection. The casts alone are timed.
  await Promise.all(Array.from({ length: C }, (_, k) => postJson('/api/cards/lookup', { token: cards[k]!.url.split('#')[1] })));
  const latencies: number[] = [];
  const answeredAt: number[] = [];
  let next = 0,
    errors = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: C }, async () => {
      for (;;) {
        const i = next++;
        if (i >= cards.length) return;
        const token = cards[i]!.url.split('#')[1];
        const castId = randomBytes(16).toString('hex');
        const s = performance.now();
        const res = await postJson(`/api/ballots/${ballot.id}/cast`, { token, choices, castId });
        const e = performance.now();
        if (res.status !== 201) errors++;
        latencies.push(e - s);
        answeredAt.push(e);
        if (process.env.BENCH_TRACE) console.error(`${(s - t0).toFixed(0)} ${(e - s).toFixed(0)}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  ctrl.abort();
  const delays: number[] = [];
  let k = 0;
  [...answeredAt]
    .sort((a, b) => a - b)
    .forEach((at, j) => {
      while (k < turnoutAt.length && turnoutAt[k]!.count < j + 1) k++;
      if (k < turnoutAt.length) delays.push(Math.max(0, turnoutAt[k]!.at - at));
    });
  return {
    ballot,
    seconds: +seconds.toFixed(2),
    rate: +(cards.length / seconds).toFixed(0),
    errors,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) },
    sseDelayMs: { p50: percentile(delays, 50), p99: percentile(delays, 99), observed: delays.length },
  };
}

/** The minimal same-stack endpoint as its own process, burst with D requests from C clients. */
async function minimalEndpoint(databaseUrl: string, choices: Record<string, string>) {
  const port = PORT + 1;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/minimal-endpoint.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/health`);
    const token = 'ABCDEFGHJKMNPQRSTVWX';
    await Promise.all(Array.from({ length: C }, () => postJson('/cast', { token, choices, castId: randomBytes(16).toString('hex') }, port)));
    const latencies: number[] = [];
    let next = 0,
      errors = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: C }, async () => {
        while (next++ < D) {
          const s = performance.now();
          const res = await postJson('/cast', { token, choices, castId: randomBytes(16).toString('hex') }, port);
          latencies.push(performance.now() - s);
          if (res.status !== 201) errors++;
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    return { rate: +(D / seconds).toFixed(0), errors, latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) } };
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
}

// node:http with keep-alive: the client should cost the 2-core machine as little CPU as it can,
// so the figure measures the server (fetch/undici costs several times more per request).
function postJson(path: string, payload: unknown, port = PORT): Promise<{ status: number; body: unknown }> {
  const data = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function waitFor(u: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(u)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}
