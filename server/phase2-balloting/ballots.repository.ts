// Data access for ballots and their candidates (sittings, cards, the ballot box and paper totals
// have their own repositories). No rules here: those live in the services and in domain/.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballotCandidates, ballotCards, ballotSignatures, ballots, ledgerEntries, ledgers, paperTotals } from '../../db/schema';

export type BallotRow = typeof ballots.$inferSelect;
export type CandidateRow = typeof ballotCandidates.$inferSelect;

// ---- ballots ----

export async function findBallot(ex: Executor, congressId: string, id: string): Promise<BallotRow | undefined> {
  const [row] = await ex
    .select()
    .from(ballots)
    .where(and(eq(ballots.congressId, congressId), eq(ballots.id, id)));
  return row;
}

/** For public routes (the hall screen, casting by token): no congress scope, the id is the key. */
export async function findBallotAnyCongress(ex: Executor, id: string): Promise<BallotRow | undefined> {
  const [row] = await ex.select().from(ballots).where(eq(ballots.id, id));
  return row;
}

/** Several ballots by id, in one query, whatever their congress (public project records). */
export async function findBallotsAnyCongress(ex: Executor, ids: readonly string[]): Promise<BallotRow[]> {
  if (ids.length === 0) return [];
  return ex
    .select()
    .from(ballots)
    .where(inArray(ballots.id, [...ids]));
}

export async function lockBallot(ex: Executor, id: string): Promise<BallotRow | undefined> {
  const [row] = await ex.select().from(ballots).where(eq(ballots.id, id)).for('update');
  return row;
}

/** Takes the ballot ledger's head lock: everything that appends to it or changes state goes one at a time. */
export async function lockLedgerHead(ex: Executor, ledgerId: string): Promise<void> {
  await ex.select({ id: ledgers.id }).from(ledgers).where(eq(ledgers.id, ledgerId)).for('update');
}

/** Serializes creation per cycle: two clerks creating at once cannot both pass the "one live ballot" check. */
export async function lockCycleBallots(ex: Executor, cycleId: string) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`ballots:${cycleId}`}))`);
}

export async function insertBallotRow(ex: Executor, v: typeof ballots.$inferInsert): Promise<BallotRow> {
  const [row] = await ex.insert(ballots).values(v).returning();
  return row!;
}

export async function insertCandidates(ex: Executor, rows: Array<typeof ballotCandidates.$inferInsert>) {
  await ex.insert(ballotCandidates).values(rows);
}

/** Writes a ballot's state, rules or counters; the caller holds the ballot's lock. */
export async function updateBallot(ex: Executor, id: string, set: Partial<typeof ballots.$inferInsert>): Promise<BallotRow> {
  const [row] = await ex.update(ballots).set(set).where(eq(ballots.id, id)).returning();
  return row!;
}

/** The console's hall screen switch: scoped by congress, undefined for another congress's ballot. */
export async function setBallotScreenMode(ex: Executor, congressId: string, id: string, mode: BallotRow['screenMode']) {
  const [row] = await ex
    .update(ballots)
    .set({ screenMode: mode })
    .where(and(eq(ballots.id, id), eq(ballots.congressId, congressId)))
    .returning();
  return row;
}

/**
 * The congress's ballots a certification rule change must wait for: tallied (collecting signatures)
 * or closed (about to be tallied), locked so that none is tallied or certified while the rule
 * changes. Oldest first.
 */
export async function lockBallotsAwaitingCertification(ex: Executor, congressId: string) {
  return ex
    .select({ id: ballots.id, title: ballots.title, state: ballots.state })
    .from(ballots)
    .where(and(eq(ballots.congressId, congressId), inArray(ballots.state, ['closed', 'tallied'])))
    .orderBy(asc(ballots.createdAt))
    .for('update');
}

/** Tallied ballots of the congress, still collecting signatures (no lock: for reading). */
export async function listTalliedBallots(ex: Executor, congressId: string) {
  return ex
    .select({ id: ballots.id, title: ballots.title })
    .from(ballots)
    .where(and(eq(ballots.congressId, congressId), eq(ballots.state, 'tallied')))
    .orderBy(asc(ballots.createdAt));
}

export async function listBallots(ex: Executor, congressId: string, cycleId?: string) {
  return ex
    .select()
    .from(ballots)
    .where(cycleId ? and(eq(ballots.congressId, congressId), eq(ballots.cycleId, cycleId)) : eq(ballots.congressId, congressId))
    .orderBy(desc(ballots.createdAt));
}

export async function listCandidates(ex: Executor, ballotId: string): Promise<CandidateRow[]> {
  return ex.select().from(ballotCandidates).where(eq(ballotCandidates.ballotId, ballotId)).orderBy(asc(ballotCandidates.position));
}

/** The candidates of several ballots in one query, each ballot's in position order. */
export async function listCandidatesOf(ex: Executor, ballotIds: readonly string[]): Promise<Map<string, CandidateRow[]>> {
  const out = new Map<string, CandidateRow[]>(ballotIds.map((id) => [id, []]));
  if (ballotIds.length === 0) return out;
  const rows = await ex
    .select()
    .from(ballotCandidates)
    .where(inArray(ballotCandidates.ballotId, [...ballotIds]))
    .orderBy(asc(ballotCandidates.ballotId), asc(ballotCandidates.position));
  for (const r of rows) out.get(r.ballotId)!.push(r);
  return out;
}

// ---- casting (the hot path: a few small statements per batch of casts) ----

/** What a batch of casts needs of its ballot, without the rest of the row. */
export async function castTarget(ex: Executor, ballotId: string) {
  const [row] = await ex
    .select({
      state: ballots.state,
      ledgerId: ballots.ledgerId,
      secrecy: sql<string>`${ballots.rules}->>'secrecy'`,
      liveCounts: sql<boolean>`coalesce((${ballots.rules}->>'liveCounts')::boolean, false)`,
    })
    .from(ballots)
    .where(eq(ballots.id, ballotId));
  return row;
}

export async function ballotState(ex: Executor, ballotId: string): Promise<BallotRow['state'] | undefined> {
  const [row] = await ex.select({ state: ballots.state }).from(ballots).where(eq(ballots.id, ballotId));
  return row?.state;
}

export async function liveCountsOf(ex: Executor, ballotId: string): Promise<unknown> {
  const [row] = await ex.select({ liveCounts: ballots.liveCounts }).from(ballots).where(eq(ballots.id, ballotId));
  return row?.liveCounts;
}

/** Adds `n` to the ballot's cast count (in the statement, not read-modify-write), with the new running counts if any. */
export async function addCasts(ex: Executor, ballotId: string, n: number, liveCounts?: Record<string, Record<string, number>>) {
  await ex
    .update(ballots)
    .set({ castCount: sql`${ballots.castCount} + ${n}`, ...(liveCounts ? { liveCounts } : {}) })
    .where(eq(ballots.id, ballotId));
}

// ---- removal ----

/** Removes a draft ballot that never opened, with its candidates, cards and ledger. */
export async function deleteDraftBallot(ex: Executor, ballot: BallotRow) {
  await ex.delete(ballotCards).where(eq(ballotCards.ballotId, ballot.id));
  await ex.delete(ballotCandidates).where(eq(ballotCandidates.ballotId, ballot.id));
  await ex.delete(paperTotals).where(eq(paperTotals.ballotId, ballot.id));
  await ex.delete(ballots).where(eq(ballots.id, ballot.id));
  await ex.delete(ledgerEntries).where(eq(ledgerEntries.ledgerId, ballot.ledgerId));
  await ex.delete(ledgers).where(eq(ledgers.id, ballot.ledgerId));
}

/** drizzle's execute returns rows differently per driver (postgres.js: array; PGlite: {rows}). */
export function rowsOf(result: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(result)) return result as Array<Record<string, unknown>>;
  return ((result as { rows?: unknown[] }).rows ?? []) as Array<Record<string, unknown>>;
}

// ---- signatures towards certification ----

export async function insertSignature(ex: Executor, v: typeof ballotSignatures.$inferInsert): Promise<boolean> {
  const rows = await ex.insert(ballotSignatures).values(v).onConflictDoNothing().returning({ keyId: ballotSignatures.keyId });
  return rows.length > 0;
}

/** The signatures given over `subject` (the hash signed), oldest first. */
export async function listSignatures(ex: Executor, ballotId: string, subject: string) {
  return ex
    .select()
    .from(ballotSignatures)
    .where(and(eq(ballotSignatures.ballotId, ballotId), eq(ballotSignatures.subject, subject)))
    .orderBy(asc(ballotSignatures.signedAt), asc(ballotSignatures.keyId));
}
