// Data access for change requests (调整、暂缓、恢复、终止) and the standing committee's decisions.
import { and, asc, desc, eq, inArray, count } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { projectChanges } from '../../db/schema';
import type { ChangeStatus } from './domain/changes';

export type ChangeRow = typeof projectChanges.$inferSelect;

export async function findChange(ex: Executor, congressId: string, id: string): Promise<ChangeRow | undefined> {
  const [row] = await ex
    .select()
    .from(projectChanges)
    .where(and(eq(projectChanges.congressId, congressId), eq(projectChanges.id, id)));
  return row;
}

export async function insertChange(tx: Tx, v: typeof projectChanges.$inferInsert): Promise<ChangeRow> {
  const [row] = await tx.insert(projectChanges).values(v).returning();
  return row!;
}

export async function updateChange(tx: Tx, id: string, set: Partial<typeof projectChanges.$inferInsert>): Promise<ChangeRow> {
  const [row] = await tx.update(projectChanges).set(set).where(eq(projectChanges.id, id)).returning();
  return row!;
}

export async function changesOf(ex: Executor, projectIds: readonly string[]): Promise<ChangeRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .select()
    .from(projectChanges)
    .where(inArray(projectChanges.projectId, [...projectIds]))
    .orderBy(asc(projectChanges.requestedAt));
}

/** Approved decisions in the order they were recorded (the order they took effect in). */
export async function approvedChangesOf(ex: Executor, projectIds: readonly string[]): Promise<ChangeRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .select()
    .from(projectChanges)
    .where(and(inArray(projectChanges.projectId, [...projectIds]), eq(projectChanges.status, 'approved')))
    .orderBy(asc(projectChanges.decidedAt));
}

export async function listChangesWhere(
  ex: Executor,
  f: { congressId: string; cycleId?: string; status?: ChangeStatus; projectIds?: readonly string[] },
) {
  if (f.projectIds && f.projectIds.length === 0) return [];
  return ex
    .select()
    .from(projectChanges)
    .where(
      and(
        eq(projectChanges.congressId, f.congressId),
        ...(f.cycleId ? [eq(projectChanges.cycleId, f.cycleId)] : []),
        ...(f.status ? [eq(projectChanges.status, f.status)] : []),
        ...(f.projectIds ? [inArray(projectChanges.projectId, [...f.projectIds])] : []),
      ),
    )
    .orderBy(desc(projectChanges.requestedAt));
}

/** Change requests of a cycle still awaiting the standing committee's decision. */
export async function countPendingChanges(ex: Executor, cycleId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(projectChanges)
    .where(and(eq(projectChanges.cycleId, cycleId), eq(projectChanges.status, 'pending')));
  return row?.n ?? 0;
}
