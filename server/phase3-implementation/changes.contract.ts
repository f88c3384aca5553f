// What changes routes answer (see changes.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { FundingPart, Target } from '../phase1-solicitation/proposals.contract';

export const ChangeKind = z.enum(['adjust', 'suspend', 'resume', 'terminate']).meta({ id: 'ChangeKind' });
export type ChangeKind = z.infer<typeof ChangeKind>;

export const ProposedChange = z
  .object({
    content: z.string().optional(),
    location: z.string().nullable().optional(),
    targets: z.array(Target).optional(),
    budgetYuan: z.number().optional(),
    funding: z.array(FundingPart).optional(),
    deadline: z.string().optional(),
  })
  .meta({ id: 'ProposedChange' });
export type ProposedChange = z.infer<typeof ProposedChange>;

export const ChangeStatus = z.enum(['rejected', 'pending', 'approved', 'withdrawn']).meta({ id: 'ChangeStatus' });
export type ChangeStatus = z.infer<typeof ChangeStatus>;

export const FieldChange = z.object({ from: z.unknown(), to: z.unknown() }).meta({ id: 'FieldChange' });
export type FieldChange = z.infer<typeof FieldChange>;

export const ChangeDecision = z
  .object({
    outcome: ChangeStatus,
    decidedOn: z.string(),
    number: z.string().nullable(),
    note: z.string().nullable(),
    changed: z.record(z.string(), FieldChange),
    recordedAt: z.string().nullable(),
  })
  .meta({ id: 'ChangeDecision' });
export type ChangeDecision = z.infer<typeof ChangeDecision>;

export const Change = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    projectId: z.string(),
    projectTitle: z.string().nullable(),
    kind: ChangeKind,
    kindLabel: Bilingual,
    proposed: ProposedChange,
    reason: z.string(),
    status: ChangeStatus,
    statusLabel: Bilingual,
    requestedAt: z.string(),
    decision: ChangeDecision.nullable(),
  })
  .meta({ id: 'Change' });
export type Change = z.infer<typeof Change>;

export const ChangeAnswer = z.object({ change: Change }).meta({ id: 'ChangeAnswer' });
export type ChangeAnswer = z.infer<typeof ChangeAnswer>;

export const ListChangesAnswer = z.object({ changes: z.array(Change), pending: z.number() }).meta({ id: 'ListChangesAnswer' });
export type ListChangesAnswer = z.infer<typeof ListChangesAnswer>;
