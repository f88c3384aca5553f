// Data access for projects, their plans, progress reports, evaluations and rectification orders.
// No rules here: those live in domain/ and the services.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { ballots, cycles, progressReports, projectEvaluations, projectMilestones, projects, rectifications } from '../../db/schema';
import { approvedChangesOf } from './changes.repository';

export type ProjectRow = typeof projects.$inferSelect;
export type MilestoneRow = typeof projectMilestones.$inferSelect;
export type ReportRow = typeof progressReports.$inferSelect;
export type EvaluationRow = typeof projectEvaluations.$inferSelect;
export type RectificationRow = typeof rectifications.$inferSelect;

export async function findProject(ex: Executor, congressId: string, id: string): Promise<ProjectRow | undefined> {
  const [row] = await ex
    .select()
    .from(projects)
    .where(and(eq(projects.congressId, congressId), eq(projects.id, id)));
  return row;
}

/** For the public pages: the id is the key. */
export async function findProjectById(ex: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await ex.select().from(projects).where(eq(projects.id, id));
  return row;
}

/** Every change to a project takes its row lock first, so its checks still hold at commit. */
export async function lockProject(tx: Tx, congressId: string, id: string): Promise<ProjectRow | undefined> {
  const [row] = await tx
    .select()
    .from(projects)
    .where(and(eq(projects.congressId, congressId), eq(projects.id, id)))
    .for('update');
  return row;
}

export async function insertProjects(tx: Tx, rows: Array<typeof projects.$inferInsert>): Promise<ProjectRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(projects).values(rows).returning();
}

export async function updateProject(tx: Tx, id: string, set: Partial<typeof projects.$inferInsert>): Promise<ProjectRow> {
  const [row] = await tx.update(projects).set(set).where(eq(projects.id, id)).returning();
  return row!;
}

/** A cycle's projects in selection order. */
export async function listProjectsOfCycle(ex: Executor, cycleId: string): Promise<ProjectRow[]> {
  return ex.select().from(projects).where(eq(projects.cycleId, cycleId)).orderBy(asc(projects.rank));
}

export async function listProjectsWhere(ex: Executor, f: { congressId: string; cycleId?: string; departmentId?: string }): Promise<ProjectRow[]> {
  return ex
    .select()
    .from(projects)
    .where(
      and(
        eq(projects.congressId, f.congressId),
        ...(f.cycleId ? [eq(projects.cycleId, f.cycleId)] : []),
        ...(f.departmentId ? [eq(projects.departmentId, f.departmentId)] : []),
      ),
    )
    .orderBy(desc(projects.createdAt), asc(projects.rank));
}

// ---- plan ----------------------------------------------------------------------------------

export async function milestonesOf(ex: Executor, projectIds: readonly string[]): Promise<MilestoneRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .select()
    .from(projectMilestones)
    .where(inArray(projectMilestones.projectId, [...projectIds]))
    .orderBy(asc(projectMilestones.position));
}

export async function replaceMilestones(
  tx: Tx,
  projectId: string,
  keep: ReadonlyArray<{ id: string; name: string; dueOn: string; position: number }>,
  add: ReadonlyArray<{ name: string; dueOn: string; position: number }>,
  now: Date,
): Promise<MilestoneRow[]> {
  const current = await milestonesOf(tx, [projectId]);
  const keepIds = new Set(keep.map((m) => m.id));
  const gone = current.filter((m) => !keepIds.has(m.id)).map((m) => m.id);
  if (gone.length) await tx.delete(projectMilestones).where(inArray(projectMilestones.id, gone));
  for (const m of keep)
    await tx.update(projectMilestones).set({ name: m.name, dueOn: m.dueOn, position: m.position }).where(eq(projectMilestones.id, m.id));
  if (add.length) await tx.insert(projectMilestones).values(add.map((m) => ({ projectId, ...m, createdAt: now })));
  return milestonesOf(tx, [projectId]);
}

// ---- reports -------------------------------------------------------------------------------

export async function reportsOf(ex: Executor, projectIds: readonly string[]): Promise<ReportRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .select()
    .from(progressReports)
    .where(inArray(progressReports.projectId, [...projectIds]))
    .orderBy(asc(progressReports.number));
}

export async function insertReport(tx: Tx, v: typeof progressReports.$inferInsert): Promise<ReportRow> {
  const [row] = await tx.insert(progressReports).values(v).returning();
  return row!;
}

// ---- evaluation and rectification ----------------------------------------------------------

export async function evaluationsOf(ex: Executor, projectIds: readonly string[]): Promise<EvaluationRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .select()
    .from(projectEvaluations)
    .where(inArray(projectEvaluations.projectId, [...projectIds]))
    .orderBy(asc(projectEvaluations.recordedAt));
}

export async function insertEvaluation(tx: Tx, v: typeof projectEvaluations.$inferInsert): Promise<EvaluationRow> {
  const [row] = await tx.insert(projectEvaluations).values(v).returning();
  return row!;
}

export async function rectificationsOf(ex: Executor, projectIds: readonly string[]): Promise<RectificationRow[]> {
  if (projectIds.length === 0) return [];
  return ex
    .select()
    .from(rectifications)
    .where(inArray(rectifications.projectId, [...projectIds]))
    .orderBy(asc(rectifications.orderedAt));
}

export async function listRectificationsWhere(ex: Executor, f: { congressId: string; cycleId?: string; status?: RectificationRow['status'] }) {
  return ex
    .select()
    .from(rectifications)
    .where(
      and(
        eq(rectifications.congressId, f.congressId),
        ...(f.cycleId ? [eq(rectifications.cycleId, f.cycleId)] : []),
        ...(f.status ? [eq(rectifications.status, f.status)] : []),
      ),
    )
    .orderBy(desc(rectifications.orderedAt));
}

export async function findRectification(ex: Executor, congressId: string, id: string): Promise<RectificationRow | undefined> {
  const [row] = await ex
    .select()
    .from(rectifications)
    .where(and(eq(rectifications.congressId, congressId), eq(rectifications.id, id)));
  return row;
}

export async function insertRectification(tx: Tx, v: typeof rectifications.$inferInsert): Promise<RectificationRow> {
  const [row] = await tx.insert(rectifications).values(v).returning();
  return row!;
}

export async function updateRectification(tx: Tx, id: string, set: Partial<typeof rectifications.$inferInsert>): Promise<RectificationRow> {
  const [row] = await tx.update(rectifications).set(set).where(eq(rectifications.id, id)).returning();
  return row!;
}

// ---- everything status depends on, for many projects at once ----------------------------------

export interface ProjectFacts {
  milestones: MilestoneRow[];
  reports: ReportRow[];
  /** Approved decisions, oldest first. */
  decisions: Awaited<ReturnType<typeof approvedChangesOf>>;
  /** When the project's cycle was closed (已结束); null while it is open. No report is asked after it. */
  cycleClosedAt: Date | null;
  /** The certified tally's ranking of the ballot that chose the project (its rank and any tie come from it). */
  ballotRanking: ReadonlyArray<{ id: string; for: number }>;
}

/** When each of these cycles was closed (absent: not closed). A closed cycle never moves again. */
async function cyclesClosedAt(ex: Executor, cycleIds: readonly string[]): Promise<Map<string, Date>> {
  if (!cycleIds.length) return new Map();
  const rows = await ex
    .select({ id: cycles.id, phase: cycles.phase, at: cycles.phaseChangedAt })
    .from(cycles)
    .where(inArray(cycles.id, [...cycleIds]));
  return new Map(rows.filter((r) => r.phase === 'closed').map((r) => [r.id, r.at]));
}

type Ranking = Array<{ id: string; for: number }>;

/** The ranking (candidate and 赞成) each of these ballots' stored tally holds; only that part of the tally is read. */
async function ballotRankings(ex: Executor, ballotIds: readonly string[]): Promise<Map<string, Ranking>> {
  if (!ballotIds.length) return new Map();
  const rows = await ex
    .select({ id: ballots.id, ranking: sql<Ranking | null>`${ballots.result}->'ranking'` })
    .from(ballots)
    .where(inArray(ballots.id, [...ballotIds]));
  return new Map(rows.map((r) => [r.id, (r.ranking ?? []).map((x) => ({ id: x.id, for: x.for }))]));
}

/** Milestones, reports, approved decisions, the cycle's closing and the vote's ranking of each project: five queries whatever the count. */
export async function loadFacts(ex: Executor, rows: readonly ProjectRow[]): Promise<Map<string, ProjectFacts>> {
  const ids = rows.map((r) => r.id);
  const [ms, rs, ds] = [await milestonesOf(ex, ids), await reportsOf(ex, ids), await approvedChangesOf(ex, ids)];
  const closed = await cyclesClosedAt(ex, [...new Set(rows.map((r) => r.cycleId))]);
  const rankings = await ballotRankings(ex, [...new Set(rows.map((r) => r.ballotId))]);
  const out = new Map<string, ProjectFacts>(
    rows.map((r) => [
      r.id,
      { milestones: [], reports: [], decisions: [], cycleClosedAt: closed.get(r.cycleId) ?? null, ballotRanking: rankings.get(r.ballotId) ?? [] },
    ]),
  );
  for (const m of ms) out.get(m.projectId)!.milestones.push(m);
  for (const r of rs) out.get(r.projectId)!.reports.push(r);
  for (const d of ds) out.get(d.projectId)!.decisions.push(d);
  return out;
}
