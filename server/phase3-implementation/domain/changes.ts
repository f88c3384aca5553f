// Major changes to a project (重大事项变更): 调整 scope, budget or deadline, 暂缓 (suspend), 恢复
// (resume) and 终止 (terminate). A department requests with reasons; only an approved decision of
// the standing committee changes the project, and exactly as computed here.
import { canonicalJson } from '../../core/domain/canonical-json';
import { isYuan } from '../../core/domain/money';
import { problem, type Problem } from '../../core/domain/problems';
import { fundingProblems, type FundingPart, type Target } from '../../phase1-solicitation/domain/proposal-rules';
import { isIsoDate, yearOf } from '../../core/domain/china-date';
import type { LifecycleState } from './project-status';

export const CHANGE_KINDS = ['adjust', 'suspend', 'resume', 'terminate'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, { zh: string; en: string }> = {
  adjust: { zh: '调整', en: 'adjustment' },
  suspend: { zh: '暂缓实施', en: 'suspension' },
  resume: { zh: '恢复实施', en: 'resumption' },
  terminate: { zh: '终止实施', en: 'termination' },
};

export const CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export const CHANGE_STATUS_LABELS: Record<ChangeStatus, { zh: string; en: string }> = {
  pending: { zh: '待常委会决定', en: 'awaiting decision' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '未批准', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

export const DECISION_OUTCOMES = ['approved', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** What an adjustment may change: the project's scope (content, place, targets), budget and deadline. */
export interface ProjectTerms {
  content: string;
  location: string | null;
  targets: Target[];
  budgetYuan: number;
  funding: FundingPart[];
  deadline: string;
}
export const ADJUSTABLE_FIELDS = ['content', 'location', 'targets', 'budgetYuan', 'funding', 'deadline'] as const;
export type Adjustment = Partial<ProjectTerms>;
/** Fields whose change alters what is to be done (and may lower the percentage complete). */
export const SCOPE_FIELDS: ReadonlyArray<keyof ProjectTerms> = ['content', 'location', 'targets', 'budgetYuan'];

export const ADJUSTABLE_LABELS: Record<keyof ProjectTerms, { zh: string; en: string }> = {
  content: { zh: '建设内容与规模', en: 'content and scale' },
  location: { zh: '建设地点', en: 'location' },
  targets: { zh: '可量化目标', en: 'measurable targets' },
  budgetYuan: { zh: '项目预算', en: 'budget' },
  funding: { zh: '资金来源', en: 'funding sources' },
  deadline: { zh: '完成时限', en: 'deadline' },
};

export type FieldChange = { from: unknown; to: unknown };

// Canonical JSON: values read back from jsonb have their keys in another order.
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The fields an adjustment really changes, with their values before and after. */
export function changedFields(terms: ProjectTerms, adj: Adjustment): Partial<Record<keyof ProjectTerms, FieldChange>> {
  const out: Partial<Record<keyof ProjectTerms, FieldChange>> = {};
  for (const k of ADJUSTABLE_FIELDS) {
    if (adj[k] !== undefined && !same(adj[k], terms[k])) out[k] = { from: terms[k], to: adj[k] };
  }
  return out;
}

export interface ChangeContext {
  state: LifecycleState;
  completed: boolean;
  disbursedYuan: number;
  today: string;
  cycleYear: number;
}

/** Why this change cannot be requested (or approved) now; empty: it can. */
export function changeProblems(kind: ChangeKind, adj: Adjustment, terms: ProjectTerms, ctx: ChangeContext): Problem[] {
  if (ctx.state === 'terminated')
    return [problem('project_terminated', '项目已终止实施，不能再变更', 'The project is terminated; nothing more can change')];
  if (ctx.completed) return [problem('project_completed', '项目已完成，不能再变更', 'The project is complete; nothing more can change')];
  switch (kind) {
    case 'suspend':
      return ctx.state === 'active'
        ? []
        : [problem('not_active', '项目当前未在实施，不能暂缓', 'The project is not being carried out; it cannot be suspended')];
    case 'resume':
      return ctx.state === 'suspended' ? [] : [problem('not_suspended', '项目未暂缓实施，无需恢复', 'The project is not suspended')];
    case 'terminate':
      return [];
    case 'adjust':
      break;
  }
  const changed = changedFields(terms, adj);
  if (Object.keys(changed).length === 0) {
    return [
      problem(
        'adjust_empty',
        '调整申请须至少改变建设内容、地点、目标、预算、资金来源或完成时限中的一项',
        'An adjustment must change the content, place, targets, budget, funding or deadline',
      ),
    ];
  }
  const out: Problem[] = [];
  if (adj.budgetYuan !== undefined || adj.funding !== undefined) {
    const budget = adj.budgetYuan ?? terms.budgetYuan;
    if (!isYuan(budget) || budget <= 0) {
      out.push(problem('budget_positive', '项目预算须为正的整数元', 'The budget must be a positive whole number of 元', 'budgetYuan'));
    } else {
      out.push(...fundingProblems(budget, adj.funding ?? terms.funding));
      if (budget < ctx.disbursedYuan) {
        out.push(
          problem('budget_below_disbursed', '调整后的预算少于已拨付资金', 'The new budget is less than the funds already disbursed', 'budgetYuan'),
        );
      }
    }
  }
  if (adj.deadline !== undefined) {
    if (!isIsoDate(adj.deadline)) out.push(problem('bad_date', '完成时限不是有效日期', 'The deadline is not a real date', 'deadline'));
    else if (adj.deadline < ctx.today) out.push(problem('deadline_past', '调整后的完成时限早于今天', 'The new deadline is in the past', 'deadline'));
    else if (yearOf(adj.deadline) < ctx.cycleYear)
      out.push(problem('deadline_before_year', '完成时限早于项目年度', 'The deadline is before the project year', 'deadline'));
  }
  if (adj.targets !== undefined && adj.targets.length === 0) {
    out.push(problem('targets_missing', '请至少保留一项可量化目标', 'Keep at least one measurable target', 'targets'));
  }
  return out;
}

export interface DecisionEffect {
  /** New values of the project's columns. */
  set: Partial<ProjectTerms> & { state?: LifecycleState };
  /** What changed, from → to (goes into the ledger and the published notice). */
  changed: Record<string, FieldChange>;
}

/** What an approved decision does to the project. Call changeProblems first: this does not check. */
export function applyDecision(kind: ChangeKind, adj: Adjustment, terms: ProjectTerms, state: LifecycleState): DecisionEffect {
  if (kind === 'adjust') {
    const changed = changedFields(terms, adj);
    const set: Partial<ProjectTerms> = {};
    for (const [k, v] of Object.entries(changed)) (set as Record<string, unknown>)[k] = v!.to;
    return { set, changed: changed as Record<string, FieldChange> };
  }
  const to: LifecycleState = kind === 'suspend' ? 'suspended' : kind === 'resume' ? 'active' : 'terminated';
  return { set: { state: to }, changed: { state: { from: state, to } } };
}

/** The decision's date: a real day, not after today, not before the request. */
export function decisionDateProblems(decidedOn: string, requestedOn: string, today: string): Problem[] {
  if (!isIsoDate(decidedOn)) return [problem('bad_date', '决定日期不是有效日期', 'The decision date is not a real date', 'decidedOn')];
  if (decidedOn > today) return [problem('decided_future', '决定日期晚于今天', 'The decision date is in the future', 'decidedOn')];
  if (decidedOn < requestedOn)
    return [
      problem(
        'decided_before_request',
        `决定日期早于申请日期 ${requestedOn}`,
        `The decision date is before the request (${requestedOn})`,
        'decidedOn',
      ),
    ];
  return [];
}

/** Whether a decision altered what is to be done: a later report may then show less progress than the one before. */
export function scopeChanged(changed: Record<string, FieldChange>): boolean {
  return SCOPE_FIELDS.some((k) => k in changed);
}
