// What public routes answer (see public.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { Congress } from '../core/accounts/auth.contract';
import { Cycle } from './candidate-list.contract';

export const Candidate2 = z.object({ estimateWan: z.string().nullable(), proposalId: z.string(), order: z.number(), code: z.string().nullable(), title: z.string(), category: z.string().nullable(), departmentId: z.string().nullable(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable(), summary: z.string(), materialsHash: z.string() });
export type Candidate2 = z.infer<typeof Candidate2>;

export const Cycle2 = z.object({ id: z.string(), title: z.string() });
export type Cycle2 = z.infer<typeof Cycle2>;

export const Status2 = z.enum(['rejected', 'merged', 'received', 'converted']);
export type Status2 = z.infer<typeof Status2>;

export const Channel2 = z.enum(['web', 'hotline', 'letter']);
export type Channel2 = z.infer<typeof Channel2>;

export const PublicProposalStage = z.enum(['shortlisted', 'rejected', 'merged', 'in_review', 'candidate']);
export type PublicProposalStage = z.infer<typeof PublicProposalStage>;

export const MergedInto = z.object({ code: z.string().nullable(), title: z.string() });
export type MergedInto = z.infer<typeof MergedInto>;

export const Proposal3 = z.object({ code: z.string().nullable(), title: z.string(), stage: PublicProposalStage, stageLabel: Bilingual, reason: z.string().nullable(), mergedInto: MergedInto.nullable() });
export type Proposal3 = z.infer<typeof Proposal3>;

export const Suggestion2 = z.object({ trackingCode: z.string(), cycle: Cycle2, channel: Channel2, title: z.string(), content: z.string(), category: z.string().nullable(), location: z.string().nullable(), receivedOn: z.string(), status: Status2, statusLabel: Bilingual, feedback: z.string().nullable(), proposal: Proposal3.nullable() });
export type Suggestion2 = z.infer<typeof Suggestion2>;

export const PublicCyclesAnswer = z.object({ congress: Congress, cycles: z.array(Cycle) });
export type PublicCyclesAnswer = z.infer<typeof PublicCyclesAnswer>;

export const PublicCandidatesAnswer = z.object({ cycle: Cycle, fixed: z.boolean(), fixedAt: z.string().nullable(), seats: z.number(), candidates: z.array(Candidate2) });
export type PublicCandidatesAnswer = z.infer<typeof PublicCandidatesAnswer>;

export const PublicSuggestAnswer = z.object({ trackingCode: z.string(), cycle: Cycle2, receivedOn: z.string(), status: Status2, statusLabel: Bilingual });
export type PublicSuggestAnswer = z.infer<typeof PublicSuggestAnswer>;

export const SuggestionAnswer = z.object({ suggestion: Suggestion2 });
export type SuggestionAnswer = z.infer<typeof SuggestionAnswer>;
