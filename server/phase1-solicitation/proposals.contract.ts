// What proposals routes answer (see proposals.routes.ts). Types for the web: server/contract/index.ts.
// The proposal's shapes live here; the candidate list and screening answers build on them.
import { z } from 'zod';

export const SuggestionStatus = z.enum(['rejected', 'merged', 'received', 'converted']).meta({ id: 'SuggestionStatus' });
export type SuggestionStatus = z.infer<typeof SuggestionStatus>;

export const SuggestionChannel = z.enum(['web', 'hotline', 'letter']).meta({ id: 'SuggestionChannel' });
export type SuggestionChannel = z.infer<typeof SuggestionChannel>;

export const ProposalView = z.enum(['manage', 'own', 'read']).meta({ id: 'ProposalView' });
export type ProposalView = z.infer<typeof ProposalView>;

export const ScreeningNotes = z
  .object({
    necessity: z.string().nullable().optional(),
    feasibility: z.string().nullable().optional(),
    fiscal: z.string().nullable().optional(),
    legality: z.string().nullable().optional(),
    publicWill: z.string().nullable().optional(),
  })
  .meta({ id: 'ScreeningNotes' });
export type ScreeningNotes = z.infer<typeof ScreeningNotes>;

export const LinkedSuggestion = z
  .object({ id: z.string(), trackingCode: z.string(), channel: SuggestionChannel, title: z.string(), status: SuggestionStatus })
  .meta({ id: 'LinkedSuggestion' });
export type LinkedSuggestion = z.infer<typeof LinkedSuggestion>;

export const FundingSource = z.enum(['local_fiscal', 'higher_subsidy', 'social_capital', 'other']).meta({ id: 'FundingSource' });
export type FundingSource = z.infer<typeof FundingSource>;

export const FundingPart = z
  .object({ source: FundingSource, amountYuan: z.number(), note: z.string().nullable().optional() })
  .meta({ id: 'FundingPart' });
export type FundingPart = z.infer<typeof FundingPart>;

export const Milestone = z.object({ year: z.number(), goal: z.string() }).meta({ id: 'Milestone' });
export type Milestone = z.infer<typeof Milestone>;

export const Target = z.object({ indicator: z.string(), value: z.string(), unit: z.string() }).meta({ id: 'Target' });
export type Target = z.infer<typeof Target>;

export const ProposalLink = z.object({ id: z.string(), code: z.string().nullable(), title: z.string() }).meta({ id: 'ProposalLink' });
export type ProposalLink = z.infer<typeof ProposalLink>;

export const ProposalStatus = z.enum(['draft', 'submitted', 'shortlisted', 'rejected', 'merged', 'returned']).meta({ id: 'ProposalStatus' });
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const ProposalChannel = z.enum(['department', 'deputy', 'web', 'hotline', 'letter']).meta({ id: 'ProposalChannel' });
export type ProposalChannel = z.infer<typeof ProposalChannel>;

export const ProposerKind = z.enum(['public', 'department', 'deputy']).meta({ id: 'ProposerKind' });
export type ProposerKind = z.infer<typeof ProposerKind>;

export const CoProposer = z.object({ id: z.string(), name: z.string().nullable(), lead: z.boolean() }).meta({ id: 'CoProposer' });
export type CoProposer = z.infer<typeof CoProposer>;

export const Proposer = z
  .object({ kind: ProposerKind, departmentId: z.string().nullable(), departmentName: z.string().nullable(), deputies: z.array(CoProposer) })
  .meta({ id: 'Proposer' });
export type Proposer = z.infer<typeof Proposer>;

export const ProposalFacetCounts = z
  .object({
    departmentId: z.record(z.string(), z.number()),
    status: z.record(z.string(), z.number()),
    channel: z.record(z.string(), z.number()),
    category: z.record(z.string(), z.number()),
  })
  .meta({ id: 'ProposalFacetCounts' });
export type ProposalFacetCounts = z.infer<typeof ProposalFacetCounts>;

export const ProposalListItem = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    code: z.string().nullable(),
    number: z.number().nullable(),
    status: ProposalStatus,
    channel: ProposalChannel,
    proposer: Proposer,
    title: z.string(),
    category: z.string().nullable(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    estimateYuan: z.number().nullable(),
    estimateWan: z.string().nullable(),
    deadline: z.string().nullable(),
    summary: z.string(),
    feedback: z.string().nullable(),
    mergedIntoId: z.string().nullable(),
    suggestionId: z.string().nullable(),
    listOrder: z.number().nullable(),
    onFixedList: z.boolean(),
    submittedAt: z.string().nullable(),
    screenedAt: z.string().nullable(),
    updatedAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ProposalListItem' });
export type ProposalListItem = z.infer<typeof ProposalListItem>;

export const Proposal = ProposalListItem.extend({
  view: ProposalView,
  notes: ScreeningNotes.optional(),
  suggestions: z.array(LinkedSuggestion).optional(),
  background: z.string().nullable(),
  content: z.string().nullable(),
  location: z.string().nullable(),
  funding: z.array(FundingPart),
  milestones: z.array(Milestone),
  targets: z.array(Target),
  materialsHash: z.string(),
  mergedInto: ProposalLink.nullable(),
  mergedFrom: z.array(ProposalLink),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
}).meta({ id: 'Proposal' });
export type Proposal = z.infer<typeof Proposal>;

export const DeputyDirectoryItem = z.object({ id: z.string(), name: z.string(), delegationName: z.string() }).meta({ id: 'DeputyDirectoryItem' });
export type DeputyDirectoryItem = z.infer<typeof DeputyDirectoryItem>;

export const ListProposalsAnswer = z
  .object({ total: z.number(), page: z.number(), pageSize: z.number(), counts: ProposalFacetCounts, proposals: z.array(ProposalListItem) })
  .meta({ id: 'ListProposalsAnswer' });
export type ListProposalsAnswer = z.infer<typeof ListProposalsAnswer>;

export const ProposalAnswer = z.object({ proposal: Proposal }).meta({ id: 'ProposalAnswer' });
export type ProposalAnswer = z.infer<typeof ProposalAnswer>;

export const CoProposerDirectoryAnswer = z
  .object({ total: z.number(), page: z.number(), pageSize: z.number(), deputies: z.array(DeputyDirectoryItem) })
  .meta({ id: 'CoProposerDirectoryAnswer' });
export type CoProposerDirectoryAnswer = z.infer<typeof CoProposerDirectoryAnswer>;
