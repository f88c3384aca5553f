// What each caller sees of a proposal. 'manage' (secretariat): everything, internal notes too.
// 'own' (its department or lead deputy): everything but the notes. 'read' (co-proposers, the
// responsible department, scrutineers, anyone once it is on the fixed list): the materials and
// outcome, without the contact person.
import { formatWan } from '../core/domain/money';
import { materialsDigest, oneLineSummary, proposalCode, type FundingSource, type Materials } from './domain/proposal-rules';
import type { ProposalRow } from './proposals.repository';
import type { SuggestionChannel, SuggestionStatus } from './domain/screening';

export type ProposalView = 'manage' | 'own' | 'read';

export interface DescribeContext {
  year: number;
  listFixed: boolean;
  departments: Map<string, string>;
  deputies: Map<string, string>;
  coProposers: Map<string, string[]>;
}

export function materialsOf(p: ProposalRow): Materials {
  return {
    title: p.title,
    category: p.category,
    background: p.background,
    content: p.content,
    location: p.location,
    departmentId: p.departmentId,
    estimateYuan: p.estimateYuan,
    funding: p.funding.map((f) => ({ source: f.source as FundingSource, amountYuan: f.amountYuan, note: f.note ?? null })),
    deadline: p.deadline,
    milestones: p.milestones,
    targets: p.targets,
  };
}

export function proposerOf(p: ProposalRow, ctx: DescribeContext) {
  const kind = p.channel === 'department' ? 'department' : p.channel === 'deputy' ? 'deputy' : 'public';
  const deputyIds = p.proposerDeputyId ? [p.proposerDeputyId, ...(ctx.coProposers.get(p.id) ?? [])] : [];
  return {
    kind,
    departmentId: p.proposerDepartmentId,
    departmentName: p.proposerDepartmentId ? (ctx.departments.get(p.proposerDepartmentId) ?? null) : null,
    deputies: deputyIds.map((id, i) => ({ id, name: ctx.deputies.get(id) ?? null, lead: i === 0 })),
  } as const;
}

/** A row of a list: no long texts. */
export function describeProposalItem(p: ProposalRow, ctx: DescribeContext) {
  return {
    id: p.id,
    cycleId: p.cycleId,
    code: proposalCode(ctx.year, p.number),
    number: p.number,
    status: p.status,
    channel: p.channel,
    proposer: proposerOf(p, ctx),
    title: p.title,
    category: p.category,
    departmentId: p.departmentId,
    departmentName: p.departmentId ? (ctx.departments.get(p.departmentId) ?? null) : null,
    estimateYuan: p.estimateYuan,
    estimateWan: p.estimateYuan === null ? null : formatWan(p.estimateYuan),
    deadline: p.deadline,
    summary: oneLineSummary(p.content),
    feedback: p.feedback,
    mergedIntoId: p.mergedIntoId,
    suggestionId: p.suggestionId,
    listOrder: p.status === 'shortlisted' ? p.listOrder : null,
    onFixedList: ctx.listFixed && p.status === 'shortlisted',
    submittedAt: p.submittedAt?.toISOString() ?? null,
    screenedAt: p.screenedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    createdAt: p.createdAt.toISOString(),
  };
}

type Link = { id: string; code: string | null; title: string };
export const linkOf = (p: ProposalRow, year: number): Link => ({ id: p.id, code: proposalCode(year, p.number), title: p.title });

/** The full record: materials for all views, contact for manage/own, notes for manage only. */
export function describeProposal(
  p: ProposalRow,
  ctx: DescribeContext,
  view: ProposalView,
  links: {
    mergedInto?: ProposalRow | null;
    mergedFrom?: ProposalRow[];
    suggestions?: Array<{ id: string; trackingCode: string; channel: SuggestionChannel; title: string; status: SuggestionStatus }>;
  } = {},
) {
  const m = materialsOf(p);
  return {
    ...describeProposalItem(p, ctx),
    background: m.background,
    content: m.content,
    location: m.location,
    funding: m.funding,
    milestones: m.milestones,
    targets: m.targets,
    materialsHash: materialsDigest(m),
    mergedInto: links.mergedInto ? linkOf(links.mergedInto, ctx.year) : null,
    mergedFrom: (links.mergedFrom ?? []).map((x) => linkOf(x, ctx.year)),
    contactName: view === 'read' ? null : p.contactName,
    contactPhone: view === 'read' ? null : p.contactPhone,
    ...(view === 'manage' ? { notes: p.notes, suggestions: links.suggestions ?? [] } : {}),
    view,
  };
}
