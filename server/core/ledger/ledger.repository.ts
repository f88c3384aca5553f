// The only code that writes ledger rows. Appends lock the ledger's head row (SELECT … FOR UPDATE),
// so concurrent requests and several server processes append one after another, gap-free.
import { and, asc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../../db/client';
import { congresses, ledgerEntries, ledgers, LEDGER_KINDS } from '../../../db/schema';
import { GENESIS_PREV, sealEntry, type LedgerEntry } from '../domain/ledger-chain';

export type LedgerKind = (typeof LEDGER_KINDS)[number];
export type LedgerRow = typeof ledgers.$inferSelect;

export async function createLedger(
  tx: Executor,
  v: { congressId: string; kind: LedgerKind; title: string; subjectId?: string | null; isPublic?: boolean },
): Promise<LedgerRow> {
  // Every ledger of a congress is chained with the congress's algorithm, from its first entry.
  const [congress] = await tx.select({ hashAlg: congresses.hashAlg }).from(congresses).where(eq(congresses.id, v.congressId));
  if (!congress) throw new Error(`congress ${v.congressId} does not exist`);
  const [row] = await tx
    .insert(ledgers)
    .values({
      congressId: v.congressId,
      hashAlg: congress.hashAlg,
      kind: v.kind,
      title: v.title,
      subjectId: v.subjectId ?? null,
      isPublic: v.isPublic ?? false,
      headSeq: 0,
      headHash: GENESIS_PREV,
    })
    .returning();
  return row!;
}

/** Appends entries in order, in the caller's transaction, under the ledger's row lock. */
export async function appendEntries(
  tx: Tx,
  ledgerId: string,
  items: Array<{ kind: string; data: Record<string, unknown> }>,
  now: Date,
): Promise<LedgerEntry[]> {
  const [head] = await tx
    .select({ seq: ledgers.headSeq, hash: ledgers.headHash, alg: ledgers.hashAlg })
    .from(ledgers)
    .where(eq(ledgers.id, ledgerId))
    .for('update');
  if (!head) throw new Error(`ledger ${ledgerId} does not exist`);
  const sealed: LedgerEntry[] = [];
  let prev = { seq: head.seq, hash: head.hash };
  for (const item of items) {
    const entry = sealEntry(prev, now, item.kind, item.data, head.alg);
    sealed.push(entry);
    prev = { seq: entry.seq, hash: entry.hash };
  }
  if (sealed.length === 0) return sealed;
  // One JSON parameter instead of seven per row: a batch of casts is one cheap statement.
  await tx.execute(sql`
    insert into ledger_entries (ledger_id, seq, prev, at, kind, data, hash)
    select ${ledgerId}::uuid, x.seq, x.prev, x.at, x.kind, x.data, x.hash
    from jsonb_to_recordset(${JSON.stringify(sealed)}::jsonb) as x(seq int, prev text, at text, kind text, data jsonb, hash text)`);
  await tx.update(ledgers).set({ headSeq: prev.seq, headHash: prev.hash }).where(eq(ledgers.id, ledgerId));
  return sealed;
}

export async function appendEntry(tx: Tx, ledgerId: string, kind: string, data: Record<string, unknown>, now: Date): Promise<LedgerEntry> {
  const [entry] = await appendEntries(tx, ledgerId, [{ kind, data }], now);
  return entry!;
}

export async function findLedger(ex: Executor, id: string): Promise<LedgerRow | undefined> {
  const [row] = await ex.select().from(ledgers).where(eq(ledgers.id, id));
  return row;
}

/** Just the head (sequence number and hash): what a live snapshot carries. */
export async function findLedgerHead(ex: Executor, id: string): Promise<{ seq: number; hash: string } | undefined> {
  const [row] = await ex.select({ seq: ledgers.headSeq, hash: ledgers.headHash }).from(ledgers).where(eq(ledgers.id, id));
  return row;
}

/** The heads of several ledgers in one query, by id. */
export async function findLedgerHeads(ex: Executor, ids: readonly string[]): Promise<Map<string, { seq: number; hash: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: ledgers.id, seq: ledgers.headSeq, hash: ledgers.headHash })
    .from(ledgers)
    .where(inArray(ledgers.id, [...ids]));
  return new Map(rows.map((r) => [r.id, { seq: r.seq, hash: r.hash }]));
}

export async function findLedgerBySubject(
  ex: Executor,
  congressId: string,
  kind: LedgerKind,
  subjectId: string | null,
): Promise<LedgerRow | undefined> {
  const rows = await ex
    .select()
    .from(ledgers)
    .where(and(eq(ledgers.congressId, congressId), eq(ledgers.kind, kind)));
  return rows.find((r) => r.subjectId === subjectId);
}

export async function listLedgers(ex: Executor, congressId: string, opts: { publicOnly: boolean }): Promise<LedgerRow[]> {
  const rows = await ex.select().from(ledgers).where(eq(ledgers.congressId, congressId)).orderBy(asc(ledgers.createdAt));
  return opts.publicOnly ? rows.filter((r) => r.isPublic) : rows;
}

export async function readEntries(ex: Executor, ledgerId: string, afterSeq = 0): Promise<LedgerEntry[]> {
  const rows = await ex
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.ledgerId, ledgerId), gt(ledgerEntries.seq, afterSeq)))
    .orderBy(asc(ledgerEntries.seq));
  return rows.map(({ seq, prev, at, kind, data, hash }) => ({ seq, prev, at, kind, data: data as Record<string, unknown>, hash }));
}

export async function findEntriesByHash(ex: Executor, hashes: string[]) {
  if (hashes.length === 0) return [];
  return ex.select().from(ledgerEntries).where(inArray(ledgerEntries.hash, hashes));
}

/** Entries whose hash starts with `prefix` (a receipt read off a screen); at most `limit`. */
export async function findEntriesByHashPrefix(ex: Executor, prefix: string, limit = 2) {
  const p = prefix.toLowerCase();
  // Hex digits sort below 'g', so the prefix range is [p, p + 'g'): an index range scan.
  return ex
    .select()
    .from(ledgerEntries)
    .where(and(gte(ledgerEntries.hash, p), lt(ledgerEntries.hash, `${p}g`)))
    .limit(limit);
}

export async function setLedgerPublic(tx: Executor, ledgerId: string, isPublic: boolean): Promise<void> {
  await tx.update(ledgers).set({ isPublic }).where(eq(ledgers.id, ledgerId));
}
