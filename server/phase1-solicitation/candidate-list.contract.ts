// What candidate-list routes answer (see candidate-list.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Cycle, Phase, Problem, WindowState } from '../cycle/cycles.contract';

export { Cycle, Phase, Problem, WindowState };

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
  .object({ id: z.string(), trackingCode: z.string(), channel: z.string(), title: z.string(), status: z.string() })
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

export const CandidateListEntry = z
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
    order: z.number(),
  })
  .meta({ id: 'CandidateListEntry' });
export type CandidateListEntry = z.infer<typeof CandidateListEntry>;

export const GetCandidateListAnswer = z
  .object({
    candidates: z.array(CandidateListEntry),
    minimumCandidates: z.number().optional(),
    problems: z.array(Problem).optional(),
    seats: z.number(),
    minMargin: z.number(),
    allowEqual: z.boolean(),
    cycle: Cycle,
    fixed: z.boolean(),
    fixedAt: z.string().nullable(),
  })
  .meta({ id: 'GetCandidateListAnswer' });
export type GetCandidateListAnswer = z.infer<typeof GetCandidateListAnswer>;
