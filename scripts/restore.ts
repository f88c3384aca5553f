// `npm run restore -- FILE`: loads a backup made by `npm run backup` into an EMPTY database, with
// the driver the environment names (DATABASE_URL, or DATA_DIR for embedded PGlite), then
// applies any newer migrations and verifies every ledger's chain.
//
// - A pg_dump file (PostgreSQL): pg_restore into DATABASE_URL, in one transaction, stopping at the
//   first error. Refused if the database already has any table. PG_RESTORE overrides the binary.
// - A PGlite dump (.tar.gz): loaded into DATA_DIR, which must not exist or be empty.
// A dump of one driver cannot be restored with the other.
//
// Prints JSON with every ledger's head (compare with the backup's output). Exit code 0 ok,
// 1 refused or failed, 2 usage.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { lockDataDir, openDatabase } from '../db/client';
import { rowsOf } from '../server/phase2-balloting/ballots.repository';
import { loadEnv } from '../server/env';
import { isMain, openPostgres, run, summarizeLedgers } from './backup';

export class Refused extends Error {}

function kindOf(file: string): 'pgdump' | 'pglite' {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'pgdump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new Refused(`${file} is neither a pg_dump custom-format file nor a PGlite dump`);
}

export async function restore(env: NodeJS.ProcessEnv, file: string) {
  const e = loadEnv(env);
  if (!existsSync(file)) throw new Refused(`no such file: ${file}`);
  const kind = kindOf(file);
  if (e.DATABASE_URL) {
    if (kind !== 'pgdump') throw new Refused('this is a PGlite dump: restore it with DATA_DIR set and DATABASE_URL unset');
    const pg = openPostgres(e.DATABASE_URL);
    try {
      const [row] = rowsOf(
        await pg.db.execute(sql`
        select count(*)::int as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where s.nspname not in ('pg_catalog', 'information_schema') and s.nspname not like 'pg_toast%' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')`),
      );
      if (Number(row?.n) > 0)
        throw new Refused(`the target database is not empty (${row!.n} tables, views or sequences): restore only into an empty database`);
    } finally {
      await pg.close();
    }
    await run(
      env.PG_RESTORE ?? 'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', e.DATABASE_URL, file],
      { maxBuffer: 64 << 20 },
    );
  } else {
    if (kind !== 'pglite') throw new Refused('this is a PostgreSQL dump: restore it with DATABASE_URL set');
    if (existsSync(e.DATA_DIR) && readdirSync(e.DATA_DIR).length > 0) {
      throw new Refused(`the data directory ${e.DATA_DIR} is not empty: restore only into a new or empty directory`);
    }
    const release = lockDataDir(e.DATA_DIR);
    try {
      const pg = new PGlite(e.DATA_DIR, { loadDataDir: new Blob([readFileSync(file)]) });
      await pg.waitReady;
      await pg.close();
    } finally {
      release();
    }
  }
  // Open as the server does (applies migrations newer than the dump), then check every ledger.
  const database = await openDatabase(
    e.DATABASE_URL ? { driver: 'postgres', url: e.DATABASE_URL, maxConnections: 2 } : { driver: 'pglite', dataDir: e.DATA_DIR },
  );
  try {
    const summary = await summarizeLedgers(database.db);
    return { ok: summary.allValid, driver: database.driver, file: path.resolve(file), ...summary };
  } finally {
    await database.close();
  }
}

if (isMain(import.meta.url)) {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) {
    console.error('Usage: npm run restore -- FILE   (into the empty database named by DATABASE_URL, or the empty DATA_DIR)');
    process.exit(2);
  }
  try {
    const result = await restore(process.env, positionals[0]!);
    console.log(JSON.stringify(result, null, 2));
    process.exit(result.ok ? 0 : 1);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    console.error(`${err instanceof Refused ? 'restore refused' : 'restore failed'}: ${msg}`);
    process.exit(1);
  }
}
