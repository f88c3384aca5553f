import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { delegations, departments, deputies } from '../../../db/schema';
import { normalizeSeatNo } from './roster-csv';

export type DeputyRow = typeof deputies.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type DelegationRow = typeof delegations.$inferSelect;

/** "Ａ-01 " and "a-01" are the same seat. */
export const seatKey = normalizeSeatNo;

export async function findDeputy(ex: Executor, congressId: string, id: string): Promise<DeputyRow | undefined> {
  const [row] = await ex
    .select()
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.id, id)));
  return row;
}

export async function findActiveDeputyBySeat(ex: Executor, congressId: string, seat: string): Promise<DeputyRow | undefined> {
  const [row] = await ex
    .select()
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.seatKey, seatKey(seat)), eq(deputies.status, 'active')));
  return row;
}

export async function activeSeatKeys(ex: Executor, congressId: string): Promise<Set<string>> {
  const rows = await ex
    .select({ k: deputies.seatKey })
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.status, 'active')));
  return new Set(rows.map((r) => r.k));
}

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function searchDeputies(
  ex: Executor,
  congressId: string,
  f: {
    q?: string;
    delegationId?: string;
    status?: 'active' | 'terminated';
    standingCommittee?: boolean;
    page: number;
    pageSize: number;
  },
) {
  const conds: SQL[] = [eq(deputies.congressId, congressId)];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    conds.push(or(ilike(deputies.name, like), ilike(deputies.seatNo, like))!);
  }
  if (f.delegationId) conds.push(eq(deputies.delegationId, f.delegationId));
  if (f.status) conds.push(eq(deputies.status, f.status));
  if (f.standingCommittee !== undefined) conds.push(eq(deputies.standingCommittee, f.standingCommittee));
  const where = and(...conds);
  const [total] = await ex.select({ n: count() }).from(deputies).where(where);
  const rows = await ex
    .select({ deputy: deputies, delegationName: delegations.name })
    .from(deputies)
    .innerJoin(delegations, eq(delegations.id, deputies.delegationId))
    .where(where)
    // Seats sort as a person reads them: by length, then text ("2" before "10").
    .orderBy(asc(delegations.sortOrder), asc(delegations.name), asc(sql`length(${deputies.seatKey})`), asc(deputies.seatKey))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total: total?.n ?? 0, rows };
}

export async function countActiveDeputies(ex: Executor, congressId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.status, 'active')));
  return row?.n ?? 0;
}

export async function findDepartment(ex: Executor, congressId: string, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await ex
    .select()
    .from(departments)
    .where(and(eq(departments.congressId, congressId), eq(departments.id, id)));
  return row;
}

/** For public routes: which congress a department belongs to (the id alone is the key). */
export async function findDepartmentCongress(ex: Executor, id: string): Promise<string | undefined> {
  const [row] = await ex.select({ congressId: departments.congressId }).from(departments).where(eq(departments.id, id));
  return row?.congressId;
}

export async function findDepartmentByName(ex: Executor, congressId: string, name: string): Promise<DepartmentRow | undefined> {
  const [row] = await ex
    .select()
    .from(departments)
    .where(and(eq(departments.congressId, congressId), eq(departments.name, name)));
  return row;
}

export async function listDepartments(ex: Executor, congressId: string, f: { q?: string; active?: boolean } = {}) {
  const conds: SQL[] = [eq(departments.congressId, congressId)];
  if (f.q) conds.push(ilike(departments.name, `%${escapeLike(f.q)}%`));
  if (f.active !== undefined) conds.push(eq(departments.active, f.active));
  return ex
    .select()
    .from(departments)
    .where(and(...conds))
    .orderBy(asc(departments.name));
}

export async function findDelegation(ex: Executor, congressId: string, id: string): Promise<DelegationRow | undefined> {
  const [row] = await ex
    .select()
    .from(delegations)
    .where(and(eq(delegations.congressId, congressId), eq(delegations.id, id)));
  return row;
}

export async function findDelegationByName(ex: Executor, congressId: string, name: string): Promise<DelegationRow | undefined> {
  const [row] = await ex
    .select()
    .from(delegations)
    .where(and(eq(delegations.congressId, congressId), eq(delegations.name, name)));
  return row;
}

export async function listDelegations(ex: Executor, congressId: string) {
  const rows = await ex
    .select({
      delegation: delegations,
      active: sql<number>`(select count(*)::int from ${deputies} d where d.delegation_id = ${delegations.id} and d.status = 'active')`,
    })
    .from(delegations)
    .where(eq(delegations.congressId, congressId))
    .orderBy(asc(delegations.sortOrder), asc(delegations.name));
  return rows;
}

/** Which of `ids` are active deputies of the congress (one query for the whole list). */
export async function activeDeputyIds(ex: Executor, congressId: string, ids: readonly string[]): Promise<string[]> {
  const found = await ex
    .select({ id: deputies.id })
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.status, 'active'), inArray(deputies.id, [...ids])));
  return found.map((f) => f.id);
}

// ---- writes ----

export async function insertDelegation(ex: Executor, v: typeof delegations.$inferInsert): Promise<DelegationRow> {
  const [row] = await ex.insert(delegations).values(v).returning();
  return row!;
}

export async function updateDelegationRow(ex: Executor, id: string, set: Partial<Pick<DelegationRow, 'name' | 'sortOrder'>>): Promise<DelegationRow> {
  const [row] = await ex.update(delegations).set(set).where(eq(delegations.id, id)).returning();
  return row!;
}

export async function insertDeputies(ex: Executor, rows: Array<typeof deputies.$inferInsert>): Promise<DeputyRow[]> {
  if (rows.length === 0) return [];
  return ex.insert(deputies).values(rows).returning();
}

export async function updateDeputyRow(ex: Executor, id: string, set: Partial<typeof deputies.$inferInsert>): Promise<DeputyRow> {
  const [row] = await ex.update(deputies).set(set).where(eq(deputies.id, id)).returning();
  return row!;
}

export async function insertDepartment(ex: Executor, v: typeof departments.$inferInsert): Promise<DepartmentRow> {
  const [row] = await ex.insert(departments).values(v).returning();
  return row!;
}

export async function updateDepartmentRow(
  ex: Executor,
  congressId: string,
  id: string,
  set: Partial<Pick<DepartmentRow, 'name' | 'contactName' | 'contactPhone' | 'active'>>,
): Promise<DepartmentRow> {
  const [row] = await ex
    .update(departments)
    .set(set)
    .where(and(eq(departments.congressId, congressId), eq(departments.id, id)))
    .returning();
  return row!;
}

export function describeDeputy(d: DeputyRow, delegationName?: string) {
  return {
    id: d.id,
    name: d.name,
    delegationId: d.delegationId,
    delegationName: delegationName ?? null,
    seatNo: d.seatNo,
    gender: d.gender,
    phone: d.phone,
    note: d.note,
    status: d.status,
    standingCommittee: d.standingCommittee,
    terminatedAt: d.terminatedAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

export function describeDepartment(d: DepartmentRow) {
  return { id: d.id, name: d.name, contactName: d.contactName, contactPhone: d.contactPhone, active: d.active, createdAt: d.createdAt.toISOString() };
}
