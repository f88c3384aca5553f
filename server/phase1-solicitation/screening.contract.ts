// What screening routes answer (see screening.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Proposal2 } from './proposals.contract';
import { Channel2, Status2 } from './public.contract';

export const Counts3 = z.object({ status: z.record(z.string(), z.number()), channel: z.record(z.string(), z.number()) });
export type Counts3 = z.infer<typeof Counts3>;

export const Proposal4 = z.object({ id: z.string(), code: z.string().nullable(), title: z.string(), status: z.string() });
export type Proposal4 = z.infer<typeof Proposal4>;

export const Suggestion3 = z.object({ id: z.string(), cycleId: z.string(), trackingCode: z.string(), channel: Channel2, title: z.string(), category: z.string().nullable(), content: z.string(), location: z.string().nullable(), name: z.string().nullable(), phone: z.string().nullable(), receivedOn: z.string(), status: Status2, feedback: z.string().nullable(), proposalId: z.string().nullable(), proposal: Proposal4.nullable(), screenedAt: z.string().nullable(), createdAt: z.string() });
export type Suggestion3 = z.infer<typeof Suggestion3>;

export const ListSuggestionsAnswer = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), counts: Counts3, suggestions: z.array(Suggestion3) });
export type ListSuggestionsAnswer = z.infer<typeof ListSuggestionsAnswer>;

export const SuggestionAnswer2 = z.object({ suggestion: Suggestion3 });
export type SuggestionAnswer2 = z.infer<typeof SuggestionAnswer2>;

export const ConvertSuggestionAnswer = z.object({ suggestion: Suggestion3, proposal: Proposal2 });
export type ConvertSuggestionAnswer = z.infer<typeof ConvertSuggestionAnswer>;
