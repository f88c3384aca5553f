// What ledger routes answer (see ledger.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { HASH_ALGS } from '../domain/ledger-hash';

export const LedgerKind = z.enum(['congress', 'cycle', 'ballot']).meta({ id: 'LedgerKind' });
export type LedgerKind = z.infer<typeof LedgerKind>;

export const LedgerHead = z.object({ seq: z.number(), hash: z.string() }).meta({ id: 'LedgerHead' });
export type LedgerHead = z.infer<typeof LedgerHead>;

export const Ledger = z
  .object({
    id: z.string(),
    kind: LedgerKind,
    title: z.string(),
    /** The ledger's hash algorithm: sha256 or sm3 (docs/ledger.md). */
    hash: z.enum(HASH_ALGS),
    congressId: z.string(),
    subjectId: z.string().nullable(),
    public: z.boolean(),
    createdAt: z.string(),
    head: LedgerHead,
  })
  .meta({ id: 'Ledger' });
export type Ledger = z.infer<typeof Ledger>;

export const LedgerEntry = z
  .object({ seq: z.number(), prev: z.string(), at: z.string(), kind: z.string(), data: z.record(z.string(), z.unknown()), hash: z.string() })
  .meta({ id: 'LedgerEntry' });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const LedgersAnswer = z.object({ ledgers: z.array(Ledger) }).meta({ id: 'LedgersAnswer' });
export type LedgersAnswer = z.infer<typeof LedgersAnswer>;

export const ExportLedgerAnswer = z.object({ ledger: Ledger, entries: z.array(LedgerEntry), head: LedgerHead }).meta({ id: 'ExportLedgerAnswer' });
export type ExportLedgerAnswer = z.infer<typeof ExportLedgerAnswer>;
