// Data access for hall tablets: pairing codes and device tokens are stored as hashes only.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { tablets } from '../../db/schema';

export type TabletRow = typeof tablets.$inferSelect;

export async function listTabletRows(ex: Executor, congressId: string): Promise<TabletRow[]> {
  return ex.select().from(tablets).where(eq(tablets.congressId, congressId)).orderBy(asc(tablets.name));
}

export async function insertTablet(ex: Executor, v: typeof tablets.$inferInsert): Promise<TabletRow> {
  const [row] = await ex.insert(tablets).values(v).returning();
  return row!;
}

/** Changes a tablet of the congress; undefined when it has no such tablet. */
export async function updateTabletRow(ex: Executor, congressId: string, id: string, set: Partial<typeof tablets.$inferInsert>) {
  const [row] = await ex
    .update(tablets)
    .set(set)
    .where(and(eq(tablets.id, id), eq(tablets.congressId, congressId)))
    .returning();
  return row;
}

/** The unpaired tablet waiting for this code (still valid at `now`), locked for the pairing. */
export async function lockTabletByPairingCode(ex: Executor, codeHash: string, now: Date): Promise<TabletRow | undefined> {
  const [row] = await ex
    .select()
    .from(tablets)
    .where(and(eq(tablets.pairingCodeHash, codeHash), gt(tablets.pairingExpiresAt, now), isNull(tablets.pairedAt)))
    .for('update');
  return row;
}

export async function setTabletPaired(ex: Executor, id: string, deviceTokenHash: string, now: Date): Promise<TabletRow> {
  const [row] = await ex
    .update(tablets)
    .set({
      deviceTokenHash,
      pairedAt: now,
      lastSeenAt: now,
      pairingCodeHash: null,
      pairingExpiresAt: null,
    })
    .where(eq(tablets.id, id))
    .returning();
  return row!;
}

/** The tablet holding this (unrevoked) device token, marked seen now; undefined if none. */
export async function touchTabletByToken(ex: Executor, deviceTokenHash: string, now: Date): Promise<TabletRow | undefined> {
  const [row] = await ex
    .update(tablets)
    .set({ lastSeenAt: now })
    .where(and(eq(tablets.deviceTokenHash, deviceTokenHash), isNull(tablets.revokedAt)))
    .returning();
  return row;
}
