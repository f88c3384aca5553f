// Data access for supervision groups (members, projects) and their items with the answers.
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { deputies, supervisionGroupMembers, supervisionGroupProjects, supervisionGroups, supervisionItems } from '../../db/schema';

export type GroupRow = typeof supervisionGroups.$inferSelect;
export type ItemRow = typeof supervisionItems.$inferSelect;

export interface Group extends GroupRow {
  leader: { deputyId: string; name: string };
  members: Array<{ deputyId: string; name: string }>;
  projectIds: string[];
}

export async function findGroupRow(ex: Executor, congressId: string, id: string): Promise<GroupRow | undefined> {
  const [row] = await ex
    .select()
    .from(supervisionGroups)
    .where(and(eq(supervisionGroups.congressId, congressId), eq(supervisionGroups.id, id)));
  return row;
}

export async function lockGroup(tx: Tx, congressId: string, id: string): Promise<GroupRow | undefined> {
  const [row] = await tx
    .select()
    .from(supervisionGroups)
    .where(and(eq(supervisionGroups.congressId, congressId), eq(supervisionGroups.id, id)))
    .for('update');
  return row;
}

/** A cycle's groups with their people and projects. */
export async function groupsOfCycle(ex: Executor, cycleId: string): Promise<Group[]> {
  const rows = await ex.select().from(supervisionGroups).where(eq(supervisionGroups.cycleId, cycleId)).orderBy(asc(supervisionGroups.createdAt));
  return withPeople(ex, rows);
}

export async function withPeople(ex: Executor, rows: readonly GroupRow[]): Promise<Group[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const people = await ex
    .select({
      groupId: supervisionGroupMembers.groupId,
      deputyId: supervisionGroupMembers.deputyId,
      // A member's place in the group (leader or member), not an account role.
      groupRole: supervisionGroupMembers.role,
      name: deputies.name,
    })
    .from(supervisionGroupMembers)
    .innerJoin(deputies, eq(deputies.id, supervisionGroupMembers.deputyId))
    .where(inArray(supervisionGroupMembers.groupId, ids))
    .orderBy(asc(supervisionGroupMembers.position));
  const projects = await ex.select().from(supervisionGroupProjects).where(inArray(supervisionGroupProjects.groupId, ids));
  return rows.map((g) => {
    const mine = people.filter((p) => p.groupId === g.id);
    const leader = mine.find((p) => p.groupRole === 'leader')!;
    return {
      ...g,
      leader: { deputyId: leader.deputyId, name: leader.name },
      members: mine.filter((p) => p.groupRole === 'member').map((p) => ({ deputyId: p.deputyId, name: p.name })),
      projectIds: projects.filter((p) => p.groupId === g.id).map((p) => p.projectId),
    };
  });
}

export async function insertGroup(tx: Tx, v: typeof supervisionGroups.$inferInsert): Promise<GroupRow> {
  const [row] = await tx.insert(supervisionGroups).values(v).returning();
  return row!;
}

export async function updateGroup(tx: Tx, id: string, set: Partial<typeof supervisionGroups.$inferInsert>): Promise<GroupRow> {
  const [row] = await tx.update(supervisionGroups).set(set).where(eq(supervisionGroups.id, id)).returning();
  return row!;
}

/** Replaces the group's people and projects. */
export async function setGroupPeopleAndProjects(
  tx: Tx,
  groupId: string,
  leaderDeputyId: string,
  memberDeputyIds: readonly string[],
  projectIds: readonly string[],
) {
  await tx.delete(supervisionGroupMembers).where(eq(supervisionGroupMembers.groupId, groupId));
  await tx.delete(supervisionGroupProjects).where(eq(supervisionGroupProjects.groupId, groupId));
  await tx
    .insert(supervisionGroupMembers)
    .values([
      { groupId, deputyId: leaderDeputyId, role: 'leader' as const, position: 0 },
      ...memberDeputyIds.map((deputyId, i) => ({ groupId, deputyId, role: 'member' as const, position: i + 1 })),
    ]);
  if (projectIds.length) await tx.insert(supervisionGroupProjects).values(projectIds.map((projectId) => ({ groupId, projectId })));
}

export async function itemsOf(ex: Executor, projectIds: readonly string[]): Promise<ItemRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .select()
    .from(supervisionItems)
    .where(inArray(supervisionItems.projectId, [...projectIds]))
    .orderBy(asc(supervisionItems.recordedAt));
}

export async function listItemsWhere(
  ex: Executor,
  f: { congressId: string; cycleId?: string; unanswered?: boolean; projectIds?: readonly string[] },
) {
  if (f.projectIds && f.projectIds.length === 0) return [];
  return ex
    .select()
    .from(supervisionItems)
    .where(
      and(
        eq(supervisionItems.congressId, f.congressId),
        ...(f.cycleId ? [eq(supervisionItems.cycleId, f.cycleId)] : []),
        ...(f.unanswered ? [isNull(supervisionItems.answeredAt)] : []),
        ...(f.projectIds ? [inArray(supervisionItems.projectId, [...f.projectIds])] : []),
      ),
    )
    .orderBy(desc(supervisionItems.recordedAt));
}

export async function findItem(ex: Executor, congressId: string, id: string): Promise<ItemRow | undefined> {
  const [row] = await ex
    .select()
    .from(supervisionItems)
    .where(and(eq(supervisionItems.congressId, congressId), eq(supervisionItems.id, id)));
  return row;
}

export async function lockItem(tx: Tx, congressId: string, id: string): Promise<ItemRow | undefined> {
  const [row] = await tx
    .select()
    .from(supervisionItems)
    .where(and(eq(supervisionItems.congressId, congressId), eq(supervisionItems.id, id)))
    .for('update');
  return row;
}

export async function insertItem(tx: Tx, v: typeof supervisionItems.$inferInsert): Promise<ItemRow> {
  const [row] = await tx.insert(supervisionItems).values(v).returning();
  return row!;
}

export async function updateItem(tx: Tx, id: string, set: Partial<typeof supervisionItems.$inferInsert>): Promise<ItemRow> {
  const [row] = await tx.update(supervisionItems).set(set).where(eq(supervisionItems.id, id)).returning();
  return row!;
}

/** Groups the deputy belongs to, in a cycle or everywhere. */
export async function groupIdsOfDeputy(ex: Executor, deputyId: string): Promise<string[]> {
  const rows = await ex
    .select({ groupId: supervisionGroupMembers.groupId })
    .from(supervisionGroupMembers)
    .where(eq(supervisionGroupMembers.deputyId, deputyId));
  return rows.map((r) => r.groupId);
}
