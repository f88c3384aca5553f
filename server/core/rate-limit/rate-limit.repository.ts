// Fixed-window counters in the database, so every server process shares them. The SQL only: the
// decisions (what counts as over a limit, the 429) are in rate-limit.service.ts.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { rateLimits } from '../../../db/schema';

/** The count of one key in the window that starts at `windowStart`. */
export async function windowCount(ex: Executor, key: string, windowStart: Date): Promise<number> {
  const rows = await ex
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
  return rows[0]?.count ?? 0;
}

/** Adds one to the key's count in that window and returns the new count. */
export async function incrementCount(ex: Executor, key: string, windowStart: Date): Promise<number> {
  const rows = await ex
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  return rows[0]!.count;
}

/** Takes one back from the key's count in that window (never below zero). */
export async function decrementCount(ex: Executor, key: string, windowStart: Date): Promise<void> {
  await ex
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)));
}

/** The counts of these keys in one window, in one query. */
export async function windowCounts(ex: Executor, keys: string[], windowStart: Date): Promise<Map<string, number>> {
  const rows = await ex
    .select({ key: rateLimits.key, count: rateLimits.count })
    .from(rateLimits)
    .where(and(inArray(rateLimits.key, keys), eq(rateLimits.windowStart, windowStart)));
  return new Map(rows.map((r) => [r.key, r.count]));
}

export async function deleteWindowsBefore(ex: Executor, before: Date): Promise<void> {
  await ex.delete(rateLimits).where(lt(rateLimits.windowStart, before));
}
