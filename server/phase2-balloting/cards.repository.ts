// Data access for ballot cards: only each token's SHA-256 is stored (secret mode: with no deputy).
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballotCards } from '../../db/schema';
import { rowsOf } from './ballots.repository';

export type CardRow = typeof ballotCards.$inferSelect;

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

export async function insertCards(ex: Executor, rows: Array<{ ballotId: string; tokenHash: string; deputyId: string | null }>) {
  await ex.insert(ballotCards).values(rows);
}

/** Recorded mode: the card this deputy has already cast with, if any. */
export async function findUsedCardOf(ex: Executor, ballotId: string, deputyId: string): Promise<CardRow | undefined> {
  const [row] = await ex
    .select()
    .from(ballotCards)
    .where(and(eq(ballotCards.ballotId, ballotId), eq(ballotCards.deputyId, deputyId), eq(ballotCards.status, 'used')));
  return row;
}
