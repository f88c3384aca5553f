// Projects (民生实事项目) from the certified ballot: created when the cycle moves to implementation,
// then planned by their departments and put on a reporting cadence by the secretariat. Reading
// them: lists with status and flags, and the full record of one.
import type { Db, Executor, Tx } from '../../db/client';
import { appendEntries } from '../core/ledger/ledger.repository';
import { notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { problem } from '../core/domain/problems';
import { contentDigest, departmentNames, findProposals, materialsDigest, materialsOf, proposalCode } from '../phase1-solicitation';
import { chinaDate } from '../core/domain/china-date';
import { findCycle, type CycleRow } from '../cycle/cycles.repository';
import { refuse } from '../core/refuse';
import { cycleBallotFacts, listBallots, type BallotRow, type TalliedData } from '../phase2-balloting';
import { assertCycleOpen, lockProjectFor, notYourProject, requireProject } from './access';
import { planProblems } from './domain/plan';
import { initialSchedule, sameSchedule, withCadence, type Cadence } from './domain/reporting-periods';
import { filterProjects, projectFacets, type ProjectFilter } from './project-filters';
import { projectRecord } from './project-record';
import { describeProjectItem, projectView } from './project-view';
import {
  insertProjects,
  listProjectsOfCycle,
  listProjectsWhere,
  loadFacts,
  lockProject,
  replaceMilestones,
  updateProject,
  type ProjectRow,
} from './projects.repository';
import { groupIdsOfDeputy, groupsOfCycle } from './supervision.repository';
import { groupCovers } from './domain/supervision';
import { can, covers, departmentFilter, reachOf } from '../core/access/permissions';

const cycleNotFound = () => notFound({ zh: '未找到该年度项目', en: 'Cycle not found' });

/**
 * For the evaluation ballot (phase 4): a cycle's projects with id, title, 责任单位 and status,
 * in selection order. Status depends on the day; pass deps.clock().
 */
export async function listCycleProjects(ex: Executor, congressId: string, cycleId: string, now: Date = new Date()) {
  const rows = (await listProjectsOfCycle(ex, cycleId)).filter((p) => p.congressId === congressId);
  const facts = await loadFacts(ex, rows);
  const names = await departmentNames(ex, congressId);
  return rows.map((p) => {
    const v = projectView(p, facts.get(p.id)!, now);
    return {
      id: p.id,
      title: p.title,
      code: p.code,
      rank: p.rank,
      category: p.category,
      departmentId: p.departmentId,
      departmentName: names.get(p.departmentId) ?? null,
      status: v.status,
    };
  });
}

/**
 * Called by the phase move balloting → implementation, in its transaction: one project per
 * selected proposal, in selection order, with the proposal's terms and the vote that chose it.
 * Each goes into the cycle's public ledger (no contact data: it never leaves the proposal).
 */
export async function createCycleProjects(tx: Tx, actor: Actor, cycle: CycleRow, now: Date): Promise<ProjectRow[]> {
  const facts = await cycleBallotFacts(tx, cycle.congressId, cycle.id);
  // Which certified ballot selected each proposal (a runoff selects those tied in the main ballot).
  const decidedBy = new Map<string, BallotRow>();
  const inChain = new Set(facts.chain);
  const certified = (await listBallots(tx, cycle.congressId, cycle.id)).filter((b) => b.state === 'certified' && inChain.has(b.id)).reverse();
  for (const b of certified) for (const id of (b.result as TalliedData).selected) decidedBy.set(id, b);
  const proposals = new Map((await findProposals(tx, cycle.congressId, facts.selected)).map((p) => [p.id, p]));
  const startedOn = chinaDate(now);
  const rows = facts.selected.map((proposalId, i) => {
    const p = proposals.get(proposalId);
    const ballot = decidedBy.get(proposalId);
    if (!p || !ballot || !p.category || !p.content || !p.departmentId || p.estimateYuan === null || !p.deadline) {
      throw new Error(`selected proposal ${proposalId} lacks its materials or its ballot`);
    }
    const result = ballot.result as TalliedData;
    const counts = result.perCandidate[proposalId] ?? { for: 0, against: 0, abstain: 0 };
    return {
      congressId: cycle.congressId,
      cycleId: cycle.id,
      proposalId,
      code: proposalCode(cycle.year, p.number),
      rank: i + 1,
      ballotId: ballot.id,
      votesFor: counts.for,
      votesAgainst: counts.against,
      votesAbstain: counts.abstain,
      ballotRank: result.ranking.find((r) => r.id === proposalId)?.rank ?? i + 1,
      title: p.title,
      category: p.category,
      content: p.content,
      location: p.location,
      departmentId: p.departmentId,
      budgetYuan: p.estimateYuan,
      funding: p.funding,
      deadline: p.deadline,
      annualGoals: p.milestones,
      targets: p.targets,
      originalBudgetYuan: p.estimateYuan,
      originalDeadline: p.deadline,
      startedOn,
      schedule: initialSchedule(startedOn),
      createdAt: now,
      updatedAt: now,
      materialsHash: materialsDigest(materialsOf(p)),
    };
  });
  const hashOf = new Map(rows.map((r) => [r.proposalId, r.materialsHash]));
  const inserted = (
    await insertProjects(
      tx,
      rows.map(({ materialsHash: _, ...r }) => r),
    )
  ).sort((a, b) => a.rank - b.rank);
  await appendEntries(
    tx,
    cycle.ledgerId,
    inserted.map((x) => ({
      kind: 'project.created',
      data: {
        projectId: x.id,
        proposalId: x.proposalId,
        code: x.code,
        rank: x.rank,
        title: x.title,
        category: x.category,
        departmentId: x.departmentId,
        budgetYuan: x.budgetYuan,
        funding: x.funding,
        deadline: x.deadline,
        targets: x.targets,
        materialsHash: hashOf.get(x.proposalId)!,
        vote: { ballotId: x.ballotId, for: x.votesFor, against: x.votesAgainst, abstain: x.votesAbstain, rank: x.ballotRank },
        startedOn,
        cadence: x.schedule[0]!.cadence,
        by: actor.accountId,
      },
    })),
    now,
  );
  return inserted;
}

export interface ListFilter extends ProjectFilter {
  cycleId?: string;
  /** Deputies: only the projects their supervision groups watch. */
  supervised?: boolean;
}

/** Projects the caller may see (a department: its own), with status, flags and counts per facet. */
export async function listProjects(db: Db, actor: Actor, f: ListFilter, now: Date) {
  // Scope: a department lists only its own projects; a deputy may narrow to the groups they sit in.
  const departmentId = departmentFilter(actor, 'project.read');
  let rows = departmentId === null ? [] : await listProjectsWhere(db, { congressId: actor.congressId, cycleId: f.cycleId, departmentId });
  const member = reachOf(actor, 'supervision.record');
  if (f.supervised && member?.kind === 'deputy') rows = await supervisedBy(db, member.deputyId, rows);
  const facts = await loadFacts(db, rows);
  const names = await departmentNames(db, actor.congressId);
  // Staff lists also carry the reporting cadence (and one set to start later), for the cadence column.
  const items = rows.map((p) => {
    const v = projectView(p, facts.get(p.id)!, now);
    return { ...describeProjectItem(p, v, names), cadence: v.cadence, pendingCadence: v.pendingCadence };
  });
  const filter: ProjectFilter = { status: f.status, category: f.category, departmentId: f.departmentId, q: f.q, flag: f.flag };
  return { total: items.length, projects: filterProjects(items, filter), counts: projectFacets(items, filter) };
}

/** The projects among `rows` that some group of this deputy watches. */
async function supervisedBy(ex: Executor, deputyId: string, rows: ProjectRow[]): Promise<ProjectRow[]> {
  const mine = new Set(await groupIdsOfDeputy(ex, deputyId));
  const groups = new Map<string, Awaited<ReturnType<typeof groupsOfCycle>>>();
  const out: ProjectRow[] = [];
  for (const p of rows) {
    if (!groups.has(p.cycleId))
      groups.set(
        p.cycleId,
        (await groupsOfCycle(ex, p.cycleId)).filter((g) => mine.has(g.id)),
      );
    if (groups.get(p.cycleId)!.some((g) => groupCovers(g, p))) out.push(p);
  }
  return out;
}

/** One project's whole record, and what the caller may do with it. */
export async function projectDetail(db: Db, actor: Actor, id: string, now: Date) {
  const p = await requireProject(db, actor, id);
  const record = await projectRecord(db, p, now);
  // Scope checks: the responsible department's own project; the groups watching it (their deputies).
  const own = covers(actor, 'project.report', p);
  const watchers = record.supervision.groups.flatMap((g) => [g.leader.deputyId, ...g.members.map((m) => m.deputyId)]);
  const open = record.cycle.phase !== 'closed';
  const live = open && p.state !== 'terminated';
  return {
    ...record,
    may: {
      report: own && live,
      plan: covers(actor, 'project.plan', p) && live && !record.project.completedOn,
      requestChange: own && live && !record.project.completedOn && !record.changes.some((c) => c.status === 'pending'),
      answer: own && open,
      supervise: open && covers(actor, 'supervision.record', { deputyIds: watchers }),
      decide: can(actor, 'change.decide') && open,
      setCadence: can(actor, 'project.setCadence') && open,
    },
  };
}

export interface PlanInput {
  summary?: string | null;
  milestones: Array<{ id?: string; name: string; dueOn: string }>;
}

/** The department (or the secretariat for it) sets the implementation plan; reported milestones stay. */
export async function setPlan(db: Db, actor: Actor, id: string, input: PlanInput, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProjectFor(tx, actor, id);
    // The secretariat plans any project; a department only its own.
    if (!covers(actor, 'project.plan', p)) throw notYourProject();
    const facts = (await loadFacts(tx, [p])).get(p.id)!;
    const v = projectView(p, facts, now);
    if (p.state === 'terminated' || v.completedOn) {
      throw refuse([
        problem('plan_closed', '项目已完成或终止，实施计划不能再改', 'The project is complete or terminated; its plan can no longer change'),
      ]);
    }
    const current = facts.milestones;
    const problems = planProblems(input.milestones, {
      startedOn: p.startedOn,
      deadline: p.deadline,
      current,
      reported: new Set(facts.reports.flatMap((r) => r.milestonesReached)),
    });
    if (problems.length) throw refuse(problems);
    const summary = input.summary === undefined ? p.planSummary : input.summary;
    const unchanged =
      summary === p.planSummary &&
      p.planSetAt !== null &&
      input.milestones.length === current.length &&
      input.milestones.every((m, i) => m.id === current[i]!.id && m.name === current[i]!.name && m.dueOn === current[i]!.dueOn);
    if (!unchanged) {
      const keep = input.milestones.flatMap((m, i) => (m.id ? [{ id: m.id, name: m.name, dueOn: m.dueOn, position: i + 1 }] : []));
      const add = input.milestones.flatMap((m, i) => (m.id ? [] : [{ name: m.name, dueOn: m.dueOn, position: i + 1 }]));
      const milestones = await replaceMilestones(tx, p.id, keep, add, now);
      await updateProject(tx, p.id, { planSummary: summary, planSetAt: now, updatedAt: now });
      await appendEntries(
        tx,
        cycle.ledgerId,
        [
          {
            kind: 'project.plan_set',
            data: {
              projectId: p.id,
              milestones: milestones.map((m) => ({ id: m.id, name: m.name, dueOn: m.dueOn })),
              summaryHash: summary ? contentDigest({ text: summary }) : null,
              by: actor.accountId,
            },
          },
        ],
        now,
      );
    }
    return (await projectRecord(tx, (await lockProject(tx, actor.congressId, p.id))!, now)).project;
  });
}

/**
 * The secretariat sets the reporting cadence of some or all of a cycle's projects. The change
 * takes effect at the next boundary of both cadences (see domain/reporting-periods.ts).
 */
export async function setCadence(db: Db, actor: Actor, cycleId: string, input: { cadence: Cadence; projectIds?: string[] }, now: Date) {
  return db.transaction(async (tx) => {
    const cycle = await findCycle(tx, actor.congressId, cycleId);
    if (!cycle) throw cycleNotFound();
    assertCycleOpen(cycle);
    const all = await listProjectsOfCycle(tx, cycle.id);
    const known = new Set(all.map((p) => p.id));
    if (input.projectIds?.some((pid) => !known.has(pid))) {
      throw refuse([problem('project_unknown', '所列项目不属于本年度', 'A project listed is not one of this cycle', 'projectIds')]);
    }
    const wanted = input.projectIds ? new Set(input.projectIds) : known;
    const today = chinaDate(now);
    const changed: Array<{ kind: string; data: Record<string, unknown> }> = [];
    // Locked in one order (by id), so two such requests cannot deadlock.
    for (const pid of [...wanted].sort()) {
      const p = (await lockProject(tx, actor.congressId, pid))!;
      const schedule = withCadence(p.schedule, input.cadence, today);
      if (sameSchedule(schedule, p.schedule)) continue;
      await updateProject(tx, p.id, { schedule, updatedAt: now });
      changed.push({ kind: 'project.cadence_set', data: { projectId: p.id, cadence: input.cadence, schedule, by: actor.accountId } });
    }
    await appendEntries(tx, cycle.ledgerId, changed, now);
    return { changed: changed.map((c) => c.data.projectId as string), cadence: input.cadence };
  });
}

/** Reports of one project, newest first (the record has them too). */
export async function projectReports(db: Db, actor: Actor, id: string, now: Date) {
  const p = await requireProject(db, actor, id);
  const record = await projectRecord(db, p, now);
  return { project: { id: p.id, title: p.title }, reporting: record.project.reporting, reports: record.reports };
}
