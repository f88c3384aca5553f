// What ledger routes answer (see ledger.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const Kind = z.enum(['congress', 'cycle', 'ballot']);
export type Kind = z.infer<typeof Kind>;

export const Head = z.object({ seq: z.number(), hash: z.string() });
export type Head = z.infer<typeof Head>;

export const Ledger = z.object({ id: z.string(), kind: Kind, title: z.string(), congressId: z.string(), subjectId: z.string().nullable(), public: z.boolean(), createdAt: z.string(), head: Head });
export type Ledger = z.infer<typeof Ledger>;

export const LedgerEntry = z.object({ seq: z.number(), prev: z.string(), at: z.string(), kind: z.string(), data: z.record(z.string(), z.unknown()), hash: z.string() });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const LedgersAnswer = z.object({ ledgers: z.array(Ledger) });
export type LedgersAnswer = z.infer<typeof LedgersAnswer>;

export const ExportLedgerAnswer = z.object({ ledger: Ledger, entries: z.array(LedgerEntry), head: Head });
export type ExportLedgerAnswer = z.infer<typeof ExportLedgerAnswer>;
