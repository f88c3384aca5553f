// What cycles routes answer (see cycles.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Cycle, Phase, Problem } from './candidate-list.contract';

export const ProposalCounts = z.object({ draft: z.number().optional(), submitted: z.number().optional(), shortlisted: z.number().optional(), rejected: z.number().optional(), merged: z.number().optional(), returned: z.number().optional() }).meta({ id: 'ProposalCounts' });
export type ProposalCounts = z.infer<typeof ProposalCounts>;

export const CycleCounts = z.object({ proposals: ProposalCounts, unprocessedSuggestions: z.number() }).meta({ id: 'CycleCounts' });
export type CycleCounts = z.infer<typeof CycleCounts>;

export const NextPhase = z.object({ phase: Phase, problems: z.array(Problem) }).meta({ id: 'NextPhase' });
export type NextPhase = z.infer<typeof NextPhase>;

export const CyclesAnswer = z.object({ cycles: z.array(Cycle) }).meta({ id: 'CyclesAnswer' });
export type CyclesAnswer = z.infer<typeof CyclesAnswer>;

export const CycleAnswer = z.object({ cycle: Cycle }).meta({ id: 'CycleAnswer' });
export type CycleAnswer = z.infer<typeof CycleAnswer>;

export const GetCycleAnswer = z.object({ cycle: Cycle, counts: CycleCounts.optional(), next: NextPhase.nullable().optional() }).meta({ id: 'GetCycleAnswer' });
export type GetCycleAnswer = z.infer<typeof GetCycleAnswer>;
