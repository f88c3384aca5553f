// Screening (初审) by the secretariat: internal notes on each proposal, and its outcome —
// shortlisted, rejected with a reason, merged into another, or returned for revision. Every
// outcome is a ledger entry; the notes stay internal and never enter the (public) ledger.
import type { Db } from '../../db/client';
import type { Actor } from '../core/context';
import { proposalCode } from './domain/proposal-rules';
import { OUTCOME_STATUS, screeningProblems, type ScreeningNotes, type ScreeningOutcome } from './domain/screening';
import { appendCycleEntry } from '../cycle/cycles.repository';
import { assertScreeningOpen } from '../cycle/cycles.service';
import { findProposal, updateProposal } from './proposals.repository';
import { departmentProblems, describeFull, lockProposalAndCycle } from './proposals.service';
import { refuse } from '../core/refuse';

/** Only the aspects given change; null clears one. */
function mergeNotes(current: ScreeningNotes, next: ScreeningNotes): ScreeningNotes {
  const out: ScreeningNotes = { ...current };
  for (const [k, v] of Object.entries(next) as Array<[keyof ScreeningNotes, string | null | undefined]>) {
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export async function saveScreeningNotes(db: Db, actor: Actor, id: string, notes: ScreeningNotes, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProposalAndCycle(tx, actor, id);
    assertScreeningOpen(cycle);
    const row = await updateProposal(tx, p.id, { notes: mergeNotes(p.notes, notes), updatedAt: now });
    return describeFull(tx, cycle, row, 'manage');
  });
}

export interface ScreeningInput {
  outcome: ScreeningOutcome;
  reason?: string | null;
  mergeIntoId?: string;
  departmentId?: string;
  notes?: ScreeningNotes;
}

export async function screenProposal(db: Db, actor: Actor, id: string, input: ScreeningInput, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProposalAndCycle(tx, actor, id);
    assertScreeningOpen(cycle);
    const target = input.outcome === 'merge' && input.mergeIntoId ? await findProposal(tx, actor.congressId, input.mergeIntoId) : null;
    const mergeTarget = target && target.cycleId === cycle.id ? target : null;
    const departmentId = input.outcome === 'shortlist' ? (input.departmentId ?? p.departmentId) : p.departmentId;
    const problems = screeningProblems({
      proposalId: p.id,
      from: p.status,
      outcome: input.outcome,
      reason: input.reason ?? null,
      mergeTarget,
      departmentId,
      listFixed: cycle.listFixedAt !== null,
    });
    if (input.departmentId && input.outcome === 'shortlist') problems.push(...(await departmentProblems(tx, actor.congressId, input.departmentId)));
    if (problems.length) throw refuse(problems);
    const status = OUTCOME_STATUS[input.outcome];
    const row = await updateProposal(tx, p.id, {
      status,
      feedback: input.reason ?? null,
      mergedIntoId: mergeTarget?.id ?? null,
      departmentId,
      // Joining or leaving the shortlist puts it after the ordered candidates until the list is ordered again.
      listOrder: null,
      screenedAt: now,
      updatedAt: now,
      ...(input.notes ? { notes: mergeNotes(p.notes, input.notes) } : {}),
    });
    const code = proposalCode(cycle.year, p.number);
    if (mergeTarget) {
      await appendCycleEntry(
        tx,
        cycle,
        'proposal.merged',
        {
          proposalId: p.id,
          code,
          intoProposalId: mergeTarget.id,
          intoCode: proposalCode(cycle.year, mergeTarget.number),
          reason: input.reason ?? null,
          by: actor.accountId,
        },
        now,
      );
    } else {
      await appendCycleEntry(
        tx,
        cycle,
        'proposal.screened',
        {
          proposalId: p.id,
          code,
          outcome: input.outcome,
          from: p.status,
          status,
          reason: input.reason ?? null,
          ...(input.outcome === 'shortlist' ? { departmentId } : {}),
          by: actor.accountId,
        },
        now,
      );
    }
    return describeFull(tx, cycle, row, 'manage');
  });
}
