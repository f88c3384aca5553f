// 初定: the secretariat orders the shortlisted proposals and fixes the list, which checks the
// margin rule against the seats and locks it; an explicit, reasoned unlock reopens it.
import type { Db, Executor } from '../../db/client';
import { conflict } from '../core/errors';
import type { Actor } from '../core/context';
import { marginProblems, minimumCandidates, orderProblems } from './domain/candidate-list';
import { problem } from '../core/domain/problems';
import { appendCycleEntry, describeCycle, updateCycle, type CycleRow } from '../cycle/cycles.repository';
import { assertScreeningOpen, lockCycleOf, requireCycle } from '../cycle/cycles.service';
import { fixedCandidate, listShortlisted, setListOrder } from './candidate-list.repository';
import { describeProposal } from './proposals.describe';
import { departmentNames } from './proposals.repository';
import { describeContext } from './proposals.service';
import { refuse } from '../core/refuse';
import { can } from '../core/access/permissions';

const listIsFixed = () => refuse([problem('list_fixed', '候选项目名单已确定，须先解除锁定', 'The candidate list is fixed; unlock it first')]);

function assertScreeningPhase(cycle: CycleRow) {
  if (cycle.phase !== 'screening') {
    throw refuse([
      problem('not_screening', '只有在初审初定阶段才能确定或解除候选项目名单', 'The list is fixed or unlocked only in the screening phase'),
    ]);
  }
}

/** The list with full materials. Before it is fixed only the secretariat sees it, with the margin check. */
export async function readCandidateList(db: Db, actor: Actor, cycleId: string, now: Date) {
  return candidateListView(db, actor, await requireCycle(db, actor, cycleId), now);
}

async function candidateListView(ex: Executor, actor: Actor, cycle: CycleRow, now: Date) {
  const fixed = cycle.listFixedAt !== null;
  const manage = can(actor, 'candidateList.manage');
  const rule = { seats: cycle.seats, minMargin: cycle.minMargin, allowEqual: cycle.allowEqual };
  const base = { cycle: describeCycle(cycle, now), fixed, fixedAt: cycle.listFixedAt?.toISOString() ?? null, ...rule };
  if (!fixed && !manage) return { ...base, candidates: [] };
  const rows = await listShortlisted(ex, cycle.id);
  const ctx = await describeContext(ex, cycle, rows);
  return {
    ...base,
    ...(manage ? { minimumCandidates: minimumCandidates(rule), problems: marginProblems(rows.length, rule) } : {}),
    candidates: rows.map((p, i) => ({ order: i + 1, ...describeProposal(p, ctx, manage ? 'manage' : 'read') })),
  };
}

export async function orderCandidateList(db: Db, actor: Actor, cycleId: string, proposalIds: string[], now: Date) {
  return db.transaction(async (tx) => {
    const cycle = await lockCycleOf(tx, actor, cycleId);
    assertScreeningOpen(cycle);
    if (cycle.listFixedAt) throw listIsFixed();
    const shortlisted = (await listShortlisted(tx, cycle.id)).map((p) => p.id);
    const problems = orderProblems(shortlisted, proposalIds);
    if (problems.length) throw refuse(problems);
    await setListOrder(tx, proposalIds);
    await appendCycleEntry(tx, cycle, 'candidate_list.ordered', { cycleId: cycle.id, proposalIds, by: actor.accountId }, now);
    return candidateListView(tx, actor, cycle, now);
  });
}

export async function fixCandidateList(db: Db, actor: Actor, cycleId: string, now: Date) {
  return db.transaction(async (tx) => {
    const cycle = await lockCycleOf(tx, actor, cycleId);
    assertScreeningPhase(cycle);
    if (cycle.listFixedAt) throw conflict({ zh: '候选项目名单已经确定', en: 'The candidate list is already fixed' });
    const rows = await listShortlisted(tx, cycle.id);
    const rule = { seats: cycle.seats, minMargin: cycle.minMargin, allowEqual: cycle.allowEqual };
    const problems = marginProblems(rows.length, rule);
    if (problems.length) throw refuse(problems, { candidates: rows.length, ...rule });
    await setListOrder(
      tx,
      rows.map((p) => p.id),
    );
    const fixedCycle = await updateCycle(tx, cycle.id, { listFixedAt: now });
    const departments = await departmentNames(tx, actor.congressId);
    await appendCycleEntry(
      tx,
      cycle,
      'candidate_list.fixed',
      {
        cycleId: cycle.id,
        ...rule,
        candidates: rows.map((p, i) => fixedCandidate(p, i + 1, cycle.year, departments)),
        by: actor.accountId,
      },
      now,
    );
    return candidateListView(tx, actor, fixedCycle, now);
  });
}

export async function unlockCandidateList(db: Db, actor: Actor, cycleId: string, reason: string, now: Date) {
  return db.transaction(async (tx) => {
    const cycle = await lockCycleOf(tx, actor, cycleId);
    assertScreeningPhase(cycle);
    if (!cycle.listFixedAt) throw conflict({ zh: '候选项目名单尚未确定', en: 'The candidate list is not fixed' });
    const open = await updateCycle(tx, cycle.id, { listFixedAt: null });
    await appendCycleEntry(tx, cycle, 'candidate_list.unlocked', { cycleId: cycle.id, reason, by: actor.accountId }, now);
    return candidateListView(tx, actor, open, now);
  });
}
