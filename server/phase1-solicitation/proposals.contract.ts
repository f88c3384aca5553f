// What proposals routes answer (see proposals.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Channel, FundingPart, Link, Milestone, Notes, ProposalView, Proposer, Status, Suggestion, Target } from './candidate-list.contract';

export const Counts2 = z.object({ departmentId: z.record(z.string(), z.number()), status: z.record(z.string(), z.number()), channel: z.record(z.string(), z.number()), category: z.record(z.string(), z.number()) });
export type Counts2 = z.infer<typeof Counts2>;

export const Proposal = z.object({ id: z.string(), cycleId: z.string(), code: z.string().nullable(), number: z.number().nullable(), status: Status, channel: Channel, proposer: Proposer, title: z.string(), category: z.string().nullable(), departmentId: z.string().nullable(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable(), estimateWan: z.string().nullable(), deadline: z.string().nullable(), summary: z.string(), feedback: z.string().nullable(), mergedIntoId: z.string().nullable(), suggestionId: z.string().nullable(), listOrder: z.number().nullable(), onFixedList: z.boolean(), submittedAt: z.string().nullable(), screenedAt: z.string().nullable(), updatedAt: z.string(), createdAt: z.string() });
export type Proposal = z.infer<typeof Proposal>;

export const Proposal2 = z.object({ view: ProposalView, notes: Notes.optional(), suggestions: z.array(Suggestion).optional(), background: z.string().nullable(), content: z.string().nullable(), location: z.string().nullable(), funding: z.array(FundingPart), milestones: z.array(Milestone), targets: z.array(Target), materialsHash: z.string(), mergedInto: Link.nullable(), mergedFrom: z.array(Link), contactName: z.string().nullable(), contactPhone: z.string().nullable(), id: z.string(), cycleId: z.string(), code: z.string().nullable(), number: z.number().nullable(), status: Status, channel: Channel, proposer: Proposer, title: z.string(), category: z.string().nullable(), departmentId: z.string().nullable(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable(), estimateWan: z.string().nullable(), deadline: z.string().nullable(), summary: z.string(), feedback: z.string().nullable(), mergedIntoId: z.string().nullable(), suggestionId: z.string().nullable(), listOrder: z.number().nullable(), onFixedList: z.boolean(), submittedAt: z.string().nullable(), screenedAt: z.string().nullable(), updatedAt: z.string(), createdAt: z.string() });
export type Proposal2 = z.infer<typeof Proposal2>;

export const Deputy3 = z.object({ id: z.string(), name: z.string(), delegationName: z.string() });
export type Deputy3 = z.infer<typeof Deputy3>;

export const ListProposalsAnswer = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), counts: Counts2, proposals: z.array(Proposal) });
export type ListProposalsAnswer = z.infer<typeof ListProposalsAnswer>;

export const ProposalAnswer = z.object({ proposal: Proposal2 });
export type ProposalAnswer = z.infer<typeof ProposalAnswer>;

export const CoProposerDirectoryAnswer = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), deputies: z.array(Deputy3) });
export type CoProposerDirectoryAnswer = z.infer<typeof CoProposerDirectoryAnswer>;
