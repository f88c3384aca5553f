// Supervision (代表监督): the secretariat forms groups of deputies; their members record inspections,
// questions and 督办建议 on the projects their group watches; the responsible department answers
// each one. Everything is ledgered; free texts as hashes.
import type { Db, Executor, Tx } from '../../db/client';
import { appendEntry } from '../core/ledger/ledger.repository';
import { activeDeputyIds } from '../core/roster/roster.repository';
import { conflict, forbidden, notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { problem } from '../core/domain/problems';
import { contentDigest, deputyNames } from '../phase1-solicitation';
import { chinaDate } from '../core/domain/china-date';
import { findCycle, type CycleRow } from '../cycle/cycles.repository';
import { refuse } from '../core/refuse';
import { assertCycleOpen, assertMayRead, assertResponsible, lockProjectFor, projectNotFound } from './access';
import { groupCovers, groupProblems, membersOf, occurredOnProblems, type GroupInput, type SupervisionKind } from './domain/supervision';
import { describeGroup, describeItem } from './project-record';
import { findProject, listProjectsOfCycle, listProjectsWhere } from './projects.repository';
import {
  findGroupRow,
  findItem,
  groupIdsOfDeputy,
  groupsOfCycle,
  insertGroup,
  insertItem,
  listItemsWhere,
  lockGroup,
  lockItem,
  setGroupPeopleAndProjects,
  updateGroup,
  updateItem,
  withPeople,
  type Group,
} from './supervision.repository';
import { scopeOf } from '../core/access/permissions';

const cycleNotFound = () => notFound({ zh: '未找到该年度项目', en: 'Cycle not found' });
const groupNotFound = () => notFound({ zh: '未找到该监督小组', en: 'Supervision group not found' });

/** Leader and members must be active deputies of the congress. */
async function deputyProblems(ex: Executor, congressId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = await activeDeputyIds(ex, congressId, unique);
  return found.length === unique.length
    ? []
    : [problem('deputy_unknown', '监督小组成员须为本级在册代表', 'Group members must be active deputies of this congress', 'memberDeputyIds')];
}

async function checkGroup(tx: Tx, cycle: CycleRow, g: GroupInput) {
  const projectIds = new Set((await listProjectsOfCycle(tx, cycle.id)).map((p) => p.id));
  const problems = [
    ...groupProblems(g, { categories: cycle.categories, projectIds }),
    ...(await deputyProblems(tx, cycle.congressId, [g.leaderDeputyId, ...g.memberDeputyIds])),
  ];
  if (problems.length) throw refuse(problems);
}

const groupEntry = (groupId: string, name: string, g: GroupInput, by: string) => ({
  groupId,
  name,
  leaderDeputyId: g.leaderDeputyId,
  memberDeputyIds: membersOf(g),
  projectIds: [...g.projectIds],
  category: g.category,
  by,
});

async function describeGroups(ex: Executor, cycleId: string, groups: Group[]) {
  const titles = new Map((await listProjectsOfCycle(ex, cycleId)).map((p) => [p.id, p.title]));
  return groups.map((g) => describeGroup(g, titles));
}

export async function createGroup(
  db: Db,
  actor: Actor,
  cycleId: string,
  input: Omit<GroupInput, 'category'> & { name: string; category?: string | null },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const cycle = await findCycle(tx, actor.congressId, cycleId);
    if (!cycle) throw cycleNotFound();
    assertCycleOpen(cycle);
    const g: GroupInput = { ...input, category: input.category ?? null };
    await checkGroup(tx, cycle, g);
    const row = await insertGroup(tx, {
      congressId: cycle.congressId,
      cycleId: cycle.id,
      name: input.name,
      category: g.category,
      createdAt: now,
      updatedAt: now,
    });
    await setGroupPeopleAndProjects(tx, row.id, g.leaderDeputyId, membersOf(g), g.projectIds);
    await appendEntry(tx, cycle.ledgerId, 'supervision.group_formed', groupEntry(row.id, row.name, g, actor.accountId), now);
    const [group] = await describeGroups(tx, cycle.id, await withPeople(tx, [row]));
    return group!;
  });
}

export async function changeGroup(db: Db, actor: Actor, groupId: string, input: Partial<GroupInput> & { name?: string }, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockGroup(tx, actor.congressId, groupId);
    if (!row) throw groupNotFound();
    const cycle = (await findCycle(tx, actor.congressId, row.cycleId))!;
    assertCycleOpen(cycle);
    const current = (await withPeople(tx, [row]))[0]!;
    const g: GroupInput = {
      leaderDeputyId: input.leaderDeputyId ?? current.leader.deputyId,
      memberDeputyIds: input.memberDeputyIds ?? current.members.map((m) => m.deputyId),
      // Switching to a category drops the named projects, and naming projects drops the category.
      projectIds: input.projectIds ?? (input.category ? [] : current.projectIds),
      category: input.category !== undefined ? input.category : input.projectIds?.length ? null : current.category,
    };
    await checkGroup(tx, cycle, g);
    const name = input.name ?? row.name;
    await updateGroup(tx, row.id, { name, category: g.category, updatedAt: now });
    await setGroupPeopleAndProjects(tx, row.id, g.leaderDeputyId, membersOf(g), g.projectIds);
    await appendEntry(tx, cycle.ledgerId, 'supervision.group_changed', groupEntry(row.id, name, g, actor.accountId), now);
    const [group] = await describeGroups(tx, cycle.id, await withPeople(tx, [(await findGroupRow(tx, actor.congressId, row.id))!]));
    return group!;
  });
}

export async function listGroups(db: Db, actor: Actor, cycleId: string) {
  const cycle = await findCycle(db, actor.congressId, cycleId);
  if (!cycle) throw cycleNotFound();
  return describeGroups(db, cycle.id, await groupsOfCycle(db, cycle.id));
}

export interface ItemInput {
  kind: SupervisionKind;
  occurredOn: string;
  text: string;
  groupId?: string;
}

/**
 * A member of a group watching the project records an inspection, question or 督办建议 (with
 * several such groups, naming which); the secretariat may record one for a group it names.
 */
export async function recordItem(db: Db, actor: Actor, projectId: string, input: ItemInput, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProjectFor(tx, actor, projectId);
    const covering = (await groupsOfCycle(tx, cycle.id)).filter((g) => groupCovers(g, p));
    let group: Group | undefined;
    // Scope: a deputy records only for a group they sit in; the secretariat for any group it names.
    const asMember = scopeOf(actor, 'supervision.record') === 'deputy';
    if (asMember) {
      const mine = covering.filter((g) => g.leader.deputyId === actor.deputyId || g.members.some((m) => m.deputyId === actor.deputyId));
      group = input.groupId ? mine.find((g) => g.id === input.groupId) : mine[0];
      if (!group) throw forbidden({ zh: '只有监督该项目的小组成员才能记录', en: 'Only members of a group watching this project may record' });
    } else {
      group = covering.find((g) => g.id === input.groupId);
      if (!group) throw refuse([problem('group_required', '请指定监督该项目的小组', 'Name a group that watches this project', 'groupId')]);
    }
    const problems = occurredOnProblems(input.occurredOn, chinaDate(now), p.startedOn);
    if (problems.length) throw refuse(problems);
    const item = await insertItem(tx, {
      congressId: p.congressId,
      cycleId: p.cycleId,
      projectId: p.id,
      groupId: group.id,
      kind: input.kind,
      occurredOn: input.occurredOn,
      text: input.text,
      deputyId: asMember ? actor.deputyId : null,
      recordedBy: actor.accountId,
      recordedAt: now,
    });
    await appendEntry(
      tx,
      cycle.ledgerId,
      'supervision.recorded',
      {
        itemId: item.id,
        projectId: p.id,
        groupId: group.id,
        kind: item.kind,
        occurredOn: item.occurredOn,
        deputyId: item.deputyId,
        textHash: contentDigest({ text: item.text }),
        by: actor.accountId,
      },
      now,
    );
    return describeItem(item, new Map([[group.id, group.name]]), await deputyNames(tx, p.congressId, item.deputyId ? [item.deputyId] : []));
  });
}

/** The responsible department answers an item, once. */
export async function answerItem(db: Db, actor: Actor, itemId: string, input: { text: string }, now: Date) {
  return db.transaction(async (tx) => {
    const unlocked = await findItem(tx, actor.congressId, itemId);
    if (!unlocked) throw notFound({ zh: '未找到该监督事项', en: 'Supervision item not found' });
    // The project first, as everywhere, then the item.
    const { p, cycle } = await lockProjectFor(tx, actor, unlocked.projectId);
    assertResponsible(actor, p);
    const found = (await lockItem(tx, actor.congressId, itemId))!;
    if (found.answeredAt) throw conflict({ zh: '该事项已经答复', en: 'This item has been answered already' });
    const item = await updateItem(tx, found.id, { answerText: input.text, answeredBy: actor.accountId, answeredAt: now });
    await appendEntry(
      tx,
      cycle.ledgerId,
      'supervision.answered',
      {
        itemId: item.id,
        projectId: p.id,
        textHash: contentDigest({ text: input.text }),
        by: actor.accountId,
      },
      now,
    );
    const groups = await groupsOfCycle(tx, cycle.id);
    return describeItem(item, new Map(groups.map((g) => [g.id, g.name])), await deputyNames(tx, p.congressId, item.deputyId ? [item.deputyId] : []));
  });
}

/** Items the caller may see: a department's on its projects, a deputy's groups', all for staff. */
export async function listItems(db: Db, actor: Actor, f: { cycleId?: string; projectId?: string; unanswered?: boolean }) {
  // Scope: a department sees the items on its own projects; a deputy, across projects, those of the groups they sit in.
  const scope = scopeOf(actor, 'supervision.read');
  let projectIds: string[] | undefined;
  if (f.projectId) {
    const p = await findProject(db, actor.congressId, f.projectId);
    if (!p) throw projectNotFound();
    assertMayRead(actor, p);
    projectIds = [p.id];
  } else if (scope === 'department') {
    projectIds = actor.departmentId
      ? (await listProjectsWhere(db, { congressId: actor.congressId, cycleId: f.cycleId, departmentId: actor.departmentId })).map((p) => p.id)
      : [];
  }
  let rows = await listItemsWhere(db, { congressId: actor.congressId, cycleId: f.cycleId, unanswered: f.unanswered, projectIds });
  if (scope === 'deputy' && !f.projectId) {
    const mine = new Set(actor.deputyId ? await groupIdsOfDeputy(db, actor.deputyId) : []);
    rows = rows.filter((i) => mine.has(i.groupId));
  }
  const cycleIds = [...new Set(rows.map((r) => r.cycleId))];
  const groupNames = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const cid of cycleIds) {
    for (const g of await groupsOfCycle(db, cid)) groupNames.set(g.id, g.name);
    for (const p of await listProjectsOfCycle(db, cid)) titles.set(p.id, p.title);
  }
  const names = await deputyNames(
    db,
    actor.congressId,
    rows.flatMap((r) => (r.deputyId ? [r.deputyId] : [])),
  );
  return { items: rows.map((r) => describeItem(r, groupNames, names, titles)), unanswered: rows.filter((r) => !r.answeredAt).length };
}
