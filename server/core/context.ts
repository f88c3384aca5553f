import type { Database, Db } from '../../db/client';
import type { Role } from '../../db/schema';
import type { EventHub } from './events';
import type { Env } from '../env';

/** Who is calling: resolved from the session cookie on every /api request. */
export interface Actor {
  accountId: string;
  congressId: string;
  role: Role;
  username: string;
  displayName: string;
  departmentId: string | null;
  deputyId: string | null;
  sessionId: string;
}

/** What the imperative shell hands to routes and services. One per server process. */
export interface Deps {
  database: Database;
  db: Db;
  env: Env;
  /** Injectable so tests can move time (session expiry, windows, overdue flags). */
  clock: () => Date;
  log: (level: 'info' | 'error', msg: string, extra?: unknown) => void;
  /** Live events (SSE), shared across processes through PostgreSQL LISTEN/NOTIFY. */
  events: EventHub;
  /** Test mode: check every API answer against its route's declared responses and report each mismatch here. */
  checkResponses?: (problem: string) => void;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    lang: 'zh' | 'en';
    clientIp: string;
  };
}
