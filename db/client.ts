// Opens the database with one of two drivers and applies the committed migrations.
// postgres.js when a URL is given; embedded PGlite (a directory, or memory) otherwise.
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What services take: a transaction handle (or, for plain reads, the database). */
export type Executor = Db | Tx;
export type DriverName = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  driver: DriverName;
  /** LISTEN on a channel (PostgreSQL only; PGlite runs in one process, where events stay in memory). */
  /** `onRelisten` runs each time LISTEN is back after its connection was lost (messages in between are gone). */
  listen?: (channel: string, onMessage: (payload: string) => void, onRelisten?: () => void) => Promise<() => Promise<void>>;
  notify?: (channel: string, payload: string) => Promise<void>;
  /**
   * PGlite only (one process owns the data): a counter bumped after every transaction, so caches
   * of derived data can tell "nothing was written since" without asking the database.
   */
  writeEpoch?: () => number;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type OpenOptions = (
  { driver: 'postgres'; url: string; maxConnections?: number } | { driver: 'pglite'; dataDir: string | null /* null = in memory */ }
) & {
  /** Called with every statement drizzle sends, in transactions too (tests count queries per request with it). */
  onQuery?: (sql: string) => void;
};

/** Server-side limits, so a stuck statement or an abandoned transaction cannot hold the ballot lock forever. */
export const STATEMENT_TIMEOUT_MS = 30_000;
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * postgres.js 3.4.9 needs the fixes scripts/reliability/patch-postgres.mjs applies at install
 * (a connection closing at the wrong moment crashed the process or let a dead transaction's later
 * statements run outside it). Says so once if they are missing (npm install --ignore-scripts).
 */
let patchChecked = false;
function warnIfPostgresUnpatched() {
  if (patchChecked) return;
  patchChecked = true;
  try {
    const cjsIndex = createRequire(import.meta.url).resolve('postgres');
    const pkg = path.resolve(path.dirname(cjsIndex), '../..');
    const files = ['src/connection.js', 'src/index.js'].map((f) => path.join(pkg, f)).filter((f) => existsSync(f));
    if (files.some((f) => !readFileSync(f, 'utf8').includes('minsheng: patched'))) {
      console.warn(
        '[warn] postgres.js is not patched: run `node scripts/reliability/patch-postgres.mjs` (npm install does it); see docs/reliability.md',
      );
    }
  } catch {
    /* not resolvable here: nothing to say */
  }
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const onQuery = opts.onQuery;
  const logger = onQuery ? { logQuery: (sql: string) => onQuery(sql) } : undefined;
  if (opts.driver === 'postgres') {
    warnIfPostgresUnpatched();
    const client = postgres(opts.url, {
      max: opts.maxConnections ?? 20,
      onnotice: () => {},
      // Fail fast instead of hanging when the server is gone; callers map this to 503.
      connect_timeout: 5,
      connection: {
        statement_timeout: STATEMENT_TIMEOUT_MS,
        idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
    });
    const db = drizzlePostgres(client, { schema, logger }) as unknown as Db;
    await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_DIR });
    const listeners: Array<{ stop: () => Promise<void> }> = [];
    return {
      db,
      driver: 'postgres',
      async listen(channel, onMessage, onRelisten) {
        const l = await resilientListen(opts.url, channel, onMessage, onRelisten);
        listeners.push(l);
        return l.stop;
      },
      async notify(channel, payload) {
        await client.notify(channel, payload);
      },
      close: async () => {
        await Promise.all(listeners.splice(0).map((l) => l.stop()));
        await client.end({ timeout: 5 });
      },
    };
  }
  const release = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
  const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
  try {
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  } catch (err) {
    release();
    throw err;
  }
  // Every change to data a reader sees is a transaction (with its ledger entry): count them.
  let epoch = 0;
  const transaction = db.transaction.bind(db);
  db.transaction = (async (...args: Parameters<typeof transaction>) => {
    try {
      return await transaction(...args);
    } finally {
      epoch += 1;
    }
  }) as typeof db.transaction;
  return {
    db,
    driver: 'pglite',
    writeEpoch: () => epoch,
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * LISTEN on a connection of its own that comes back by itself. postgres.js's sql.listen re-listens
 * once when its connection closes, and gives up silently if the database is still down at that
 * moment, so after a PostgreSQL restart a process would stop hearing other processes' events.
 * Here every close starts a retry loop (one attempt a second) until LISTEN succeeds again, then
 * says so (onRelisten): whatever was NOTIFYed while it was away is lost and must be caught up.
 */
async function resilientListen(url: string, channel: string, onMessage: (payload: string) => void, onRelisten?: () => void) {
  let stopped = false;
  let retrying: Promise<void> | null = null;
  const quoted = '"' + channel.replace(/"/g, '""') + '"';
  const sql = postgres(url, {
    max: 1,
    idle_timeout: null as unknown as undefined,
    max_lifetime: null,
    connect_timeout: 5,
    fetch_types: false,
    onnotice: () => {},
    onnotify: (ch: string, payload: string) => {
      if (ch === channel) onMessage(payload);
    },
    onclose: () => {
      if (!stopped) relisten();
    },
  } as postgres.Options<Record<string, never>>);
  const listenOnce = () => sql.unsafe(`listen ${quoted}`);
  const relisten = () => {
    retrying ??= (async () => {
      while (!stopped) {
        try {
          await listenOnce();
          if (!stopped) onRelisten?.();
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    })().finally(() => {
      retrying = null;
    });
  };
  await listenOnce();
  return {
    stop: async () => {
      stopped = true;
      await retrying?.catch(() => undefined);
      await sql.end({ timeout: 1 }).catch(() => undefined);
    },
  };
}

/**
 * PGlite is one process's database: a second process on the same directory would corrupt it.
 * A lock file with the owner's pid refuses that, and is taken over when its owner is gone.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'minsheng.lock');
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(lockPath, 'utf8'));
    if (owner && owner !== process.pid && processAlive(owner)) {
      throw new Error(`The data directory ${dataDir} is in use by process ${owner} (stop it first, or set DATA_DIR to another directory).`);
    }
    writeFileSync(lockPath, String(process.pid));
  }
  return () => {
    try {
      unlinkSync(lockPath);
    } catch {
      /* already gone */
    }
  };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
