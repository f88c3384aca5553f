// What candidate-list routes answer (see candidate-list.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Cycle, Problem } from '../cycle/cycles.contract';
import { Proposal } from './proposals.contract';

export const CandidateListEntry = Proposal.extend({ order: z.number() }).meta({ id: 'CandidateListEntry' });
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
