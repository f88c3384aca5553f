// What public routes answer (see public.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { Congress } from '../core/accounts/auth.contract';
import { Cycle } from '../cycle/cycles.contract';
import { ProposalListItem, SuggestionStatus } from './proposals.contract';
import { Suggestion } from './screening.contract';

/** A proposal on the published candidate list: what the public may read of it, its place and its materials' hash. */
export const PublicCandidate = ProposalListItem.pick({
  code: true,
  title: true,
  category: true,
  departmentId: true,
  departmentName: true,
  estimateYuan: true,
  estimateWan: true,
  summary: true,
})
  .extend({ proposalId: z.string(), order: z.number(), materialsHash: z.string() })
  .meta({ id: 'PublicCandidate' });
export type PublicCandidate = z.infer<typeof PublicCandidate>;

export const CycleRef = z.object({ id: z.string(), title: z.string() }).meta({ id: 'CycleRef' });
export type CycleRef = z.infer<typeof CycleRef>;

export const PublicProposalStage = z.enum(['shortlisted', 'rejected', 'merged', 'in_review', 'candidate']).meta({ id: 'PublicProposalStage' });
export type PublicProposalStage = z.infer<typeof PublicProposalStage>;

export const MergedInto = z.object({ code: z.string().nullable(), title: z.string() }).meta({ id: 'MergedInto' });
export type MergedInto = z.infer<typeof MergedInto>;

export const PublicProposal = z
  .object({
    code: z.string().nullable(),
    title: z.string(),
    stage: PublicProposalStage,
    stageLabel: Bilingual,
    reason: z.string().nullable(),
    mergedInto: MergedInto.nullable(),
  })
  .meta({ id: 'PublicProposal' });
export type PublicProposal = z.infer<typeof PublicProposal>;

/** A suggestion as its tracking code shows it to anyone: what was written and where it stands, not who wrote it. */
export const TrackedSuggestion = Suggestion.pick({
  trackingCode: true,
  channel: true,
  title: true,
  content: true,
  category: true,
  location: true,
  receivedOn: true,
  status: true,
  feedback: true,
})
  .extend({ cycle: CycleRef, statusLabel: Bilingual, proposal: PublicProposal.nullable() })
  .meta({ id: 'TrackedSuggestion' });
export type TrackedSuggestion = z.infer<typeof TrackedSuggestion>;

export const PublicCyclesAnswer = z.object({ congress: Congress, cycles: z.array(Cycle) }).meta({ id: 'PublicCyclesAnswer' });
export type PublicCyclesAnswer = z.infer<typeof PublicCyclesAnswer>;

export const PublicCandidatesAnswer = z
  .object({ cycle: Cycle, fixed: z.boolean(), fixedAt: z.string().nullable(), seats: z.number(), candidates: z.array(PublicCandidate) })
  .meta({ id: 'PublicCandidatesAnswer' });
export type PublicCandidatesAnswer = z.infer<typeof PublicCandidatesAnswer>;

export const PublicSuggestAnswer = z
  .object({ trackingCode: z.string(), cycle: CycleRef, receivedOn: z.string(), status: SuggestionStatus, statusLabel: Bilingual })
  .meta({ id: 'PublicSuggestAnswer' });
export type PublicSuggestAnswer = z.infer<typeof PublicSuggestAnswer>;

export const TrackedSuggestionAnswer = z.object({ suggestion: TrackedSuggestion }).meta({ id: 'TrackedSuggestionAnswer' });
export type TrackedSuggestionAnswer = z.infer<typeof TrackedSuggestionAnswer>;
