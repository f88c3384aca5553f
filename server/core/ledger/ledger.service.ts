// Reading and exporting ledgers, with the rule of who may read which.
import type { Executor, Tx } from '../../../db/client';
import { notFound } from '../errors';
import type { Actor } from '../context';
import type { LedgerEntry } from '../domain/ledger-chain';
import { appendEntry, findLedger, findLedgerBySubject, listLedgers, readEntries, type LedgerRow } from './ledger.repository';
import { can } from '../access/permissions';

/** Public ledgers: anyone. Others: the staff of the same congress ('ledger.read'). */
export function canRead(actor: Actor | null, ledger: LedgerRow): boolean {
  if (ledger.isPublic) return true;
  return !!actor && actor.congressId === ledger.congressId && can(actor, 'ledger.read');
}

export function describeLedger(l: LedgerRow) {
  return {
    id: l.id,
    kind: l.kind,
    title: l.title,
    hash: l.hashAlg,
    congressId: l.congressId,
    subjectId: l.subjectId,
    public: l.isPublic,
    createdAt: l.createdAt.toISOString(),
    head: { seq: l.headSeq, hash: l.headHash },
  };
}

export interface LedgerExport {
  ledger: ReturnType<typeof describeLedger>;
  entries: LedgerEntry[];
  head: { seq: number; hash: string };
}

export async function exportLedger(ex: Executor, actor: Actor | null, ledgerId: string): Promise<LedgerExport> {
  const ledger = await findLedger(ex, ledgerId);
  // Unreadable and missing look the same, so ids of private ledgers are not confirmed to strangers.
  if (!ledger || !canRead(actor, ledger)) throw notFound({ zh: '未找到该账本', en: 'Ledger not found' });
  const entries = await readEntries(ex, ledgerId);
  const last = entries[entries.length - 1];
  return {
    ledger: describeLedger(ledger),
    entries,
    head: last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: ledger.headHash },
  };
}

export async function listReadableLedgers(ex: Executor, actor: Actor | null, congressId: string) {
  const sameCongressStaff = !!actor && actor.congressId === congressId && can(actor, 'ledger.read');
  const rows = await listLedgers(ex, congressId, { publicOnly: !sameCongressStaff });
  return rows.map(describeLedger);
}

/** The congress's own administrative ledger: setup, accounts and roster changes. */
export async function appendCongressEntry(tx: Tx, congressId: string, kind: string, data: Record<string, unknown>, now: Date) {
  const ledger = await findLedgerBySubject(tx, congressId, 'congress', null);
  if (!ledger) throw new Error(`congress ${congressId} has no administrative ledger`);
  return appendEntry(tx, ledger.id, kind, data, now);
}
