// Fixed-window rate limits shared by every server process (counters in rate-limit.repository.ts):
// login attempts, public suggestions, card scans and casts.
import type { Executor } from '../../../db/client';
import { rateLimited } from '../errors';
import { decrementCount, deleteWindowsBefore, incrementCount, windowCount, windowCounts } from './rate-limit.repository';

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

function retryAfter(now: Date, windowSeconds: number): number {
  const end = windowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

export async function currentCount(ex: Executor, limit: Limit, now: Date): Promise<number> {
  return windowCount(ex, limit.key, windowStart(now, limit.windowSeconds));
}

export async function countHit(ex: Executor, limit: Limit, now: Date): Promise<number> {
  return incrementCount(ex, limit.key, windowStart(now, limit.windowSeconds));
}

/** Counts this attempt and throws 429 when it goes over any limit. */
export async function consume(ex: Executor, limits: Limit[], now: Date): Promise<void> {
  for (const limit of limits) {
    const n = await countHit(ex, limit, now);
    if (n > limit.max) throw rateLimited(retryAfter(now, limit.windowSeconds));
  }
}

/**
 * Counts this attempt BEFORE the work it guards (a password check), in one atomic upsert per
 * limit, so a concurrent burst cannot get more attempts through than the limit: each request's
 * increment returns its own position. When a limit is over, the increments already made are taken
 * back (a refused attempt checked nothing) and 429 is thrown. The returned `refund` takes this
 * attempt back (a successful login is not a failure).
 */
export async function reserve(ex: Executor, limits: Limit[], now: Date): Promise<{ refund: () => Promise<void> }> {
  const taken: Limit[] = [];
  const refund = async () => {
    for (const limit of taken.splice(0)) {
      await decrementCount(ex, limit.key, windowStart(now, limit.windowSeconds));
    }
  };
  for (const limit of limits) {
    const n = await countHit(ex, limit, now);
    taken.push(limit);
    if (n > limit.max) {
      // The over-limit attempt itself stays counted on the limit that refused it (the console's
      // lockout list shows how hard an account was tried); the others are given back.
      taken.pop();
      await refund();
      throw rateLimited(retryAfter(now, limit.windowSeconds));
    }
  }
  return { refund };
}

export async function pruneOld(ex: Executor, now: Date): Promise<void> {
  await deleteWindowsBefore(ex, new Date(now.getTime() - 24 * 3600_000));
}

/**
 * Of these limits, the ones already used up in their current window (one query per window length,
 * however many callers: the cast queue checks a whole batch at once).
 */
export async function limitsUsedUp(ex: Executor, limits: Limit[], now: Date): Promise<Set<string>> {
  const used = new Set<string>();
  const byWindow = new Map<number, Limit[]>();
  for (const l of limits) byWindow.set(l.windowSeconds, [...(byWindow.get(l.windowSeconds) ?? []), l]);
  for (const [windowSeconds, group] of byWindow) {
    const count = await windowCounts(ex, [...new Set(group.map((l) => l.key))], windowStart(now, windowSeconds));
    for (const l of group) if ((count.get(l.key) ?? 0) >= l.max) used.add(l.key);
  }
  return used;
}

export function retryAfterSeconds(now: Date, windowSeconds: number): number {
  return retryAfter(now, windowSeconds);
}
