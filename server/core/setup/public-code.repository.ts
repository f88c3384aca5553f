// The SQL of congresses' public codes: find by code, list them, count opened years, change the code.
import { count, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../../db/client';
import { congresses, cycles } from '../../../db/schema';

export type CongressRow = typeof congresses.$inferSelect;

export async function findCongressByPublicCode(ex: Executor, code: string): Promise<CongressRow | undefined> {
  const [row] = await ex.select().from(congresses).where(eq(congresses.publicCode, code));
  return row;
}

export async function lockCongress(tx: Tx, id: string): Promise<CongressRow | undefined> {
  const [row] = await tx.select().from(congresses).where(eq(congresses.id, id)).for('update');
  return row;
}

/** How many yearly cycles the congress has opened (each one gives it public pages). */
export async function countCycles(ex: Executor, congressId: string): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(cycles).where(eq(cycles.congressId, congressId));
  return row?.n ?? 0;
}

export async function updatePublicCode(tx: Tx, id: string, code: string, now: Date): Promise<void> {
  await tx.update(congresses).set({ publicCode: code, publicCodeChosenAt: now }).where(eq(congresses.id, id));
}

export async function listPublicCodes(ex: Executor): Promise<string[]> {
  return (await ex.select({ code: congresses.publicCode }).from(congresses)).map((r) => r.code);
}
