// Major changes (调整、暂缓、恢复、终止): the responsible department requests one with its reasons;
// the secretariat records the standing committee's decision (date and 文号). Only an approved
// decision changes the project — in the same transaction, with its ledger entry — and it is
// published as a notice.
import type { Db } from '../../db/client';
import { appendEntry } from '../core/ledger/ledger.repository';
import { conflict, notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { chinaDate } from '../core/domain/china-date';
import { refuse } from '../core/refuse';
import { assertMayRead, assertResponsible, lockProjectFor, projectNotFound } from './access';
import {
  applyDecision,
  changeProblems,
  decisionDateProblems,
  type Adjustment,
  type ChangeKind,
  type DecisionOutcome,
  type ProjectTerms,
} from './domain/changes';
import { describeChange, projectView } from './project-view';
import { findProject, listProjectsWhere, loadFacts, updateProject, type ProjectRow } from './projects.repository';
import { changesOf, findChange, insertChange, listChangesWhere, updateChange } from './changes.repository';
import { findCycle } from '../cycle/cycles.repository';
import { departmentFilter } from '../core/access/permissions';

const changeNotFound = () => notFound({ zh: '未找到该变更申请', en: 'Change request not found' });

const termsOf = (p: ProjectRow): ProjectTerms => ({
  content: p.content,
  location: p.location,
  targets: p.targets,
  budgetYuan: p.budgetYuan,
  funding: p.funding,
  deadline: p.deadline,
});

/** Only the values an adjustment names; funding notes normalised as stored. */
function adjustmentOf(input?: Adjustment): Adjustment {
  const out: Adjustment = {};
  for (const [k, v] of Object.entries(input ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  if (out.funding) out.funding = out.funding.map((f) => ({ source: f.source, amountYuan: f.amountYuan, note: f.note ?? null }));
  return out;
}

export interface ChangeInput {
  kind: ChangeKind;
  reason: string;
  adjust?: Adjustment;
}

export async function requestChange(db: Db, actor: Actor, projectId: string, input: ChangeInput, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProjectFor(tx, actor, projectId);
    assertResponsible(actor, p);
    const existing = await changesOf(tx, [p.id]);
    if (existing.some((c) => c.status === 'pending')) {
      throw conflict({ zh: '该项目已有一项变更申请待常委会决定', en: 'A change request of this project awaits its decision' });
    }
    const facts = (await loadFacts(tx, [p])).get(p.id)!;
    const v = projectView(p, facts, now);
    const adj = input.kind === 'adjust' ? adjustmentOf(input.adjust) : {};
    const problems = changeProblems(input.kind, adj, termsOf(p), {
      state: p.state,
      completed: v.completedOn !== null,
      disbursedYuan: v.progress.disbursedYuan,
      today: v.today,
      cycleYear: cycle.year,
    });
    if (problems.length) throw refuse(problems);
    const row = await insertChange(tx, {
      congressId: p.congressId,
      cycleId: p.cycleId,
      projectId: p.id,
      kind: input.kind,
      proposed: adj,
      reason: input.reason,
      requestedBy: actor.accountId,
      requestedAt: now,
    });
    await appendEntry(
      tx,
      cycle.ledgerId,
      'change.requested',
      {
        changeId: row.id,
        projectId: p.id,
        kind: row.kind,
        proposed: adj,
        reason: row.reason,
        by: actor.accountId,
      },
      now,
    );
    return describeChange(row, new Map([[p.id, p.title]]));
  });
}

export async function withdrawChange(db: Db, actor: Actor, changeId: string, now: Date) {
  return db.transaction(async (tx) => {
    const found = await findChange(tx, actor.congressId, changeId);
    if (!found) throw changeNotFound();
    const { p, cycle } = await lockProjectFor(tx, actor, found.projectId);
    assertResponsible(actor, p);
    const c = (await findChange(tx, actor.congressId, changeId))!;
    if (c.status !== 'pending')
      throw conflict({ zh: '该申请已有结果，不能撤回', en: 'This request has been decided or withdrawn already' }, { status: c.status });
    const row = await updateChange(tx, c.id, { status: 'withdrawn', decidedAt: now });
    await appendEntry(tx, cycle.ledgerId, 'change.withdrawn', { changeId: c.id, projectId: p.id, by: actor.accountId }, now);
    return describeChange(row, new Map([[p.id, p.title]]));
  });
}

export interface DecisionInput {
  outcome: DecisionOutcome;
  decidedOn: string;
  decisionNumber: string;
  note?: string | null;
}

/**
 * The secretariat records the standing committee's decision. An approval is checked again
 * against the project as it is now (funds disbursed meanwhile, a suspension since …), then applied.
 */
export async function decideChange(db: Db, actor: Actor, changeId: string, input: DecisionInput, now: Date) {
  return db.transaction(async (tx) => {
    const found = await findChange(tx, actor.congressId, changeId);
    if (!found) throw changeNotFound();
    const { p, cycle } = await lockProjectFor(tx, actor, found.projectId);
    const c = (await findChange(tx, actor.congressId, changeId))!;
    if (c.status !== 'pending')
      throw conflict({ zh: '该申请已有结果', en: 'This request has been decided or withdrawn already' }, { status: c.status });
    const today = chinaDate(now);
    const dateProblems = decisionDateProblems(input.decidedOn, chinaDate(c.requestedAt), today);
    if (dateProblems.length) throw refuse(dateProblems);
    let changed = {};
    if (input.outcome === 'approved') {
      const facts = (await loadFacts(tx, [p])).get(p.id)!;
      const v = projectView(p, facts, now);
      // The new deadline was checked when requested; a decision taken after it has passed still stands.
      const problems = changeProblems(c.kind, c.proposed, termsOf(p), {
        state: p.state,
        completed: v.completedOn !== null,
        disbursedYuan: v.progress.disbursedYuan,
        today,
        cycleYear: cycle.year,
      }).filter((x) => x.code !== 'deadline_past');
      if (problems.length) throw refuse(problems);
      const effect = applyDecision(c.kind, c.proposed, termsOf(p), p.state);
      await updateProject(tx, p.id, { ...effect.set, updatedAt: now });
      changed = effect.changed;
    }
    const row = await updateChange(tx, c.id, {
      status: input.outcome,
      decidedOn: input.decidedOn,
      decisionNumber: input.decisionNumber,
      decisionNote: input.note ?? null,
      changed: input.outcome === 'approved' ? changed : null,
      decidedBy: actor.accountId,
      decidedAt: now,
    });
    await appendEntry(
      tx,
      cycle.ledgerId,
      'change.decided',
      {
        changeId: c.id,
        projectId: p.id,
        kind: c.kind,
        outcome: input.outcome,
        decidedOn: input.decidedOn,
        decisionNumber: input.decisionNumber,
        note: input.note ?? null,
        changed,
        by: actor.accountId,
      },
      now,
    );
    return describeChange(row, new Map([[p.id, p.title]]));
  });
}

/** Requests the caller may see (a department: on its projects), newest first. */
export async function listChanges(
  db: Db,
  actor: Actor,
  f: { cycleId?: string; projectId?: string; status?: 'pending' | 'approved' | 'rejected' | 'withdrawn' },
) {
  if (f.cycleId && !(await findCycle(db, actor.congressId, f.cycleId))) throw notFound({ zh: '未找到该年度项目', en: 'Cycle not found' });
  let projects: ProjectRow[];
  if (f.projectId) {
    const p = await findProject(db, actor.congressId, f.projectId);
    if (!p) throw projectNotFound();
    assertMayRead(actor, p);
    projects = [p];
  } else {
    // Scope: a department lists only its own projects' changes.
    const departmentId = departmentFilter(actor, 'change.read');
    projects = departmentId === null ? [] : await listProjectsWhere(db, { congressId: actor.congressId, cycleId: f.cycleId, departmentId });
  }
  const rows = await listChangesWhere(db, {
    congressId: actor.congressId,
    cycleId: f.cycleId,
    status: f.status,
    projectIds: projects.map((p) => p.id),
  });
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  return { changes: rows.map((r) => describeChange(r, titles)), pending: rows.filter((r) => r.status === 'pending').length };
}
