// What screening routes answer (see screening.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Proposal, ProposalStatus, SuggestionChannel, SuggestionStatus } from './proposals.contract';

export const SuggestionFacetCounts = z
  .object({ status: z.record(z.string(), z.number()), channel: z.record(z.string(), z.number()) })
  .meta({ id: 'SuggestionFacetCounts' });
export type SuggestionFacetCounts = z.infer<typeof SuggestionFacetCounts>;

export const ProposalRef = z
  .object({ id: z.string(), code: z.string().nullable(), title: z.string(), status: ProposalStatus })
  .meta({ id: 'ProposalRef' });
export type ProposalRef = z.infer<typeof ProposalRef>;

export const Suggestion = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    trackingCode: z.string(),
    channel: SuggestionChannel,
    title: z.string(),
    category: z.string().nullable(),
    content: z.string(),
    location: z.string().nullable(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    receivedOn: z.string(),
    status: SuggestionStatus,
    feedback: z.string().nullable(),
    proposalId: z.string().nullable(),
    proposal: ProposalRef.nullable(),
    screenedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Suggestion' });
export type Suggestion = z.infer<typeof Suggestion>;

export const ListSuggestionsAnswer = z
  .object({ total: z.number(), page: z.number(), pageSize: z.number(), counts: SuggestionFacetCounts, suggestions: z.array(Suggestion) })
  .meta({ id: 'ListSuggestionsAnswer' });
export type ListSuggestionsAnswer = z.infer<typeof ListSuggestionsAnswer>;

export const SuggestionAnswer = z.object({ suggestion: Suggestion }).meta({ id: 'SuggestionAnswer' });
export type SuggestionAnswer = z.infer<typeof SuggestionAnswer>;

export const ConvertSuggestionAnswer = z.object({ suggestion: Suggestion, proposal: Proposal }).meta({ id: 'ConvertSuggestionAnswer' });
export type ConvertSuggestionAnswer = z.infer<typeof ConvertSuggestionAnswer>;
