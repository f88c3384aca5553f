// Shared parts of the reliability scripts (scripts/reliability/*.ts) and their lighter versions in
// `npm test`: server processes spawned as `node --import tsx server/index.ts` (as npm start runs
// it), fresh PostgreSQL databases, a hall prepared through the real API, a burst of casts from
// concurrent clients that retry what was not acknowledged (as a hall tablet does), SSE
// subscribers, and the checks after the burst: every acknowledged ballot in the ledger exactly
// once, every card landed once, the chain valid, the tally equal to a recount.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { canonicalJson } from '../../server/core/domain/canonical-json';
import { verifyExport, type LedgerEntry } from '../../server/core/domain/ledger-chain';
import { ballotLedgerProblems } from '../../server/phase2-balloting/domain/recount';
import { createFixedCycle } from '../../test/support/cycle-fixtures';
import { Client } from '../../test/support/harness';
import { freePort } from './private-pg';

export { freePort };
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** True when this module is the script node was started with (not imported by a test). */
export function isMain(metaUrl: string): boolean {
  return !!process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === metaUrl;
}

export function percentile(xs: number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = Float64Array.from(xs).sort();
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1);
}

// ---------------------------------------------------------------- server processes

export interface ServerProcess {
  base: string;
  port: number;
  proc: ChildProcess;
  /** The last 20 kB of the process's stdout and stderr. */
  output(): string;
  /** Whether the process is gone (for any reason). */
  exitedAlready(): boolean;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `server/index.ts` as its own process and waits until /api/health answers. */
export async function spawnServer(env: Record<string, string | undefined>, port: number, opts: { timeoutMs?: number } = {}): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString('utf8')).slice(-20_000);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  let gone = false;
  // The server must not outlive this process (an error, Ctrl-C, a closed stdout pipe).
  const orphan = () => {
    if (!gone) proc.kill('SIGKILL');
  };
  process.once('exit', orphan);
  let expected = false;
  proc.once('exit', (code, signal) => {
    gone = true;
    process.removeListener('exit', orphan);
    // A server that dies on its own is a finding: say so, with its last words.
    if (!expected) console.error(`[reliability] server on port ${port} exited unexpectedly (code ${code}, signal ${signal}):\n${out}`);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (gone) throw new Error(`the server exited before answering:\n${out}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`the server did not answer within ${opts.timeoutMs ?? 60_000} ms:\n${out}`);
    }
    await sleep(100);
  }
  return {
    base,
    port,
    proc,
    exited,
    output: () => out,
    exitedAlready: () => gone,
    async kill(signal = 'SIGTERM') {
      if (gone) return;
      expected = true;
      proc.kill(signal);
      await exited;
    },
  };
}

// ---------------------------------------------------------------- PostgreSQL databases

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database beside the one `baseUrl` names, so runs do not disturb each other. */
export async function createScratchDatabase(baseUrl: string, prefix = 'rel'): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

// ---------------------------------------------------------------- HTTP

export interface HttpReply {
  status: number;
  body: any;
  headers: http.IncomingHttpHeaders;
  ms: number;
  /** For status 0: the network error (ECONNREFUSED, ECONNRESET, timeout, …). */
  error?: string;
}

/**
 * node:http with keep-alive: a client that costs the 2-core machine as little CPU as it can, so
 * the figures measure the server. Network failures come back as status 0, never as a throw.
 */
export class Http {
  readonly agent: http.Agent;
  constructor(
    maxSockets = 256,
    readonly timeoutMs = 30_000,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  request(base: string, method: string, urlPath: string, payload?: unknown, headers: Record<string, string> = {}): Promise<HttpReply> {
    const u = new URL(base);
    const data = payload === undefined ? undefined : Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload));
    const started = performance.now();
    return new Promise((resolve) => {
      let done = false;
      const finish = (r: Omit<HttpReply, 'ms'>) => {
        if (done) return;
        done = true;
        resolve({ ...r, ms: performance.now() - started });
      };
      const req = http.request(
        {
          host: u.hostname,
          port: Number(u.port),
          path: urlPath,
          method,
          agent: this.agent,
          headers: {
            accept: 'application/json',
            ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => finish({ status: 0, body: null, headers: {}, error: (e as NodeJS.ErrnoException).code ?? e.message }));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            if ((res.headers['content-type'] ?? '').includes('json')) {
              try {
                body = JSON.parse(text);
              } catch {
                body = text;
              }
            }
            finish({ status: res.statusCode ?? 0, body, headers: res.headers });
          });
        },
      );
      req.setTimeout(this.timeoutMs, () => {
        req.destroy(new Error('timeout'));
      });
      req.on('error', (e) => finish({ status: 0, body: null, headers: {}, error: (e as NodeJS.ErrnoException).code ?? e.message }));
      req.end(data);
    });
  }

  close() {
    this.agent.destroy();
  }
}

// ---------------------------------------------------------------- a hall, through the API

export interface PreparedHall {
  clerk: Client;
  congressId: string;
  cycleId: string;
  sittingId: string;
  ballotId: string;
  ledgerId: string;
  candidateIds: string[];
  tokens: string[];
  seats: number;
}

const must = async <T = any>(p: Promise<{ status: number; text: string; body: T }>, ...ok: number[]) => {
  const r = await p;
  if (!(ok.length ? ok : [200, 201]).includes(r.status)) throw new Error(`hall set-up: ${r.status} ${r.text.slice(0, 500)}`);
  return r.body;
};

/**
 * First-run setup, D deputies imported from CSV and marked present, a cycle with a fixed list of
 * C candidates for M seats, a ballot with one card per deputy, opened. As the bench does it.
 */
export async function prepareHall(
  base: string,
  opts: { deputies: number; candidates?: number; seats?: number; scrutineers?: boolean },
): Promise<PreparedHall> {
  const D = opts.deputies,
    C = opts.candidates ?? 15,
    M = opts.seats ?? 12;
  const clerk = new Client(base);
  const setup = await must<any>(
    clerk.post('/api/setup', {
      congress: { name: '可靠性测试人民代表大会', jurisdiction: '可靠性测试县', level: 'county' },
      admin: { username: 'mishu', displayName: '秘书处', password: 'reliability-1' },
    }),
    201,
  );
  await must(clerk.post('/api/delegations', { name: '城关镇代表团' }), 201);
  const lines = ['姓名,代表团,座位号', ...Array.from({ length: D }, (_, i) => `代表${i + 1},城关镇代表团,${i + 1}`)];
  await must(clerk.request('POST', '/api/deputies/import', lines.join('\n'), { 'content-type': 'text/csv' }), 201);
  const ids: string[] = [];
  for (let page = 1; ids.length < D; page++) {
    const r = await must<any>(clerk.get(`/api/deputies?pageSize=500&status=active&page=${page}`), 200);
    if (r.deputies.length === 0) break;
    ids.push(...r.deputies.map((d: { id: string }) => d.id));
  }
  if (opts.scrutineers) {
    for (const u of ['jianpiao1', 'jianpiao2']) {
      await must(clerk.post('/api/accounts', { username: u, displayName: `监票人${u.at(-1)}`, role: 'scrutineer', password: 'reliability-1' }), 201);
    }
  }
  const sitting = (await must<any>(clerk.post('/api/sittings', { title: '第一次全体会议', date: '2027-01-15' }), 201)).sitting;
  for (let i = 0; i < ids.length; i += 1000) {
    await must(clerk.post(`/api/sittings/${sitting.id}/attendance`, { deputyIds: ids.slice(i, i + 1000), present: true }), 200);
  }
  const { cycleId, candidateIds } = await createFixedCycle(clerk, { candidates: C, seats: M });
  const ballot = (await must<any>(clerk.post('/api/ballots', { cycleId, sittingId: sitting.id, title: '2027年民生实事项目票决', rules: {} }), 201))
    .ballot;
  const cards = (await must<any>(clerk.post(`/api/ballots/${ballot.id}/cards/print`), 201)).cards as Array<{ url: string }>;
  await must(clerk.post(`/api/ballots/${ballot.id}/open`), 200);
  return {
    clerk,
    congressId: setup.congress.id,
    cycleId,
    sittingId: sitting.id,
    ballotId: ballot.id,
    ledgerId: ballot.ledgerId,
    candidateIds,
    tokens: cards.map((c) => c.url.split('#')[1]!),
    seats: M,
  };
}

/** A varied but valid choice per card: at most ⌈C/3⌉ "for", so within M for the usual lists. */
export function choicesOf(candidateIds: string[], i: number): Record<string, 'for' | 'against' | 'abstain'> {
  return Object.fromEntries(candidateIds.map((id, k) => [id, (['for', 'against', 'abstain'] as const)[(i + k) % 3]!]));
}

// ---------------------------------------------------------------- the burst

export interface CardOutcome {
  index: number;
  /** Statuses of every attempt, in order (0 = network error). */
  statuses: number[];
  /** Acknowledged: the client got 201 or 200 with a receipt. */
  acked: boolean;
  receipt?: string;
  seq?: number;
  /** Wall time (performance.now()) the acknowledgement arrived. */
  ackedAt?: number;
  /** The attempt was repeated (network error or 503 before an acknowledgement). */
  retried: boolean;
}

export interface BurstStats {
  cards: number;
  clients: number;
  seconds: number;
  acked: number;
  retriedCards: number;
  /** Retried cards acknowledged with 200: the earlier attempt had landed before the failure. */
  retriedLandedEarlier: number;
  attempts: number;
  statusCounts: Record<string, number>;
  networkErrors: Record<string, number>;
  /** Every 503 carried {"error":{"code":"unavailable"}} and Retry-After. */
  unavailableWellFormed: boolean;
  /** 5xx other than 503 (each one a defect). */
  serverErrors: number;
  unexpected: Array<{ index: number; status: number; body: unknown }>;
  latencyMs: { p50: number | null; p99: number | null; max: number | null };
}

export interface BurstOptions {
  /** Casts go to bases[i % bases.length]. */
  bases: string[];
  ballotId: string;
  tokens: string[];
  choices: (i: number) => Record<string, string>;
  clients: number;
  http: Http;
  /** Give up on a card after this long without an acknowledgement. */
  giveUpAfterMs?: number;
  /** Wait between retries after a network error (a 503 waits Retry-After, capped at this × 4). */
  retryDelayMs?: number;
  /** Called after each acknowledgement with the running count. */
  onAck?: (count: number, outcome: CardOutcome) => void;
  headers?: (i: number) => Record<string, string>;
  /** Stop retrying when this says so (e.g. the server process died and nobody will restart it). */
  abortIf?: () => boolean;
  /** Awaited before card i is first sent (to hold some cards back until a moment of the test's choosing). */
  gate?: (i: number) => Promise<void>;
}

/**
 * Casts every card once from `clients` concurrent clients, retrying the same request after a
 * network error or a 503 (as a tablet does) until it is acknowledged. Any other status is final.
 */
export async function castBurst(o: BurstOptions): Promise<{ outcomes: CardOutcome[]; stats: BurstStats }> {
  const outcomes: CardOutcome[] = o.tokens.map((_, index) => ({ index, statuses: [], acked: false, retried: false }));
  const statusCounts: Record<string, number> = {};
  const networkErrors: Record<string, number> = {};
  const unexpected: BurstStats['unexpected'] = [];
  const latencies: number[] = [];
  let unavailableWellFormed = true,
    serverErrors = 0,
    acked = 0,
    attempts = 0,
    next = 0;
  const retryDelay = o.retryDelayMs ?? 200;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: o.clients }, async () => {
      for (;;) {
        const i = next++;
        if (i >= o.tokens.length) return;
        const out = outcomes[i]!;
        await o.gate?.(i);
        const started = performance.now();
        // One castId per card, kept across retries: that is how a retry gets its receipt back.
        const body = { token: o.tokens[i], choices: o.choices(i), castId: randomBytes(16).toString('hex') };
        for (;;) {
          attempts++;
          const r = await o.http.request(o.bases[i % o.bases.length]!, 'POST', `/api/ballots/${o.ballotId}/cast`, body, o.headers?.(i));
          latencies.push(r.ms);
          out.statuses.push(r.status);
          statusCounts[r.status] = (statusCounts[r.status] ?? 0) + 1;
          if (r.status === 200 || r.status === 201) {
            out.acked = true;
            out.receipt = r.body.receipt;
            out.seq = r.body.seq;
            out.ackedAt = performance.now();
            acked++;
            o.onAck?.(acked, out);
            break;
          }
          if (r.status === 0) networkErrors[r.error ?? '?'] = (networkErrors[r.error ?? '?'] ?? 0) + 1;
          if (r.status === 503) {
            if (r.body?.error?.code !== 'unavailable' || !r.headers['retry-after']) unavailableWellFormed = false;
          } else if (r.status >= 500) serverErrors++;
          if (r.status !== 0 && r.status !== 503) {
            unexpected.push({ index: i, status: r.status, body: r.body });
            break;
          }
          if (o.abortIf?.()) {
            unexpected.push({ index: i, status: r.status, body: 'aborted: the server is gone' });
            break;
          }
          if (performance.now() - started > (o.giveUpAfterMs ?? 120_000)) {
            unexpected.push({ index: i, status: r.status, body: `gave up after ${out.statuses.length} attempts` });
            break;
          }
          out.retried = true;
          const wait = r.status === 503 ? Math.min(Number(r.headers['retry-after'] ?? 1) * 1000, retryDelay * 4) : retryDelay;
          await sleep(wait);
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const retried = outcomes.filter((x) => x.retried);
  return {
    outcomes,
    stats: {
      cards: o.tokens.length,
      clients: o.clients,
      seconds: +seconds.toFixed(2),
      acked,
      retriedCards: retried.length,
      retriedLandedEarlier: retried.filter((x) => x.statuses.at(-1) === 200).length,
      attempts,
      statusCounts,
      networkErrors,
      unavailableWellFormed,
      serverErrors,
      unexpected: unexpected.slice(0, 20),
      latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: percentile(latencies, 100) },
    },
  };
}

// ---------------------------------------------------------------- checks after the burst

export interface BallotCheck {
  ok: boolean;
  problems: string[];
  castEntries: number;
  ledgerEntries: number;
  head: { seq: number; hash: string };
  /** Every acknowledged receipt is on exactly one ballot.cast entry (data.receipt; recorded mode: its hash), with its choices. */
  everyAckOnce: boolean;
  /** The number of ballot.cast entries equals the number of cards, and each card's receipt is among them. */
  everyCardOnce: boolean;
  chainValid: boolean;
  /** The ballot.tallied entry equals a recount from the entries (npm run verify's check). */
  tallyEqualsRecount: boolean;
  /** … and equals the count of the choices the clients sent. */
  tallyEqualsClientCount: boolean;
  /** The results API shows the same per-candidate numbers as the ledger. */
  resultsMatchLedger: boolean;
}

/**
 * Closes and tallies the ballot, exports its ledger and checks it against what the clients know:
 * their receipts and their choices.
 */
export async function closeTallyAndCheck(
  hall: PreparedHall,
  outcomes: CardOutcome[],
  choices: (i: number) => Record<string, string>,
  base?: string,
): Promise<BallotCheck> {
  const clerk = base ? Object.assign(new Client(base), { cookie: hall.clerk.cookie }) : hall.clerk;
  const problems: string[] = [];
  const close = await clerk.post(`/api/ballots/${hall.ballotId}/close`, {});
  if (close.status !== 200) problems.push(`close: ${close.status} ${close.text.slice(0, 200)}`);
  const tally = await clerk.post(`/api/ballots/${hall.ballotId}/tally`);
  if (tally.status !== 200) problems.push(`tally: ${tally.status} ${tally.text.slice(0, 200)}`);
  const exp = (await clerk.get(`/api/ledgers/${hall.ledgerId}`)).body as { entries: LedgerEntry[]; head: { seq: number; hash: string } };
  const verification = verifyExport(exp, { checkers: [(doc) => ballotLedgerProblems(doc.entries, canonicalJson)] });
  const chainValid = verification.ok;
  if (!chainValid) problems.push(`verify: ${JSON.stringify(verification).slice(0, 300)}`);
  const casts = exp.entries.filter((e) => e.kind === 'ballot.cast');
  const receiptOf = (e: LedgerEntry) => (typeof e.data.receipt === 'string' ? e.data.receipt : e.hash);
  const byHash = new Map<string, LedgerEntry[]>();
  for (const e of casts) byHash.set(receiptOf(e), [...(byHash.get(receiptOf(e)) ?? []), e]);

  let everyAckOnce = true;
  for (const o of outcomes) {
    if (!o.acked) continue;
    const found = byHash.get(o.receipt!) ?? [];
    // Secret mode publishes at the close (seq null in the answer); recorded mode answers the entry's seq.
    if (
      found.length !== 1 ||
      (o.seq != null && found[0]!.seq !== o.seq) ||
      canonicalJson(found[0]!.data.choices) !== canonicalJson(choices(o.index))
    ) {
      everyAckOnce = false;
      if (problems.length < 20) problems.push(`card ${o.index}: receipt ${o.receipt} found ${found.length}× (seq ${found[0]?.seq} vs ${o.seq})`);
    }
  }
  const receipts = new Set(outcomes.filter((o) => o.acked).map((o) => o.receipt));
  const everyCardOnce =
    outcomes.every((o) => o.acked) &&
    casts.length === outcomes.length &&
    receipts.size === outcomes.length &&
    casts.every((e) => receipts.has(receiptOf(e)));
  if (!everyCardOnce)
    problems.push(
      `cards ${outcomes.length}, acknowledged ${outcomes.filter((o) => o.acked).length}, distinct receipts ${receipts.size}, cast entries ${casts.length}`,
    );

  const tallied = exp.entries.find((e) => e.kind === 'ballot.tallied')?.data as
    { perCandidate: Record<string, Record<string, number>>; valid: number } | undefined;
  const tallyEqualsRecount = chainValid && !!tallied;
  const expected: Record<string, Record<string, number>> = {};
  for (const id of hall.candidateIds) expected[id] = { for: 0, against: 0, abstain: 0 };
  for (const o of outcomes) if (o.acked) for (const [id, c] of Object.entries(choices(o.index))) expected[id]![c] = (expected[id]![c] ?? 0) + 1;
  const tallyEqualsClientCount =
    !!tallied &&
    hall.candidateIds.every((id) => ['for', 'against', 'abstain'].every((k) => (tallied.perCandidate[id]?.[k] ?? 0) === expected[id]![k]));
  if (!tallyEqualsClientCount)
    problems.push(`tally ${JSON.stringify(tallied?.perCandidate).slice(0, 300)} vs clients ${JSON.stringify(expected).slice(0, 300)}`);
  const results = await clerk.get(`/api/ballots/${hall.ballotId}/results`);
  const resultsMatchLedger =
    results.status === 200 && !!tallied && canonicalJson(results.body.tally.perCandidate) === canonicalJson(tallied.perCandidate);
  if (!resultsMatchLedger) problems.push(`results: ${results.status}`);

  return {
    ok: problems.length === 0 && everyAckOnce && everyCardOnce && chainValid && tallyEqualsRecount && tallyEqualsClientCount && resultsMatchLedger,
    problems,
    castEntries: casts.length,
    ledgerEntries: exp.entries.length,
    head: exp.head,
    everyAckOnce,
    everyCardOnce,
    chainValid,
    tallyEqualsRecount,
    tallyEqualsClientCount,
    resultsMatchLedger,
  };
}

// ---------------------------------------------------------------- SSE

export interface SseEvent {
  id: number;
  at: number;
  data: any;
}

/**
 * Delivery delays: when the j-th acknowledgement arrives, at least j casts are committed, so the
 * delay is until a subscriber's first event whose turnout (castCount) reaches j.
 */
export function turnoutDelays(outcomes: CardOutcome[], streams: SseEvent[][]): number[] {
  const acks = outcomes
    .filter((x) => x.acked)
    .map((x) => x.ackedAt!)
    .sort((a, b) => a - b);
  const delays: number[] = [];
  for (const events of streams) {
    let k = 0;
    acks.forEach((ackedAt, j) => {
      while (k < events.length && (events[k]!.data.castCount ?? 0) < j + 1) k++;
      if (k < events.length) delays.push(Math.max(0, events[k]!.at - ackedAt));
    });
  }
  return delays;
}

export interface SseSubscriber {
  events: SseEvent[];
  /** Resolves when the response headers arrived. */
  ready: Promise<void>;
  error: string | null;
  close(): void;
  /** Waits until an event satisfies pred (or times out: returns false). */
  until(pred: (e: SseEvent) => boolean, ms: number): Promise<boolean>;
}

/** An EventSource-like reader over node:http, one socket of its own. */
export function subscribeSse(base: string, urlPath: string): SseSubscriber {
  const u = new URL(base);
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let req: http.ClientRequest;
  const sub: SseSubscriber = {
    events,
    error: null,
    ready: new Promise((resolve, reject) => {
      req = http.get({ host: u.hostname, port: Number(u.port), path: urlPath, agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) {
          sub.error = `status ${res.statusCode}`;
          reject(new Error(sub.error));
          res.resume();
          return;
        }
        resolve();
        res.setEncoding('utf8');
        let buf = '';
        res.on('data', (chunk: string) => {
          buf += chunk;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const id = /^id: ?(\d+)$/m.exec(block)?.[1];
            const data = /^data: ?(.*)$/m.exec(block)?.[1];
            if (id !== undefined && data !== undefined) {
              events.push({ id: Number(id), at: performance.now(), data: JSON.parse(data) });
              for (const w of waiters) w();
            }
          }
        });
        res.on('error', () => undefined);
      });
      req.on('error', (e) => {
        sub.error ??= (e as NodeJS.ErrnoException).code ?? e.message;
        reject(e);
      });
    }),
    close: () => req?.destroy(),
    async until(pred, ms) {
      const deadline = Date.now() + ms;
      while (!events.some(pred)) {
        if (Date.now() > deadline) return false;
        await new Promise<void>((r) => {
          const t = setTimeout(done, 200);
          function done() {
            clearTimeout(t);
            waiters.delete(done);
            r();
          }
          waiters.add(done);
        });
      }
      return true;
    },
  };
  sub.ready.catch(() => undefined);
  return sub;
}
