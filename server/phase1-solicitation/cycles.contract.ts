// What cycles routes answer (see cycles.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Cycle, Phase, Problem } from './candidate-list.contract';

export const Proposals = z.object({ draft: z.number().optional(), submitted: z.number().optional(), shortlisted: z.number().optional(), rejected: z.number().optional(), merged: z.number().optional(), returned: z.number().optional() });
export type Proposals = z.infer<typeof Proposals>;

export const Counts = z.object({ proposals: Proposals, unprocessedSuggestions: z.number() });
export type Counts = z.infer<typeof Counts>;

export const Next = z.object({ phase: Phase, problems: z.array(Problem) });
export type Next = z.infer<typeof Next>;

export const CyclesAnswer = z.object({ cycles: z.array(Cycle) });
export type CyclesAnswer = z.infer<typeof CyclesAnswer>;

export const CycleAnswer = z.object({ cycle: Cycle });
export type CycleAnswer = z.infer<typeof CycleAnswer>;

export const GetCycleAnswer = z.object({ cycle: Cycle, counts: Counts.optional(), next: Next.nullable().optional() });
export type GetCycleAnswer = z.infer<typeof GetCycleAnswer>;
