// Opens the database with one of two drivers and applies the committed migrations.
// postgres.js when a URL is given; embedded PGlite (a directory, or memory) otherwise.
import { mkdirSync } from 'node:fs';
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
  listen?: (channel: string, onMessage: (payload: string) => void) => Promise<() => Promise<void>>;
  notify?: (channel: string, payload: string) => Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type OpenOptions =
  | { driver: 'postgres'; url: string; maxConnections?: number }
  | { driver: 'pglite'; dataDir: string | null /* null = in memory */ };

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.driver === 'postgres') {
    const client = postgres(opts.url, {
      max: opts.maxConnections ?? 20,
      onnotice: () => {},
      // Fail fast instead of hanging when the server is gone; callers map this to 503.
      connect_timeout: 5,
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db,
      driver: 'postgres',
      async listen(channel, onMessage) {
        const sub = await client.listen(channel, onMessage);
        return () => sub.unlisten();
      },
      async notify(channel, payload) {
        await client.notify(channel, payload);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
  return { db, driver: 'pglite', close: () => client.close() };
}
