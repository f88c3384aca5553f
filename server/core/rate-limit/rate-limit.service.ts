// Fixed-window rate limits shared by every server process (counters in rate-limit.repository.ts):
// login attempts, public suggestions, card scans and casts.
import type { Executor } from '../../../db/client';
import { rateLimited } from '../errors';
import { deleteWindowsBefore, incrementCount, windowCount, windowCounts } from './rate-limit.repository';

export interface Limit { key: string; max: number; windowSeconds: number }

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

/** Throws 429 if any limit is already used up (does not count this attempt). */
export async function assertUnderLimits(ex: Executor, limits: Limit[], now: Date): Promise<void> {
  for (const limit of limits) {
    if ((await currentCount(ex, limit, now)) >= limit.max) throw rateLimited(retryAfter(now, limit.windowSeconds));
  }
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
