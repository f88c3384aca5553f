// Data access for the ballot box: receipts, retry keys and (secret mode, until the close) sealed choices.
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballotBox, ledgerEntries } from '../../db/schema';

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
