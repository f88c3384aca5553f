// `npm run bench:ballot`: the 3,000-deputy burst, measured. Starts the server as its own process
// on PostgreSQL (DATABASE_URL), prepares a congress through the API, prints cards for D deputies,
// casts them from C concurrent clients over HTTP while an SSE subscriber watches, then measures
// plain single-row INSERTs at the same concurrency on the same database, and the time to verify
// the tallied ledger export. Prints JSON; writes the export to bench-ledger.json.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npm run bench:ballot -- --deputies 3000 --clients 200
import { spawn } from 'node:child_process';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { canonicalJson } from '../server/core/domain/canonical-json';
import { verifyExport } from '../server/core/domain/ledger-chain';
import { recountProblems } from '../server/phase2-balloting/domain/recount';
import { Client } from '../test/support/harness';
import { createFixedCycle } from '../test/support/cycle-fixtures';

const { values } = parseArgs({ options: {
  deputies: { type: 'string', default: '3000' }, clients: { type: 'string', default: '200' },
  candidates: { type: 'string', default: '15' }, seats: { type: 'string', default: '12' }, port: { type: 'string', default: '3999' },
} });
const D = Number(values.deputies), C = Number(values.clients), PORT = Number(values.port);
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
  await clerk.post('/api/setup', { congress: { name: '基准测试人民代表大会', jurisdiction: '基准', level: 'city' }, admin: { username: 'bench', displayName: '秘书处', password: 'bench-password-1' } });
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
  const ballot = (await clerk.post('/api/ballots', { cycleId, sittingId: sitting.id, title: '基准票决', rules: {} })).body.ballot;
  const cards = (await clerk.post(`/api/ballots/${ballot.id}/cards/print`)).body.cards as Array<{ url: string }>;
  await clerk.post(`/api/ballots/${ballot.id}/open`);

  // The SSE subscriber: when did each ledger seq first become visible?
  const seenAt = new Map<number, number>();
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
        const id = /^id: ?(\d+)$/m.exec(buf.slice(0, i))?.[1];
        buf = buf.slice(i + 2);
        if (id) {
          const now = performance.now();
          for (let s = Math.max(...seenAt.keys(), 0) + 1; s <= Number(id); s++) seenAt.set(s, now);
        }
      }
    }
  })().catch(() => undefined);
  await new Promise((r) => setTimeout(r, 300));

  // As on a hall tablet, a card is scanned (looked up) before it is cast: every client looks up
  // its first card, which also opens its keep-alive connection. The casts alone are timed.
  await Promise.all(Array.from({ length: C }, (_, k) => postJson('/api/cards/lookup', { token: cards[k]!.url.split('#')[1] })));

  const choices = Object.fromEntries(candidateIds.map((id, k) => [id, k < Number(values.seats) - 1 ? 'for' : 'against']));
  const latencies: number[] = [];
  const responses: Array<{ seq: number; at: number }> = [];
  let next = 0, errors = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: C }, async () => {
    for (;;) {
      const i = next++;
      if (i >= cards.length) return;
      const token = cards[i]!.url.split('#')[1];
      const s = performance.now();
      const res = await postJson(`/api/ballots/${ballot.id}/cast`, { token, choices });
      const body = res.body as { seq: number };
      const e = performance.now();
      if (res.status !== 201) errors++;
      latencies.push(e - s);
      if (process.env.BENCH_TRACE) console.error(`${(s - t0).toFixed(0)} ${(e - s).toFixed(0)} ${body.seq}`);
      responses.push({ seq: body.seq, at: e });
    }
  }));
  const castSeconds = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  ctrl.abort();
  const sseDelays = responses.map((r) => Math.max(0, (seenAt.get(r.seq) ?? Infinity) - r.at)).filter(Number.isFinite);

  // Plain single-row INSERTs at the same concurrency, through a pool like the server's.
  const pool = postgres(url.toString(), { max: 20, onnotice: () => {} });
  await pool`create table bench_inserts (id bigserial primary key, payload jsonb not null)`;
  let n = 0;
  const i0 = performance.now();
  await Promise.all(Array.from({ length: C }, async () => {
    while (n++ < D) await pool`insert into bench_inserts (payload) values (${pool.json(choices)})`;
  }));
  const insertRate = D / ((performance.now() - i0) / 1000);
  await pool.end();

  await clerk.post(`/api/ballots/${ballot.id}/close`, {});
  await clerk.post(`/api/ballots/${ballot.id}/tally`);
  const exportDoc = (await clerk.get(`/api/ledgers/${ballot.ledgerId}`)).body;
  writeFileSync('bench-ledger.json', JSON.stringify(exportDoc));
  const v0 = performance.now();
  const verified = verifyExport(exportDoc, { checkers: [(doc) => recountProblems(doc.entries, canonicalJson)] });
  const verifyMs = performance.now() - v0;

  const castRate = D / castSeconds;
  console.log(JSON.stringify({
    deputies: D, clients: C, errors,
    cast: { seconds: +castSeconds.toFixed(2), ballotsPerSecond: +castRate.toFixed(0), latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) } },
    sseDelayMs: { p50: percentile(sseDelays, 50), p99: percentile(sseDelays, 99), observed: sseDelays.length },
    plainInsertsPerSecond: +insertRate.toFixed(0),
    castToInsertRatio: +(castRate / insertRate).toFixed(2),
    verify: { entries: exportDoc.entries.length, ok: verified.ok, ms: +verifyMs.toFixed(0) },
  }, null, 2));
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}

// node:http with keep-alive: the client should cost the 2-core machine as little CPU as it can,
// so the figure measures the server (fetch/undici costs several times more per request).
function postJson(path: string, payload: unknown): Promise<{ status: number; body: unknown }> {
  const data = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: PORT, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function waitFor(u: string) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(u)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}
