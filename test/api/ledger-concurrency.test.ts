// Appends to one ledger are serialised by the head row lock: concurrent requests (and, on
// PostgreSQL, many pooled connections) still give seq 1..N with a valid chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger, appendEntry, readEntries } from '../../server/core/ledger/ledger.repository';
import { verifyChain } from '../../server/core/domain/ledger-chain';
import { congresses } from '../../db/schema';
import { DRIVERS, openTestDatabase, type TestDatabase } from '../support/harness';

describe.each(DRIVERS)('ledger appends under concurrency [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => t?.drop());

  it('300 concurrent appends give seq 1..300 and a valid chain', async () => {
    const { db } = t.database;
    const [congress] = await db.insert(congresses).values({ name: '测试', jurisdiction: '测试', level: 'county', publicCode: 'ceshi' }).returning();
    const ledger = await createLedger(db, { congressId: congress!.id, kind: 'congress', title: 'concurrency' });
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => db.transaction((tx) => appendEntry(tx, ledger.id, 'test.appended', { n: i }, new Date()))),
    );
    expect(new Set(results.map((e) => e.seq)).size).toBe(300);
    const entries = await readEntries(db, ledger.id);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.data.n)).size).toBe(300);
    const check = verifyChain(entries);
    expect(check.ok).toBe(true);
  });

  it('a failed transaction leaves neither the change nor its entry', async () => {
    const { db } = t.database;
    const [congress] = await db.insert(congresses).values({ name: '回滚', jurisdiction: '回滚', level: 'county', publicCode: 'huigun' }).returning();
    const ledger = await createLedger(db, { congressId: congress!.id, kind: 'congress', title: 'rollback' });
    await expect(
      db.transaction(async (tx) => {
        await appendEntry(tx, ledger.id, 'test.appended', { n: 1 }, new Date());
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await readEntries(db, ledger.id)).toEqual([]);
    await expect(db.transaction((tx) => appendEntry(tx, ledger.id, 'test.float', { x: 1.5 }, new Date()))).rejects.toThrow();
    expect(await readEntries(db, ledger.id)).toEqual([]);
  });
});
