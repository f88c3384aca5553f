// After the database comes back, every open event stream catches up: once the server's LISTEN is
// re-established it sends each subscriber a fresh snapshot, since whatever was NOTIFYed while it
// was away is lost. Here the loss is made deterministic: a change that publishes nothing, then the
// LISTEN connection is killed (as a restart does); the stream must show the change. The full
// restart mid-burst is in test/scripts/reliability.test.ts (pg-restart).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeSse } from '../../scripts/reliability/lib';
import { buildHall, createBallot, type Hall } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';

describe.skipIf(!DRIVERS.includes('postgres'))('live events after LISTEN is lost [postgres]', () => {
  let server: TestServer;
  let hall: Hall;

  beforeAll(async () => {
    server = await startTestServer('postgres');
    hall = await buildHall(server, { deputies: 4, candidates: 3, seats: 2 });
  });
  afterAll(async () => server?.stop());

  it('sends every open stream a fresh snapshot once LISTEN is back', async () => {
    const b = await createBallot(hall);
    const subs = [0, 1, 2].map(() => subscribeSse(server.url, `/api/ballots/${b.id}/events`));
    await Promise.all(subs.map((s) => s.ready));
    await Promise.all(subs.map((s) => s.until(() => true, 5000)));
    const db = server.deps.db;
    // A change whose event never arrives (as if NOTIFYed while LISTEN was away).
    await db.execute(sql`update ballots set title = 'changed while LISTEN was away' where id = ${b.id}`);
    const killed = await db.execute(sql`select pg_terminate_backend(pid) as ok from pg_stat_activity
      where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`);
    expect((killed as unknown as unknown[]).length).toBeGreaterThan(0); // postgres.js: the rows
    const started = Date.now();
    const caughtUp = await Promise.all(subs.map((s) => s.until((e) => e.data.title === 'changed while LISTEN was away', 5000)));
    expect(caughtUp).toEqual([true, true, true]);
    expect(Date.now() - started).toBeLessThan(5000);
    for (const s of subs) s.close();
  });
});
