// `npm run backup [-- --out FILE]`: a consistent dump of the whole database, with the driver the
// server uses (the same environment: DATABASE_URL, or DATA_DIR for embedded PGlite).
//
// - PostgreSQL: pg_dump in custom format (one snapshot, so consistent while the server runs).
//   Default file: backups/minsheng-<time>.pgdump. PG_DUMP overrides the pg_dump binary (it must be
//   at least the server's major version).
// - PGlite: its own data-directory dump (dumpDataDir, a gzipped tarball, recovered from its WAL
//   when loaded). PGlite serves one process: stop the server first. Default file:
//   backups/minsheng-<time>.pglite.tar.gz.
//
// Prints JSON: the file, its size, and every ledger's head with its chain verified, so the
// numbers can be compared with `npm run restore` afterwards. Exit code 0 ok, 1 failed, 2 usage.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { asc } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { lockDataDir, type Db } from '../db/client';
import * as schema from '../db/schema';
import { verifyChain } from '../server/core/domain/ledger-chain';
import { readEntries } from '../server/core/ledger/ledger.repository';
import { loadEnv } from '../server/env';
import { pathToFileURL } from 'node:url';

/** True when this module is the script node was started with. */
export const isMain = (metaUrl: string) => !!process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === metaUrl;

export interface LedgerSummary {
  ledgers: number;
  entries: number;
  /** Every ledger's chain verifies and its stored head equals its last entry. */
  allValid: boolean;
  invalid: Array<{ id: string; problem: string }>;
  /** id → "seq:hash" of every ledger's head. */
  heads: Record<string, string>;
}

/** Reads every ledger of every congress and verifies its chain. */
export async function summarizeLedgers(db: Db): Promise<LedgerSummary> {
  const rows = await db.select().from(schema.ledgers).orderBy(asc(schema.ledgers.createdAt), asc(schema.ledgers.id));
  const out: LedgerSummary = { ledgers: rows.length, entries: 0, allValid: true, invalid: [], heads: {} };
  for (const l of rows) {
    const entries = await readEntries(db, l.id);
    out.entries += entries.length;
    const v = verifyChain(entries);
    const last = entries.at(-1);
    const headOk = (last?.seq ?? 0) === l.headSeq && (last ? last.hash === l.headHash : true);
    if (!v.ok || !headOk) {
      out.allValid = false;
      out.invalid.push({ id: l.id, problem: !v.ok ? JSON.stringify(v).slice(0, 200) : `stored head ${l.headSeq} differs from the last entry` });
    }
    out.heads[l.id] = `${l.headSeq}:${l.headHash}`;
  }
  return out;
}

export const run = promisify(execFile);

/** Opens a PGlite data directory without migrating it, holding the one-process lock. */
export async function openPgliteDir(dataDir: string): Promise<{ pg: PGlite; db: Db; close(): Promise<void> }> {
  const release = lockDataDir(dataDir);
  try {
    const pg = new PGlite(dataDir);
    await pg.waitReady;
    const db = drizzlePglite(pg, { schema }) as unknown as Db;
    return {
      pg,
      db,
      close: async () => {
        await pg.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

export function openPostgres(url: string) {
  const client = postgres(url, { max: 2, onnotice: () => {} });
  return { db: drizzlePostgres(client, { schema }) as unknown as Db, close: () => client.end({ timeout: 5 }) };
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');

export async function backup(env: NodeJS.ProcessEnv, outArg?: string) {
  const e = loadEnv(env);
  const driver = e.DATABASE_URL ? 'postgres' : 'pglite';
  const file = path.resolve(outArg ?? path.join('backups', `minsheng-${stamp()}.${driver === 'postgres' ? 'pgdump' : 'pglite.tar.gz'}`));
  mkdirSync(path.dirname(file), { recursive: true });
  let summary: LedgerSummary;
  if (e.DATABASE_URL) {
    const pgDump = env.PG_DUMP ?? 'pg_dump';
    // One snapshot for the whole dump: consistent even while the server keeps writing.
    await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', '--file', file, '--dbname', e.DATABASE_URL], { maxBuffer: 64 << 20 });
    const pg = openPostgres(e.DATABASE_URL);
    try {
      summary = await summarizeLedgers(pg.db);
    } finally {
      await pg.close();
    }
  } else {
    if (!existsSync(path.join(e.DATA_DIR, 'PG_VERSION'))) throw new Error(`no PGlite database in ${e.DATA_DIR}`);
    const opened = await openPgliteDir(e.DATA_DIR);
    try {
      await opened.pg.exec('checkpoint');
      summary = await summarizeLedgers(opened.db);
      const blob = await opened.pg.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    } finally {
      await opened.close();
    }
  }
  return { ok: summary.allValid, driver, file, bytes: statSync(file).size, ...summary };
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    const result = await backup(process.env, values.out);
    console.log(JSON.stringify(result, null, 2));
    process.exit(result.ok ? 0 : 1);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    console.error(`backup failed: ${msg}`);
    process.exit(1);
  }
}
