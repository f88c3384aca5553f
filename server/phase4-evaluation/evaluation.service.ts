// Evaluation results on projects (phase 4 records them here) and rectification (整改): a project
// graded 不满意 gets a rectification order, which its department answers with a report.
import type { Db, Tx } from '../../db/client';
import { appendEntries, appendEntry } from '../core/ledger/ledger.repository';
import { conflict, notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { chinaDate } from '../core/domain/china-date';
import { findCycle } from '../cycle/cycles.repository';
import { contentDigest } from '../phase1-solicitation';
import { isEvaluationResult, type AnyTalliedData, type BallotRow, type Grade } from '../phase2-balloting';
import { departmentFilter } from '../core/access/permissions';
import {
  assertResponsible,
  describeRectification,
  evaluationsOf,
  findRectification,
  insertEvaluation,
  insertRectification,
  listProjectsWhere,
  listRectificationsWhere,
  lockProject,
  lockProjectFor,
  rectificationDueOn,
  rectificationsOf,
  updateProject,
  updateRectification,
  type RectificationStatus,
} from '../phase3-implementation';

export interface EvaluationGrade {
  projectId: string;
  grade: Grade;
  satisfactionRateText: string;
  /** The certified evaluation ballot the grade comes from. */
  ballotId: string;
}

/**
 * For the evaluation ballot (phase 4), in its transaction: writes each project's grade (history
 * kept per ballot), appends `project.evaluated` to the cycle's ledger and, for 不满意, opens a
 * rectification order unless one is still open. Recording the same grade from the same ballot
 * again changes nothing (a retry); a different grade from the same ballot is a conflict.
 */
export async function recordEvaluationGrades(tx: Tx, congressId: string, cycleId: string, grades: readonly EvaluationGrade[], now: Date) {
  const cycle = await findCycle(tx, congressId, cycleId);
  if (!cycle) throw notFound({ zh: '未找到该年度项目', en: 'Cycle not found' });
  const entries: Array<{ kind: string; data: Record<string, unknown> }> = [];
  const recorded: string[] = [];
  const ordered: string[] = [];
  // Locked in one order (by id), so two recordings cannot deadlock.
  for (const g of [...grades].sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0))) {
    const p = await lockProject(tx, congressId, g.projectId);
    if (!p || p.cycleId !== cycle.id) throw notFound({ zh: '所评项目不属于该年度', en: 'A project evaluated is not one of this cycle' });
    const previous = (await evaluationsOf(tx, [p.id])).find((e) => e.ballotId === g.ballotId);
    if (previous) {
      if (previous.grade === g.grade && previous.satisfactionRateText === g.satisfactionRateText) continue;
      throw conflict(
        { zh: '该表决对此项目的测评结果已记录且不同', en: 'This ballot already recorded a different grade for the project' },
        { projectId: p.id },
      );
    }
    const evaluation = await insertEvaluation(tx, {
      congressId,
      cycleId: cycle.id,
      projectId: p.id,
      ballotId: g.ballotId,
      grade: g.grade,
      satisfactionRateText: g.satisfactionRateText,
      recordedAt: now,
    });
    await updateProject(tx, p.id, { grade: g.grade, satisfactionRateText: g.satisfactionRateText, evaluatedAt: now, updatedAt: now });
    recorded.push(p.id);
    entries.push({
      kind: 'project.evaluated',
      data: { projectId: p.id, ballotId: g.ballotId, grade: g.grade, satisfactionRateText: g.satisfactionRateText },
    });
    if (g.grade === 'unsatisfied' && !(await rectificationsOf(tx, [p.id])).some((r) => r.status === 'open')) {
      const r = await insertRectification(tx, {
        congressId,
        cycleId: cycle.id,
        projectId: p.id,
        evaluationId: evaluation.id,
        orderedAt: now,
        dueOn: rectificationDueOn(chinaDate(now)),
      });
      ordered.push(r.id);
      entries.push({ kind: 'rectification.ordered', data: { rectificationId: r.id, projectId: p.id, ballotId: g.ballotId, dueOn: r.dueOn } });
    }
  }
  await appendEntries(tx, cycle.ledgerId, entries, now);
  return { recorded, rectifications: ordered };
}

/** The department reports how it rectified; the report is final, and the order is then answered. */
/** Registered on phase 2's certification: a certified, valid evaluation grades the projects it asked about. */
export async function gradeCertifiedEvaluation(tx: Tx, actor: Actor, ballot: BallotRow, now: Date): Promise<void> {
  const result = ballot.result as AnyTalliedData;
  if (ballot.kind !== 'evaluation' || !ballot.cycleId || !isEvaluationResult(result) || result.void) return;
  await recordEvaluationGrades(
    tx,
    actor.congressId,
    ballot.cycleId,
    Object.entries(result.perCandidate).map(([projectId, g]) => ({
      projectId,
      grade: g.grade,
      satisfactionRateText: g.satisfactionRateText,
      ballotId: ballot.id,
    })),
    now,
  );
}

export async function reportRectification(db: Db, actor: Actor, rectificationId: string, input: { text: string }, now: Date) {
  return db.transaction(async (tx) => {
    const found = await findRectification(tx, actor.congressId, rectificationId);
    if (!found) throw notFound({ zh: '未找到该整改事项', en: 'Rectification not found' });
    const { p, cycle } = await lockProjectFor(tx, actor, found.projectId);
    assertResponsible(actor, p);
    const r = (await findRectification(tx, actor.congressId, rectificationId))!;
    if (r.status !== 'open') throw conflict({ zh: '整改情况已经报送', en: 'The rectification has been reported already' });
    const row = await updateRectification(tx, r.id, { status: 'reported', reportText: input.text, reportedBy: actor.accountId, reportedAt: now });
    await updateProject(tx, p.id, { updatedAt: now });
    await appendEntry(
      tx,
      cycle.ledgerId,
      'rectification.reported',
      {
        rectificationId: r.id,
        projectId: p.id,
        textHash: contentDigest({ text: input.text }),
        by: actor.accountId,
      },
      now,
    );
    return describeRectification(row, new Map([[p.id, p.title]]));
  });
}

export async function listRectifications(db: Db, actor: Actor, f: { cycleId?: string; status?: RectificationStatus }) {
  // Scope: a department lists only its own projects' rectifications.
  const departmentId = departmentFilter(actor, 'rectification.read');
  const projects = departmentId === null ? [] : await listProjectsWhere(db, { congressId: actor.congressId, cycleId: f.cycleId, departmentId });
  const mine = new Set(projects.map((p) => p.id));
  const rows = (await listRectificationsWhere(db, { congressId: actor.congressId, cycleId: f.cycleId, status: f.status })).filter((r) =>
    mine.has(r.projectId),
  );
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  return { rectifications: rows.map((r) => describeRectification(r, titles)), open: rows.filter((r) => r.status === 'open').length };
}
