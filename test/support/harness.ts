// Real parts for tests: a real database (PGlite in memory, or a fresh PostgreSQL database per
// server when TEST_DATABASE_URL is set) and a real HTTP server on a free port.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database, type DriverName } from '../../db/client';
import { loadEnv } from '../../server/env';
import type { Deps } from '../../server/core/context';
import { makeDeps, startServer, type RunningServer } from '../../server/server';

// test/support/global-setup.ts sets TEST_DATABASE_URL when PostgreSQL answers at 127.0.0.1:5432.
if (!process.env.TEST_DATABASE_URL && process.env.REQUIRE_POSTGRES === '1') {
  throw new Error('REQUIRE_POSTGRES=1 but no PostgreSQL: TEST_DATABASE_URL is not set and none answered at 127.0.0.1:5432');
}
export const DRIVERS: DriverName[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  database: Database;
  url?: string;
  drop(): Promise<void>;
}

export async function openTestDatabase(driver: DriverName, onQuery?: (sql: string) => void): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const database = await openDatabase({ driver: 'pglite', dataDir: null, onQuery });
    return { database, drop: () => database.close() };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ driver: 'postgres', url: url.toString(), onQuery });
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export class TestClock {
  constructor(public now = new Date('2027-01-15T09:30:00.000Z')) {}
  advance(ms: number) {
    this.now = new Date(this.now.getTime() + ms);
  }
  read = () => new Date(this.now);
}

export interface TestServer extends RunningServer {
  db: TestDatabase;
  clock: TestClock;
  client(): Client;
  stop(): Promise<void>;
}

export async function startTestServer(driver: DriverName, opts: { deps?: Partial<Deps>; onQuery?: (sql: string) => void } = {}): Promise<TestServer> {
  const db = await openTestDatabase(driver, opts.onQuery);
  const clock = new TestClock();
  const env = loadEnv({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.TEST_LOG ? 'info' : 'error' } as NodeJS.ProcessEnv);
  // Every answer is checked against its route's declared response schema; a mismatch becomes a 500
  // naming the route and the field, so the test that made the request fails (server/http/route.ts).
  const deps = makeDeps(db.database, env, { clock: clock.read, checkResponses: reportContractBreach, ...opts.deps });
  const server = await startServer(deps, 0, '127.0.0.1');
  return {
    ...server,
    db,
    clock,
    client: () => new Client(server.url),
    async stop() {
      await server.close();
      await db.drop();
    },
  };
}

/** Answers outside their route's declared schema, in this test file (each also fails its request with a 500). */
export const contractBreaches: string[] = [];
function reportContractBreach(problem: string) {
  contractBreaches.push(problem);
  console.error(`[contract] ${problem}`);
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/** A browser-like HTTP client: keeps the session cookie and sends Origin on state changes. */
export class Client {
  cookie: string | null = null;
  /** The device cookie a successful login leaves (sent only to /api/auth, as a browser does). */
  device: string | null = null;
  constructor(
    readonly base: string,
    public lang: 'zh' | 'en' = 'zh',
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const h: Record<string, string> = { 'accept-language': this.lang === 'en' ? 'en' : 'zh-CN', ...headers };
    const cookies = [this.cookie, path.startsWith('/api/auth/') ? this.device : null].filter(Boolean);
    if (cookies.length) h.cookie = cookies.join('; ');
    if (method !== 'GET' && !('origin' in h)) h.origin = this.base;
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array || typeof body === 'string') payload = body as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload, redirect: 'manual' });
    for (const setCookie of res.headers.getSetCookie()) {
      const m = /^(session|device)=([^;]*)/.exec(setCookie);
      if (m?.[1] === 'session') this.cookie = m[2] ? `session=${m[2]}` : null;
      if (m?.[1] === 'device') this.device = m[2] ? `device=${m[2]}` : null;
    }
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) parsed = text ? JSON.parse(text) : null;
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async login(username: string, password: string) {
    const r = await this.post('/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${r.text}`);
    return this;
  }
}

export const ADMIN = { username: 'mishu', displayName: '秘书处', password: 'correct-horse-1' };

/** Runs first-run setup and returns the logged-in secretariat client. */
export async function setUpCongress(server: TestServer, name = '某县人民代表大会', admin = ADMIN, hashAlg?: 'sha256' | 'sm3') {
  const c = server.client();
  const r = await c.post('/api/setup', {
    congress: { name, jurisdiction: '某县', level: 'county', ...(hashAlg ? { hashAlg } : {}) },
    admin,
  });
  if (r.status !== 201) throw new Error(`setup failed: ${r.status} ${r.text}`);
  return { client: c, congressId: r.body.congress.id as string };
}
