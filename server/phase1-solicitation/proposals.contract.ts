// What proposals routes answer (see proposals.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import {
  ProposalChannel,
  FundingPart,
  ProposalLink,
  Milestone,
  ScreeningNotes,
  ProposalView,
  Proposer,
  ProposalStatus,
  LinkedSuggestion,
  Target,
} from './candidate-list.contract';

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

export const Proposal = z
  .object({
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
  .meta({ id: 'Proposal' });
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
