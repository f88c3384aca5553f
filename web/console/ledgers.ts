// Ledgers: the append-only, hash-chained records of every change (docs/ledger.md).
import { api, fillPath } from '../app/api';
import { createLoader } from '../app/loader';
import type { ExportLedgerAnswer, Ledger, LedgerEntry } from '@contract';

export type { Ledger, LedgerEntry };
export type LedgerExport = ExportLedgerAnswer;

export function createLedgerList() {
  return createLoader(
    () => true,
    async () => (await api.get('/api/ledgers')).ledgers,
  );
}

export function createLedgerExport(id: () => string) {
  return createLoader(id, (ledgerId) => api.get('/api/ledgers/:id', { params: { id: ledgerId } }));
}

/** The same export the server gives, as a file (it is what `npm run verify` checks). */
export const exportUrl = (id: string) => fillPath('/api/ledgers/:id', { id });
