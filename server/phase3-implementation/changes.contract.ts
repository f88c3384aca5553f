// What changes routes answer (see changes.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { FundingPart, Target } from '../phase1-solicitation/candidate-list.contract';

export const Kind4 = z.enum(['adjust', 'suspend', 'resume', 'terminate']);
export type Kind4 = z.infer<typeof Kind4>;

export const Proposed = z.object({ content: z.string().optional(), location: z.string().nullable().optional(), targets: z.array(Target).optional(), budgetYuan: z.number().optional(), funding: z.array(FundingPart).optional(), deadline: z.string().optional() });
export type Proposed = z.infer<typeof Proposed>;

export const Status4 = z.enum(['rejected', 'pending', 'approved', 'withdrawn']);
export type Status4 = z.infer<typeof Status4>;

export const FieldChange = z.object({ from: z.unknown(), to: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

export const Decision = z.object({ outcome: Status4, decidedOn: z.string(), number: z.string().nullable(), note: z.string().nullable(), changed: z.record(z.string(), FieldChange), recordedAt: z.string().nullable() });
export type Decision = z.infer<typeof Decision>;

export const Change = z.object({ id: z.string(), cycleId: z.string(), projectId: z.string(), projectTitle: z.string().nullable(), kind: Kind4, kindLabel: Bilingual, proposed: Proposed, reason: z.string(), status: Status4, statusLabel: Bilingual, requestedAt: z.string(), decision: Decision.nullable() });
export type Change = z.infer<typeof Change>;

export const ChangeAnswer = z.object({ change: Change });
export type ChangeAnswer = z.infer<typeof ChangeAnswer>;

export const ListChangesAnswer = z.object({ changes: z.array(Change), pending: z.number() });
export type ListChangesAnswer = z.infer<typeof ListChangesAnswer>;
