// A digest of every table's contents, to prove that refused requests changed nothing:
// md5 of the rows' text forms in a fixed order, per table (sessions and rate-limit counters,
// which refused requests may legitimately touch, are left out by default).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../server/phase2-balloting/ballots.repository';

export const DIGEST_EXCLUDED = ['rate_limits', 'sessions'];

export async function databaseDigest(db: Db, exclude: string[] = DIGEST_EXCLUDED): Promise<Record<string, string>> {
  const tables = rowsOf(await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`))
    .map((r) => String(r.tablename))
    .filter((t) => !exclude.includes(t));
  const parts = tables.map(
    (t) => `select '${t}' as t, count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`,
  );
  const rows = rowsOf(await db.execute(sql.raw(parts.join(' union all '))));
  return Object.fromEntries(rows.map((r) => [String(r.t), `${r.n}:${r.h}`]));
}

/** The tables whose digests differ. */
export function digestChanges(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
}
