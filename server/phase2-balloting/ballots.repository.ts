// Data access for sittings, ballots, cards and paper totals. No rules here: those live in the
// services and in domain/.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  attendance,
  ballotBox,
  ballotSignatures,
  ballotCandidates,
  ballotCards,
  ballots,
  delegations,
  deputies,
  ledgerEntries,
  ledgers,
  paperTotals,
  sittings,
} from '../../db/schema';

export type BallotRow = typeof ballots.$inferSelect;
export type CandidateRow = typeof ballotCandidates.$inferSelect;
export type CardRow = typeof ballotCards.$inferSelect;
export type PaperRow = typeof paperTotals.$inferSelect;
export type SittingRow = typeof sittings.$inferSelect;

// ---- sittings and attendance ----

export async function findSitting(ex: Executor, congressId: string, id: string): Promise<SittingRow | undefined> {
  const [row] = await ex
    .select()
    .from(sittings)
    .where(and(eq(sittings.congressId, congressId), eq(sittings.id, id)));
  return row;
}

export async function listSittings(ex: Executor, congressId: string) {
  return ex.select().from(sittings).where(eq(sittings.congressId, congressId)).orderBy(desc(sittings.createdAt));
}

/** Who votes: the whole congress, or (for some evaluations) the standing committee's members. */
export type Electorate = 'deputies' | 'standing_committee';
const inElectorate = (e: Electorate) => (e === 'standing_committee' ? [eq(deputies.standingCommittee, true)] : []);

/** 应到: active deputies of the electorate. */
export async function countRoster(ex: Executor, congressId: string, electorate: Electorate = 'deputies'): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), eq(deputies.status, 'active'), ...inElectorate(electorate)));
  return row?.n ?? 0;
}

/** 实到: active deputies of the electorate marked present at the sitting. */
export async function countPresent(ex: Executor, sittingId: string, electorate: Electorate = 'deputies'): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(attendance)
    .innerJoin(deputies, eq(deputies.id, attendance.deputyId))
    .where(and(eq(attendance.sittingId, sittingId), eq(attendance.present, true), eq(deputies.status, 'active'), ...inElectorate(electorate)));
  return row?.n ?? 0;
}

export async function presentDeputies(ex: Executor, congressId: string, sittingId: string, electorate: Electorate = 'deputies') {
  return ex
    .select({ id: deputies.id, name: deputies.name, seatNo: deputies.seatNo, delegationName: delegations.name })
    .from(attendance)
    .innerJoin(deputies, eq(deputies.id, attendance.deputyId))
    .innerJoin(delegations, eq(delegations.id, deputies.delegationId))
    .where(
      and(
        eq(attendance.sittingId, sittingId),
        eq(attendance.present, true),
        eq(deputies.status, 'active'),
        eq(deputies.congressId, congressId),
        ...inElectorate(electorate),
      ),
    )
    .orderBy(asc(delegations.sortOrder), asc(sql`length(${deputies.seatKey})`), asc(deputies.seatKey));
}

export async function attendanceList(ex: Executor, congressId: string, sittingId: string, q?: string) {
  const rows = await ex
    .select({
      id: deputies.id,
      name: deputies.name,
      seatNo: deputies.seatNo,
      delegationName: delegations.name,
      present: sql<boolean>`coalesce(${attendance.present}, false)`,
    })
    .from(deputies)
    .innerJoin(delegations, eq(delegations.id, deputies.delegationId))
    .leftJoin(attendance, and(eq(attendance.deputyId, deputies.id), eq(attendance.sittingId, sittingId)))
    .where(and(eq(deputies.congressId, congressId), eq(deputies.status, 'active')))
    .orderBy(asc(delegations.sortOrder), asc(sql`length(${deputies.seatKey})`), asc(deputies.seatKey));
  if (!q) return rows;
  const needle = q.trim().toUpperCase();
  return rows.filter((r) => r.name.includes(q.trim()) || r.seatNo.toUpperCase() === needle || r.seatNo.toUpperCase().includes(needle));
}

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

export async function lockBallot(ex: Executor, id: string): Promise<BallotRow | undefined> {
  const [row] = await ex.select().from(ballots).where(eq(ballots.id, id)).for('update');
  return row;
}

/** Takes the ballot ledger's head lock: everything that appends to it or changes state goes one at a time. */
export async function lockLedgerHead(ex: Executor, ledgerId: string): Promise<void> {
  await ex.select({ id: ledgers.id }).from(ledgers).where(eq(ledgers.id, ledgerId)).for('update');
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

// ---- cards ----

export async function findCardByHash(ex: Executor, hash: string): Promise<CardRow | undefined> {
  const [row] = await ex.select().from(ballotCards).where(eq(ballotCards.tokenHash, hash));
  return row;
}

export async function findCardsByHashes(ex: Executor, hashes: string[]): Promise<CardRow[]> {
  if (hashes.length === 0) return [];
  return ex.select().from(ballotCards).where(inArray(ballotCards.tokenHash, hashes));
}

export async function countLiveCards(ex: Executor, ballotId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(ballotCards)
    .where(and(eq(ballotCards.ballotId, ballotId), sql`${ballotCards.status} <> 'void'`));
  return row?.n ?? 0;
}

/** Voids every card not yet used; returns how many. */
export async function voidUnusedCards(ex: Executor, ballotId: string, deputyId?: string): Promise<number> {
  const rows = await ex
    .update(ballotCards)
    .set({ status: 'void' })
    .where(and(eq(ballotCards.ballotId, ballotId), eq(ballotCards.status, 'issued'), ...(deputyId ? [eq(ballotCards.deputyId, deputyId)] : [])))
    .returning({ id: ballotCards.id });
  return rows.length;
}

/**
 * Claims cards for casting: issued → used, in one statement, so a card works once even when
 * several requests (or processes) race. Returns the hashes actually claimed. Nothing else is
 * written on the card: not when, not what, not which receipt.
 */
export async function claimCards(ex: Executor, ballotId: string, hashes: string[]) {
  if (hashes.length === 0) return [] as Array<{ tokenHash: string; deputyId: string | null }>;
  const result = await ex.execute(sql`
    update ballot_cards c set status = 'used'
    from jsonb_array_elements_text(${JSON.stringify(hashes)}::jsonb) as v(hash)
    where c.token_hash = v.hash and c.ballot_id = ${ballotId} and c.status = 'issued'
    returning c.token_hash, c.deputy_id`);
  return rowsOf(result).map((r) => ({ tokenHash: String(r.token_hash), deputyId: (r.deputy_id as string | null) ?? null }));
}

// ---- the ballot box ----

export type BoxRow = typeof ballotBox.$inferSelect;

export async function putInBox(
  ex: Executor,
  rows: Array<{ receipt: string; ballotId: string; retryKey: string; choices: unknown; seq: number | null }>,
) {
  if (rows.length === 0) return;
  await ex.insert(ballotBox).values(rows);
}

export async function findInBoxByRetryKey(ex: Executor, retryKey: string): Promise<BoxRow | undefined> {
  const [row] = await ex.select().from(ballotBox).where(eq(ballotBox.retryKey, retryKey));
  return row;
}

/** Box rows whose receipt starts with `prefix` (a code read off a tablet); at most `limit`. */
export async function findInBoxByReceiptPrefix(ex: Executor, prefix: string, limit = 2): Promise<BoxRow[]> {
  const p = prefix.toLowerCase();
  if (p.length === 64) return ex.select().from(ballotBox).where(eq(ballotBox.receipt, p));
  // Hex digits sort below 'g', so the prefix range is [p, p + 'g'): an index range scan.
  return ex
    .select()
    .from(ballotBox)
    .where(and(sql`${ballotBox.receipt} >= ${p}`, sql`${ballotBox.receipt} < ${`${p}g`}`))
    .limit(limit);
}

/** The sealed choices of a secret ballot, in receipt order (unrelated to the order of casting). */
export async function sealedCasts(ex: Executor, ballotId: string): Promise<Array<{ receipt: string; choices: Record<string, string> }>> {
  const rows = await ex
    .select({ receipt: ballotBox.receipt, choices: ballotBox.choices })
    .from(ballotBox)
    .where(and(eq(ballotBox.ballotId, ballotId), sql`${ballotBox.choices} is not null`));
  return rows
    .map((r) => ({ receipt: r.receipt, choices: r.choices as Record<string, string> }))
    .sort((a, b) => (a.receipt < b.receipt ? -1 : a.receipt > b.receipt ? 1 : 0));
}

/** After publication (or a void) the box keeps only what a retry needs: its receipt. */
export async function clearSealedChoices(ex: Executor, ballotId: string) {
  await ex.update(ballotBox).set({ choices: null }).where(eq(ballotBox.ballotId, ballotId));
}

/** The published `ballot.cast` entry that carries a receipt (secret mode: data.receipt; recorded: its hash). */
export async function findCastEntry(ex: Executor, ledgerId: string, receipt: string) {
  const [row] = await ex
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.ledgerId, ledgerId),
        eq(ledgerEntries.kind, 'ballot.cast'),
        sql`(${ledgerEntries.data}->>'receipt' = ${receipt} or ${ledgerEntries.hash} = ${receipt})`,
      ),
    );
  return row;
}

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

// ---- paper ----

export async function listPaper(ex: Executor, ballotId: string): Promise<PaperRow[]> {
  return ex.select().from(paperTotals).where(eq(paperTotals.ballotId, ballotId)).orderBy(asc(paperTotals.enteredAt));
}

export async function findPaper(ex: Executor, ballotId: string, id: string): Promise<PaperRow | undefined> {
  const [row] = await ex
    .select()
    .from(paperTotals)
    .where(and(eq(paperTotals.ballotId, ballotId), eq(paperTotals.id, id)));
  return row;
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
