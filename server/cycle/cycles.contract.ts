// What cycles routes answer (see cycles.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const Problem = z.object({ code: z.string(), zh: z.string(), en: z.string(), field: z.string().optional() }).meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const Phase = z.enum(['solicitation', 'screening', 'balloting', 'implementation', 'evaluation', 'closed']).meta({ id: 'Phase' });
export type Phase = z.infer<typeof Phase>;

export const WindowState = z.enum(['before', 'open', 'after']).meta({ id: 'WindowState' });
export type WindowState = z.infer<typeof WindowState>;

export const Cycle = z
  .object({
    id: z.string(),
    congressId: z.string(),
    title: z.string(),
    year: z.number(),
    phase: Phase,
    opensOn: z.string(),
    closesOn: z.string(),
    windowDays: z.number(),
    windowOverrideReason: z.string().nullable(),
    opensAt: z.string(),
    closesAt: z.string(),
    windowState: WindowState,
    acceptingSubmissions: z.boolean(),
    categories: z.array(z.string()),
    seats: z.number(),
    minMargin: z.number(),
    allowEqual: z.boolean(),
    listFixed: z.boolean(),
    listFixedAt: z.string().nullable(),
    ledgerId: z.string(),
    phaseChangedAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Cycle' });
export type Cycle = z.infer<typeof Cycle>;

export const ProposalCounts = z
  .object({
    draft: z.number().optional(),
    submitted: z.number().optional(),
    shortlisted: z.number().optional(),
    rejected: z.number().optional(),
    merged: z.number().optional(),
    returned: z.number().optional(),
  })
  .meta({ id: 'ProposalCounts' });
export type ProposalCounts = z.infer<typeof ProposalCounts>;

export const CycleCounts = z
  .object({
    proposals: ProposalCounts,
    unprocessedSuggestions: z.number(),
    /** While balloting: the projects the certified vote (with its runoffs) selected so far, which the move to implementation creates. */
    selected: z.number().optional(),
    /** In implementation and evaluation: the year's projects. */
    projects: z.number().optional(),
  })
  .meta({ id: 'CycleCounts' });
export type CycleCounts = z.infer<typeof CycleCounts>;

export const NextPhase = z.object({ phase: Phase, problems: z.array(Problem) }).meta({ id: 'NextPhase' });
export type NextPhase = z.infer<typeof NextPhase>;

export const CyclesAnswer = z.object({ cycles: z.array(Cycle) }).meta({ id: 'CyclesAnswer' });
export type CyclesAnswer = z.infer<typeof CyclesAnswer>;

export const CycleAnswer = z.object({ cycle: Cycle }).meta({ id: 'CycleAnswer' });
export type CycleAnswer = z.infer<typeof CycleAnswer>;

export const GetCycleAnswer = z
  .object({ cycle: Cycle, counts: CycleCounts.optional(), next: NextPhase.nullable().optional() })
  .meta({ id: 'GetCycleAnswer' });
export type GetCycleAnswer = z.infer<typeof GetCycleAnswer>;
