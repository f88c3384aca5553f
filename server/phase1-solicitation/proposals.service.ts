// Proposals (项目建议) from departments and deputies: drafts edited by their owner until
// submitted, submission within the solicitation window, edits after a return for revision, and
// secretariat corrections (ledgered). Drafts are private work and not ledgered; submission is.
import type { Db, Executor, Tx } from '../../db/client';
import type { proposals } from '../../db/schema';
import { findDepartment, findDeputy } from '../core/roster/roster.repository';
import { forbidden, notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { problem, type Problem } from '../core/domain/problems';
import { categoryProblem, materialsDigest, MATERIAL_FIELDS, proposalCode, submissionProblems } from './domain/proposal-rules';
import { newSubmissionProblem, notSoliciting } from '../cycle/domain/solicitation-window';
import { appendCycleEntry, updateCycle, type CycleRow } from '../cycle/cycles.repository';
import { assertScreeningOpen, cycleNotFound, lockCycleOf, requireCycle } from '../cycle/cycles.service';
import type { ProposalInput } from './inputs';
import { describeProposal, describeProposalItem, materialsOf, type DescribeContext, type ProposalView } from './proposals.describe';
import {
  coProposersOf,
  departmentNames,
  deleteProposal,
  deputyNames,
  facetCounts,
  findProposal,
  insertProposal,
  listMergedInto,
  lockProposal,
  searchProposals,
  setCoProposers,
  updateProposal,
  type ProposalFilters,
  type ProposalRow,
  type ProposalScope,
} from './proposals.repository';
import { refuse } from '../core/refuse';
import { suggestionsOfProposal } from './suggestions.repository';
import { can, reachOf, scopeOf } from '../core/access/permissions';

export const proposalNotFound = () => notFound({ zh: '未找到该项目建议', en: 'Proposal not found' });
const notYours = () => forbidden({ zh: '只能修改本单位（本人）提出的项目建议', en: 'You may only change your own proposals' });

/** What the caller may do with a proposal: manage (secretariat), own (edit and submit), read, or nothing. */
export function accessOf(actor: Actor, p: ProposalRow, coProposers: readonly string[], listFixed: boolean): ProposalView | null {
  if (can(actor, 'proposal.manage')) return 'manage';
  // Scope checks: a department's or deputy's own proposals, the ones it answers for or co-signed.
  const reach = reachOf(actor, 'proposal.read');
  if (reach?.kind === 'department') {
    if (p.proposerDepartmentId === reach.departmentId) return 'own';
    if (p.departmentId === reach.departmentId && p.status !== 'draft') return 'read';
  }
  if (reach?.kind === 'deputy') {
    if (p.proposerDeputyId === reach.deputyId) return 'own';
    if (coProposers.includes(reach.deputyId)) return 'read';
  }
  if (reach?.kind === 'submitted' && p.status !== 'draft') return 'read';
  // The fixed list goes to everyone with an account, with full materials (审议).
  if (listFixed && p.status === 'shortlisted') return 'read';
  return null;
}

/** Names and co-proposers for describing `rows`. */
export async function describeContext(ex: Executor, cycle: CycleRow, rows: readonly ProposalRow[]): Promise<DescribeContext> {
  const coProposers = await coProposersOf(
    ex,
    rows.map((r) => r.id),
  );
  const deputyIds = rows.flatMap((r) => (r.proposerDeputyId ? [r.proposerDeputyId, ...(coProposers.get(r.id) ?? [])] : []));
  return {
    year: cycle.year,
    listFixed: cycle.listFixedAt !== null,
    departments: await departmentNames(ex, cycle.congressId),
    deputies: await deputyNames(ex, cycle.congressId, deputyIds),
    coProposers,
  };
}

/** The full record as `view` sees it, with its links. */
export async function describeFull(ex: Executor, cycle: CycleRow, p: ProposalRow, view: ProposalView) {
  const ctx = await describeContext(ex, cycle, [p]);
  const mergedInto = p.mergedIntoId ? await findProposal(ex, cycle.congressId, p.mergedIntoId) : null;
  const suggestions =
    view === 'manage'
      ? (await suggestionsOfProposal(ex, p.id)).map((s) => ({
          id: s.id,
          trackingCode: s.trackingCode,
          channel: s.channel,
          title: s.title,
          status: s.status,
        }))
      : [];
  return describeProposal(p, ctx, view, { mergedInto, mergedFrom: await listMergedInto(ex, p.id), suggestions });
}

/** Locks the proposal's cycle, then the proposal (always in that order, so concurrent changes cannot deadlock). */
export async function lockProposalAndCycle(tx: Tx, actor: Actor, id: string): Promise<{ p: ProposalRow; cycle: CycleRow }> {
  const found = await findProposal(tx, actor.congressId, id);
  if (!found) throw proposalNotFound();
  const cycle = await lockCycleOf(tx, actor, found.cycleId);
  const p = await lockProposal(tx, actor.congressId, id);
  if (!p) throw proposalNotFound();
  return { p, cycle };
}

/** 责任单位 must be an active department of the caller's congress. */
export async function departmentProblems(ex: Executor, congressId: string, departmentId: string): Promise<Problem[]> {
  const d = await findDepartment(ex, congressId, departmentId);
  return d?.active
    ? []
    : [
        problem(
          'department_unknown',
          '责任单位须为本级一个有效部门',
          'The responsible department must be an active department of this congress',
          'departmentId',
        ),
      ];
}

/** Category, 责任单位 and co-proposers must exist in this cycle and congress. */
async function referenceProblems(tx: Tx, actor: Actor, cycle: CycleRow, input: ProposalInput, leadDeputyId: string | null): Promise<Problem[]> {
  const out: Problem[] = [];
  if (input.category && !cycle.categories.includes(input.category)) out.push(categoryProblem(input.category));
  if (input.departmentId) out.push(...(await departmentProblems(tx, actor.congressId, input.departmentId)));
  if (input.coProposerDeputyIds?.length) {
    if (!leadDeputyId) {
      out.push(problem('joint_deputies_only', '只有代表提出的项目建议可以联名', 'Only deputies propose jointly', 'coProposerDeputyIds'));
    } else {
      const ids = input.coProposerDeputyIds;
      if (new Set(ids).size !== ids.length || ids.includes(leadDeputyId)) {
        out.push(
          problem(
            'joint_duplicate',
            '联名代表有重复（或包含领衔代表本人）',
            'Co-proposers repeat (or include the lead deputy)',
            'coProposerDeputyIds',
          ),
        );
      }
      for (const did of new Set(ids)) {
        const d = await findDeputy(tx, actor.congressId, did);
        if (!d || d.status !== 'active') {
          out.push(
            problem('joint_unknown', '联名代表须为本级在册代表', 'Co-proposers must be active deputies of this congress', 'coProposerDeputyIds'),
          );
          break;
        }
      }
    }
  }
  return out;
}

/** The columns an input sets (undefined = unchanged). */
function materialSet(input: ProposalInput) {
  const set: Partial<typeof proposals.$inferInsert> = {};
  for (const k of [...MATERIAL_FIELDS, 'contactName', 'contactPhone'] as const) {
    if (input[k] !== undefined) (set as Record<string, unknown>)[k] = input[k];
  }
  if (input.funding) set.funding = input.funding.map((f) => ({ source: f.source, amountYuan: f.amountYuan, note: f.note ?? null }));
  return set;
}

export async function createProposal(db: Db, actor: Actor, cycleId: string, input: ProposalInput & { title: string; submit?: boolean }, now: Date) {
  return db.transaction(async (tx) => {
    const cycle = await lockCycleOf(tx, actor, cycleId);
    // Drafts may be prepared before the window opens, but not once solicitation is over.
    if (cycle.phase !== 'solicitation') throw refuse([notSoliciting()]);
    // Whom the proposal comes from: the deputy (联名, as lead) or the department proposing it.
    const proposer = scopeOf(actor, 'proposal.propose');
    const leadDeputyId = proposer === 'deputy' ? actor.deputyId : null;
    // A department's proposal names itself as 责任单位 unless it says otherwise.
    const departmentId = input.departmentId !== undefined ? input.departmentId : proposer === 'department' ? actor.departmentId : null;
    const problems = await referenceProblems(tx, actor, cycle, { ...input, departmentId }, leadDeputyId);
    if (problems.length) throw refuse(problems);
    let p = await insertProposal(tx, {
      congressId: actor.congressId,
      cycleId: cycle.id,
      status: 'draft',
      channel: proposer === 'deputy' ? 'deputy' : 'department',
      proposerDepartmentId: proposer === 'department' ? actor.departmentId : null,
      proposerDeputyId: leadDeputyId,
      createdBy: actor.accountId,
      ...materialSet(input),
      title: input.title,
      departmentId,
      createdAt: now,
      updatedAt: now,
    });
    if (input.coProposerDeputyIds?.length) await setCoProposers(tx, p.id, input.coProposerDeputyIds);
    if (input.submit) p = await submitLocked(tx, actor, cycle, p, now);
    return describeFull(tx, cycle, p, 'own');
  });
}

export async function updateProposalMaterials(db: Db, actor: Actor, id: string, input: ProposalInput, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProposalAndCycle(tx, actor, id);
    const co = (await coProposersOf(tx, [p.id])).get(p.id) ?? [];
    const access = accessOf(actor, p, co, cycle.listFixedAt !== null);
    if (access === null || access === 'read') throw notYours();
    assertScreeningOpen(cycle);
    if (access === 'own' && p.status !== 'draft' && p.status !== 'returned') {
      throw refuse([
        problem(
          'already_submitted',
          '项目建议已提交，不能再修改；如需修改请联系人大常委会办公室',
          'The proposal is submitted and can no longer be edited; ask the secretariat',
        ),
      ]);
    }
    if (access === 'manage') {
      if (p.status === 'draft' || p.status === 'merged') {
        throw refuse([
          problem('not_editable', '草稿由提出单位编辑；已合并的项目建议不能修改', 'Drafts belong to their proposer; merged proposals cannot change'),
        ]);
      }
      if (p.status === 'shortlisted' && cycle.listFixedAt) {
        throw refuse([problem('list_fixed', '候选项目名单已确定，须先解除锁定才能修改其材料', 'The candidate list is fixed; unlock it first')]);
      }
    }
    const problems = await referenceProblems(tx, actor, cycle, input, p.proposerDeputyId);
    if (problems.length) throw refuse(problems);
    const set = materialSet(input);
    const row = await updateProposal(tx, p.id, { ...set, updatedAt: now });
    if (input.coProposerDeputyIds !== undefined) await setCoProposers(tx, p.id, input.coProposerDeputyIds);
    if (access === 'manage') {
      // A submitted proposal stays complete; the secretariat's correction is ledgered.
      const after = submissionProblems(
        { ...materialsOf(row), contactName: row.contactName, contactPhone: row.contactPhone },
        submissionContext(cycle, row),
      );
      if (after.length) throw refuse(after);
      const changed = Object.keys(set)
        .filter((k) => JSON.stringify((set as Record<string, unknown>)[k]) !== JSON.stringify((p as Record<string, unknown>)[k]))
        .sort();
      if (changed.length) {
        await appendCycleEntry(
          tx,
          cycle,
          'proposal.updated',
          {
            proposalId: p.id,
            code: proposalCode(cycle.year, p.number),
            changed,
            ...(changed.includes('title') ? { title: row.title } : {}),
            ...(changed.includes('estimateYuan') ? { estimateYuan: row.estimateYuan } : {}),
            materialsHash: materialsDigest(materialsOf(row)),
            by: actor.accountId,
          },
          now,
        );
      }
    }
    return describeFull(tx, cycle, row, access);
  });
}

function submissionContext(cycle: CycleRow, p: ProposalRow) {
  // Deputies may leave 责任单位 and contact to the secretariat; everyone else gives them.
  const fromDeputy = p.channel === 'deputy';
  return { cycleYear: cycle.year, categories: cycle.categories, requireDepartment: !fromDeputy, requireContact: !fromDeputy };
}

/** Submits (or resubmits) under the cycle lock the caller holds. */
async function submitLocked(tx: Tx, actor: Actor, cycle: CycleRow, p: ProposalRow, now: Date): Promise<ProposalRow> {
  if (p.status !== 'draft' && p.status !== 'returned') {
    throw refuse([problem('already_submitted', '该项目建议已经提交', 'The proposal is already submitted')]);
  }
  // The window binds new proposals. A returned one, or one handed over from a public suggestion
  // (itself received within the window), may come back until the list goes to the vote.
  const fresh = p.status === 'draft' && !p.suggestionId;
  if (fresh) {
    const late = newSubmissionProblem(now, cycle);
    if (late) throw refuse([late], { opensOn: cycle.opensOn, closesOn: cycle.closesOn });
  } else {
    assertScreeningOpen(cycle);
  }
  const problems = submissionProblems({ ...materialsOf(p), contactName: p.contactName, contactPhone: p.contactPhone }, submissionContext(cycle, p));
  if (problems.length) throw refuse(problems);
  let number = p.number;
  if (number === null) {
    number = cycle.nextNumber;
    cycle.nextNumber += 1;
    await updateCycle(tx, cycle.id, { nextNumber: cycle.nextNumber });
  }
  const row = await updateProposal(tx, p.id, { status: 'submitted', number, submittedAt: now, feedback: null, updatedAt: now });
  const co = (await coProposersOf(tx, [p.id])).get(p.id) ?? [];
  await appendCycleEntry(
    tx,
    cycle,
    'proposal.submitted',
    {
      proposalId: p.id,
      code: proposalCode(cycle.year, number),
      channel: p.channel,
      proposer: p.proposerDeputyId ? { deputyIds: [p.proposerDeputyId, ...co] } : { departmentId: p.proposerDepartmentId },
      suggestionId: p.suggestionId,
      resubmission: p.status === 'returned',
      title: row.title,
      category: row.category,
      departmentId: row.departmentId,
      estimateYuan: row.estimateYuan,
      materialsHash: materialsDigest(materialsOf(row)),
      by: actor.accountId,
    },
    now,
  );
  return row;
}

export async function submitProposal(db: Db, actor: Actor, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProposalAndCycle(tx, actor, id);
    const co = (await coProposersOf(tx, [p.id])).get(p.id) ?? [];
    if (accessOf(actor, p, co, cycle.listFixedAt !== null) !== 'own') throw notYours();
    return describeFull(tx, cycle, await submitLocked(tx, actor, cycle, p, now), 'own');
  });
}

/** Only a draft of one's own, never submitted and not handed over from a public suggestion. */
export async function deleteDraft(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProposalAndCycle(tx, actor, id);
    const co = (await coProposersOf(tx, [p.id])).get(p.id) ?? [];
    if (accessOf(actor, p, co, cycle.listFixedAt !== null) !== 'own') throw notYours();
    if (p.status !== 'draft' || p.number !== null)
      throw refuse([problem('not_a_draft', '只能删除未提交过的草稿', 'Only a never-submitted draft can be deleted')]);
    if (p.suggestionId)
      throw refuse([
        problem(
          'from_suggestion',
          '由群众建议转来的项目不能删除，请完善后提交',
          'A proposal handed over from a public suggestion cannot be deleted; complete and submit it',
        ),
      ]);
    await deleteProposal(tx, p.id);
  });
}

export async function readProposal(db: Db, actor: Actor, id: string) {
  const p = await findProposal(db, actor.congressId, id);
  if (!p) throw proposalNotFound();
  const cycle = await requireCycle(db, actor, p.cycleId);
  const co = (await coProposersOf(db, [p.id])).get(p.id) ?? [];
  const view = accessOf(actor, p, co, cycle.listFixedAt !== null);
  if (!view) throw forbidden({ zh: '无权查看该项目建议', en: 'You may not see this proposal' });
  return describeFull(db, cycle, p, view);
}

/** The proposals a listing reaches ('proposal.read'), in the repository's terms. */
function listingScope(actor: Actor): ProposalScope | null {
  const reach = reachOf(actor, 'proposal.read');
  return reach?.kind === 'submitted' ? { kind: 'not-drafts' } : reach;
}

/** The queue (secretariat, scrutineers) or one's own proposals (departments, deputies), with facet counts. */
export async function listProposals(db: Db, actor: Actor, cycleId: string, f: ProposalFilters, page: { page: number; pageSize: number }) {
  const cycle = await requireCycle(db, actor, cycleId);
  const scope = listingScope(actor);
  if (!scope) throw cycleNotFound();
  const { total, rows } = await searchProposals(db, cycle.id, scope, f, page);
  const ctx = await describeContext(db, cycle, rows);
  return {
    total,
    page: page.page,
    pageSize: page.pageSize,
    counts: await facetCounts(db, cycle.id, scope, f),
    proposals: rows.map((r) => describeProposalItem(r, ctx)),
  };
}
