// Derived data remembered until the next write, where the driver can tell (PGlite: one process
// owns the data and counts its transactions, deps.database.writeEpoch). Under 200 concurrent
// readers on PGlite the queries behind a page were what queued; a reader of unchanged data now
// asks the database nothing. On PostgreSQL other processes write too, so it always computes.
import type { Deps } from './context';

const MAX_ENTRIES = 500;
const memos = new WeakMap<Deps, Map<string, { epoch: number; value: unknown }>>();

/**
 * `compute()` remembered until the next write, where the driver can tell (PGlite: one process,
 * deps.database.writeEpoch). Under 200 concurrent readers on PGlite, the version's own queries
 * were what queued: a reader of an unchanged page now asks the database nothing. On PostgreSQL
 * other processes write too, so it always computes.
 */
export async function sinceLastWrite<T>(deps: Deps, key: string, compute: () => Promise<T>): Promise<T> {
  const epoch = deps.database.writeEpoch?.();
  if (epoch === undefined) return compute();
  let memo = memos.get(deps);
  if (!memo) memos.set(deps, (memo = new Map()));
  const hit = memo.get(key);
  if (hit && hit.epoch === epoch) return hit.value as T;
  const value = await compute();
  if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  memo.set(key, { epoch, value });
  return value;
}
