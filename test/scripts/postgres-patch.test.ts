// postgres.js 3.4.9 is patched at install (scripts/reliability/patch-postgres.mjs): the installed
// files carry the patch, and a transaction whose connection dies between two statements can no
// longer run its later statements outside the transaction (porsager/postgres#1155), nor crash
// the process writing to the closed socket (#1154, #1208).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createScratchDatabase, ROOT, sleep } from '../../scripts/reliability/lib';
// @ts-expect-error a plain ES module without types
import { MARK, PATCHED_VERSION } from '../../scripts/reliability/patch-postgres.mjs';

const PG = process.env.TEST_DATABASE_URL;

describe('postgres.js patch', () => {
  it('is applied to the installed driver (npm install runs it as postinstall)', () => {
    const dir = path.join(ROOT, 'node_modules/postgres');
    expect(
      JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version,
      'review scripts/reliability/patch-postgres.mjs for this version',
    ).toBe(PATCHED_VERSION);
    for (const f of ['src/connection.js', 'src/index.js', 'cjs/src/connection.js', 'cjs/src/index.js']) {
      expect(readFileSync(path.join(dir, f), 'utf8'), f).toContain(MARK);
    }
  });

  it.skipIf(!PG)('a transaction cut off between two statements runs nothing more, and the process lives', async () => {
    const db = await createScratchDatabase(PG!, 'pgpatch');
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    const killer = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      await sql`create table t (n int)`;
      let late: unknown = 'not reached';
      let finished!: () => void;
      const callbackDone = new Promise<void>((r) => {
        finished = r;
      });
      const tx = sql
        .begin(async (t) => {
          await t`insert into t values (1)`;
          const [row] = await t`select pg_backend_pid() as pid`;
          await killer`select pg_terminate_backend(${row!.pid})`;
          await sleep(300);
          // Another query reconnects the pool's only connection object…
          await sql`select 1`.catch(() => undefined);
          // …and this statement of the dead transaction must not run on it, outside the transaction.
          late = await t`insert into t values (2)`.then(
            () => 'ran',
            (e: Error & { code?: string }) => e.code ?? e.message,
          );
          finished();
        })
        .then(
          () => 'committed',
          (e: Error & { code?: string }) => e.code ?? e.message,
        );
      expect(await tx).toMatch(/CONNECTION_CLOSED|57P01/);
      await callbackDone;
      expect(late).toBe('CONNECTION_CLOSED');
      const [count] = await sql`select count(*)::int as n from t`;
      expect(count!.n).toBe(0);
    } finally {
      await sql.end({ timeout: 1 });
      await killer.end({ timeout: 1 });
      await db.drop();
    }
  });
});
