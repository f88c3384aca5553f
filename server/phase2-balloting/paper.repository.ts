// Data access for paper totals (纸质票): entered by one scrutineer, decided by another.
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { paperTotals } from '../../db/schema';

export type PaperRow = typeof paperTotals.$inferSelect;

export async function listPaper(ex: Executor, ballotId: string): Promise<PaperRow[]> {
  return ex.select().from(paperTotals).where(eq(paperTotals.ballotId, ballotId)).orderBy(asc(paperTotals.enteredAt));
}

export async function findPaper(ex: Executor, ballotId: string, id: string): Promise<PaperRow | undefined> {
  const [row] = await ex
    .select()
    .from(paperTotals)
    .where(and(eq(paperTotals.ballotId, ballotId), eq(paperTotals.id, id)));
  return row;
}

export async function insertPaper(ex: Executor, v: typeof paperTotals.$inferInsert): Promise<PaperRow> {
  const [row] = await ex.insert(paperTotals).values(v).returning();
  return row!;
}

export async function decidePaper(
  ex: Executor,
  id: string,
  decision: Pick<PaperRow, 'status' | 'confirmedBy' | 'decidedAt'> & Partial<Pick<PaperRow, 'confirmedSig'>>,
): Promise<PaperRow> {
  const [row] = await ex.update(paperTotals).set(decision).where(eq(paperTotals.id, id)).returning();
  return row!;
}
