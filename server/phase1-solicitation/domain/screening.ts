// Screening outcomes (初审结论) as a small state machine over proposal and suggestion statuses,
// and what the public may learn of a suggestion's fate.
import { problem, type Problem } from '../../core/domain/problems';

export const PROPOSAL_STATUSES = ['draft', 'submitted', 'shortlisted', 'rejected', 'merged', 'returned'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '待初审', en: 'submitted' },
  shortlisted: { zh: '初审入围', en: 'shortlisted' },
  rejected: { zh: '未采纳', en: 'rejected' },
  merged: { zh: '已合并', en: 'merged' },
  returned: { zh: '退回修改', en: 'returned for revision' },
};

/** The secretariat's internal notes on one proposal: never shown outside the secretariat, never in the ledger. */
export const SCREENING_ASPECTS = ['necessity', 'feasibility', 'fiscal', 'legality', 'publicWill'] as const;
export type ScreeningAspect = (typeof SCREENING_ASPECTS)[number];
export type ScreeningNotes = Partial<Record<ScreeningAspect, string | null>>;
export const SCREENING_ASPECT_LABELS: Record<ScreeningAspect, { zh: string; en: string }> = {
  necessity: { zh: '必要性', en: 'necessity' },
  feasibility: { zh: '可行性', en: 'feasibility' },
  fiscal: { zh: '财政承受能力', en: 'fiscal capacity' },
  legality: { zh: '合法性', en: 'legality' },
  publicWill: { zh: '群众意愿', en: 'public wishes' },
};

export const SCREENING_OUTCOMES = ['shortlist', 'reject', 'merge', 'return'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

export const OUTCOME_STATUS: Record<ScreeningOutcome, ProposalStatus> = {
  shortlist: 'shortlisted',
  reject: 'rejected',
  merge: 'merged',
  return: 'returned',
};

/**
 * From which statuses each outcome may be given. An outcome can be reconsidered (a rejected
 * proposal shortlisted after all) while the list is open; a merge is final, and a draft has
 * not been submitted yet.
 */
export const OUTCOME_FROM: Record<ScreeningOutcome, readonly ProposalStatus[]> = {
  shortlist: ['submitted', 'rejected'],
  reject: ['submitted', 'shortlisted', 'returned'],
  merge: ['submitted', 'shortlisted', 'rejected', 'returned'],
  return: ['submitted', 'shortlisted', 'rejected'],
};

/** Proposals another may be merged into (or a suggestion linked to): those still in the running. */
export const MERGE_TARGET_STATUSES: readonly ProposalStatus[] = ['submitted', 'shortlisted'];

export interface ScreeningRequest {
  proposalId: string;
  from: ProposalStatus;
  outcome: ScreeningOutcome;
  reason: string | null;
  /** For a merge: the proposal it goes into, as found in the same cycle (null if not found). */
  mergeTarget?: { id: string; status: ProposalStatus } | null;
  /** 责任单位 after the outcome (shortlisting needs one). */
  departmentId: string | null;
  /** The candidate list is fixed: nothing may join or leave it. */
  listFixed: boolean;
}

export function screeningProblems(r: ScreeningRequest): Problem[] {
  const out: Problem[] = [];
  const outcomeLabel = PROPOSAL_STATUS_LABELS[OUTCOME_STATUS[r.outcome]];
  if (!OUTCOME_FROM[r.outcome].includes(r.from)) {
    const from = PROPOSAL_STATUS_LABELS[r.from];
    return [
      problem('outcome_not_allowed', `“${from.zh}”的项目建议不能作“${outcomeLabel.zh}”处理`, `A ${from.en} proposal cannot be ${outcomeLabel.en}`),
    ];
  }
  if (r.listFixed && (r.outcome === 'shortlist' || r.from === 'shortlisted')) {
    out.push(problem('list_fixed', '候选项目名单已确定，须先解除锁定', 'The candidate list is fixed; unlock it first'));
  }
  if ((r.outcome === 'reject' || r.outcome === 'return') && !r.reason?.trim()) {
    out.push(
      r.outcome === 'reject'
        ? problem('reason_required', '不予采纳须说明理由（将反馈给提出者）', 'A rejection needs a reason (the proposer reads it)', 'reason')
        : problem('reason_required', '退回修改须说明修改意见', 'Say what to revise', 'reason'),
    );
  }
  if (r.outcome === 'merge') {
    if (!r.mergeTarget) {
      out.push(
        problem(
          'merge_target_missing',
          '未找到要并入的项目建议（须为本年度的项目）',
          'The proposal to merge into is not in this cycle',
          'mergeIntoId',
        ),
      );
    } else if (r.mergeTarget.id === r.proposalId) {
      out.push(problem('merge_into_self', '不能并入自身', 'A proposal cannot be merged into itself', 'mergeIntoId'));
    } else if (!MERGE_TARGET_STATUSES.includes(r.mergeTarget.status)) {
      out.push(
        problem('merge_target_closed', '只能并入待初审或已入围的项目建议', 'Merge only into a submitted or shortlisted proposal', 'mergeIntoId'),
      );
    }
  }
  if (r.outcome === 'shortlist' && !r.departmentId) {
    out.push(problem('department_required', '入围项目须确定责任单位', 'A shortlisted proposal needs a responsible department', 'departmentId'));
  }
  return out;
}

// ---- public suggestions ---------------------------------------------------------------------

export const SUGGESTION_STATUSES = ['received', 'converted', 'rejected', 'merged'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export const SUGGESTION_CHANNELS = ['web', 'hotline', 'letter'] as const;
export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];
/** How a proposal came in: from a department or a deputy, or from the public through one of the suggestion channels. */
export const PROPOSAL_CHANNELS = ['department', 'deputy', ...SUGGESTION_CHANNELS] as const;
export type ProposalChannel = (typeof PROPOSAL_CHANNELS)[number];

export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, { zh: string; en: string }> = {
  received: { zh: '已收到，待处理', en: 'received' },
  converted: { zh: '已转为项目建议', en: 'turned into a proposal' },
  rejected: { zh: '未采纳', en: 'not adopted' },
  merged: { zh: '已并入其他项目建议', en: 'merged into a proposal' },
};

export const CHANNEL_LABELS: Record<ProposalChannel, { zh: string; en: string }> = {
  department: { zh: '部门申报', en: 'department' },
  deputy: { zh: '代表提出', en: 'deputy' },
  web: { zh: '群众网上建议', en: 'public web form' },
  hotline: { zh: '热线电话', en: 'hotline' },
  letter: { zh: '来信', en: 'letter' },
};

export const SUGGESTION_OUTCOMES = ['reject', 'merge'] as const;
export type SuggestionOutcome = (typeof SUGGESTION_OUTCOMES)[number] | 'convert';

/** A suggestion is handled once: converted, merged or rejected; a rejected one may be reconsidered. */
export function suggestionProblems(r: {
  from: SuggestionStatus;
  outcome: SuggestionOutcome;
  reason: string | null;
  /** For a merge: the proposal it joins, as found in the same cycle. */
  target?: { status: ProposalStatus } | null;
}): Problem[] {
  const open = r.outcome === 'reject' ? r.from === 'received' : r.from === 'received' || r.from === 'rejected';
  if (!open) {
    const from = SUGGESTION_STATUS_LABELS[r.from];
    return [problem('suggestion_handled', `该群众建议${from.zh}，不能再次处理`, `This suggestion is already ${from.en}`)];
  }
  if (r.outcome === 'reject' && !r.reason?.trim()) {
    return [
      problem('reason_required', '不予采纳须说明理由（建议人可凭查询码看到）', 'A rejection needs a reason (the suggester reads it)', 'reason'),
    ];
  }
  if (r.outcome === 'merge') {
    if (!r.target)
      return [problem('merge_target_missing', '未找到要并入的项目建议（须为本年度的项目）', 'The proposal is not in this cycle', 'proposalId')];
    if (!MERGE_TARGET_STATUSES.includes(r.target.status)) {
      return [
        problem('merge_target_closed', '只能并入待初审或已入围的项目建议', 'Merge only into a submitted or shortlisted proposal', 'proposalId'),
      ];
    }
  }
  return [];
}

/**
 * How the public sees a proposal: internal steps (draft, returned for revision) read as
 * "under review"; a shortlisted proposal on the fixed list is a candidate.
 */
export type PublicProposalStage = 'in_review' | 'shortlisted' | 'candidate' | 'rejected' | 'merged';

export const PUBLIC_STAGE_LABELS: Record<PublicProposalStage, { zh: string; en: string }> = {
  in_review: { zh: '审核中', en: 'under review' },
  shortlisted: { zh: '初审入围', en: 'shortlisted' },
  candidate: { zh: '已列入候选项目名单', en: 'on the candidate list' },
  rejected: { zh: '未采纳', en: 'not adopted' },
  merged: { zh: '已与其他项目合并', en: 'merged into another proposal' },
};

export function publicStage(status: ProposalStatus, listFixed: boolean): PublicProposalStage {
  switch (status) {
    case 'shortlisted':
      return listFixed ? 'candidate' : 'shortlisted';
    case 'rejected':
      return 'rejected';
    case 'merged':
      return 'merged';
    default:
      return 'in_review';
  }
}
