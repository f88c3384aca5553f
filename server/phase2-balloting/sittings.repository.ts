// Data access for plenary sittings and attendance (签到): who is expected (应到) and who is present (实到).
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { attendance, delegations, deputies, sittings } from '../../db/schema';

export type SittingRow = typeof sittings.$inferSelect;

export async function findSitting(ex: Executor, congressId: string, id: string): Promise<SittingRow | undefined> {
  const [row] = await ex
    .select()
    .from(sittings)
    .where(and(eq(sittings.congressId, congressId), eq(sittings.id, id)));
  return row;
}

export async function listSittings(ex: Executor, congressId: string) {
  return ex.select().from(sittings).where(eq(sittings.congressId, congressId)).orderBy(desc(sittings.createdAt));
}

/** Who votes: the whole congress, or (for some evaluations) the standing committee's members. */
export type Electorate = 'deputies' | 'standing_committee';
const inElectorate = (e: Electorate) => (e === 'standing_committee' ? [eq(deputies.standingCommittee, true)] : []);

/** 应到: active deputies of the electorate. */
export async function countRoster(ex: Executor, congressId: string, electorate: Electorate = 'deputies'): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.status, 'active'), ...inElectorate(electorate)));
  return row?.n ?? 0;
}

/** 实到: active deputies of the electorate marked present at the sitting. */
export async function countPresent(ex: Executor, sittingId: string, electorate: Electorate = 'deputies'): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(attendance)
    .innerJoin(deputies, eq(deputies.id, attendance.deputyId))
    .where(and(eq(attendance.sittingId, sittingId), eq(attendance.present, true), eq(deputies.status, 'active'), ...inElectorate(electorate)));
  return row?.n ?? 0;
}

export async function presentDeputies(ex: Executor, congressId: string, sittingId: string, electorate: Electorate = 'deputies') {
  return ex
    .select({ id: deputies.id, name: deputies.name, seatNo: deputies.seatNo, delegationName: delegations.name })
    .from(attendance)
    .innerJoin(deputies, eq(deputies.id, attendance.deputyId))
    .innerJoin(delegations, eq(delegations.id, deputies.delegationId))
    .where(
      and(
        eq(attendance.sittingId, sittingId),
        eq(attendance.present, true),
        eq(deputies.status, 'active'),
        eq(deputies.congressId, congressId),
        ...inElectorate(electorate),
      ),
    )
    .orderBy(asc(delegations.sortOrder), asc(sql`length(${deputies.seatKey})`), asc(deputies.seatKey));
}

export async function attendanceList(ex: Executor, congressId: string, sittingId: string, q?: string) {
  const rows = await ex
    .select({
      id: deputies.id,
      name: deputies.name,
      seatNo: deputies.seatNo,
      delegationName: delegations.name,
      present: sql<boolean>`coalesce(${attendance.present}, false)`,
    })
    .from(deputies)
    .innerJoin(delegations, eq(delegations.id, deputies.delegationId))
    .leftJoin(attendance, and(eq(attendance.deputyId, deputies.id), eq(attendance.sittingId, sittingId)))
    .where(and(eq(deputies.congressId, congressId), eq(deputies.status, 'active')))
    .orderBy(asc(delegations.sortOrder), asc(sql`length(${deputies.seatKey})`), asc(deputies.seatKey));
  if (!q) return rows;
  const needle = q.trim().toUpperCase();
  return rows.filter((r) => r.name.includes(q.trim()) || r.seatNo.toUpperCase() === needle || r.seatNo.toUpperCase().includes(needle));
}

export async function insertSitting(ex: Executor, v: { congressId: string; title: string; date: string }): Promise<SittingRow> {
  const [row] = await ex.insert(sittings).values(v).returning();
  return row!;
}

/** Marks (or unmarks) deputies present at a sitting; marking again overwrites. */
export async function markAttendanceRows(
  ex: Executor,
  sittingId: string,
  deputyIds: readonly string[],
  mark: { present: boolean; markedAt: Date; markedBy: string },
) {
  await ex
    .insert(attendance)
    .values(deputyIds.map((deputyId) => ({ sittingId, deputyId, ...mark })))
    .onConflictDoUpdate({ target: [attendance.sittingId, attendance.deputyId], set: mark });
}
