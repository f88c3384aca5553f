// Runs once per `npm test`: finds PostgreSQL without being told. TEST_DATABASE_URL wins when set;
// otherwise, if a server answers at 127.0.0.1:5432 as user postgres (Debian's local trust
// setup), a throwaway database is created for this run and dropped at the end. Workers inherit
// TEST_DATABASE_URL, so the harness runs every API test on both drivers. REQUIRE_POSTGRES=1 makes
// "no PostgreSQL" an error instead of a skip. The summary of what ran is printed by
// summary-reporter.ts.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function setup() {
  let drop: (() => Promise<void>) | null = null;
  if (process.env.TEST_DATABASE_URL) {
    process.env.TEST_POSTGRES_SOURCE = 'TEST_DATABASE_URL';
  } else {
    const admin = postgres(LOCAL_POSTGRES, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      const name = `test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
      await admin.unsafe(`create database ${name}`);
      process.env.TEST_DATABASE_URL = LOCAL_POSTGRES.replace(/\/postgres$/, `/${name}`);
      process.env.TEST_POSTGRES_SOURCE = `found at 127.0.0.1:5432; throwaway database ${name}, dropped afterwards`;
      drop = async () => {
        const a = postgres(LOCAL_POSTGRES, { max: 1, onnotice: () => {} });
        await a.unsafe(`drop database if exists ${name} with (force)`).catch(() => undefined);
        await a.end();
      };
    } catch (err) {
      process.env.TEST_POSTGRES_SKIPPED = `no PostgreSQL at 127.0.0.1:5432 as user postgres (${(err as Error).message}) and TEST_DATABASE_URL is not set`;
    } finally {
      await admin.end({ timeout: 1 }).catch(() => undefined);
    }
  }
  if (process.env.REQUIRE_POSTGRES === '1' && !process.env.TEST_DATABASE_URL) {
    throw new Error(`REQUIRE_POSTGRES=1 but ${process.env.TEST_POSTGRES_SKIPPED}`);
  }
  return async () => {
    await drop?.();
  };
}
