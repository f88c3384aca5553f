// Ledgers: the append-only, hash-chained records of every change (docs/ledger.md).
import { api } from '../app/api';
import { createLoader } from '../app/loader';

export interface Ledger {
  id: string;
  kind: string;
  title: string;
  congressId: string;
  subjectId: string | null;
  public: boolean;
  createdAt: string;
  head: { seq: number; hash: string };
}

export interface LedgerEntry {
  seq: number;
  prev: string;
  at: string;
  kind: string;
  data: Record<string, unknown>;
  hash: string;
}

export interface LedgerExport {
  ledger: Ledger;
  entries: LedgerEntry[];
  head: { seq: number; hash: string };
}

export function createLedgerList() {
  return createLoader(
    () => true,
    async () => (await api.get<{ ledgers: Ledger[] }>('/api/ledgers')).ledgers,
  );
}

export function createLedgerExport(id: () => string) {
  return createLoader(id, (ledgerId) => api.get<LedgerExport>(`/api/ledgers/${ledgerId}`));
}

/** The same export the server gives, as a file (it is what `npm run verify` checks). */
export const exportUrl = (id: string) => `/api/ledgers/${id}`;
