// Caching for the public pages. Every change to a cycle's projects is a ledger entry, so a cycle's
// public data is a function of its ledger heads (and its ballots'), the names shown, and the day
// (status and flags turn at China midnight). That "version" costs one or two small queries: an
// If-None-Match that matches it answers 304 without building anything, and built bodies are kept
// per version, so a busy page costs little. Shared caches may keep a response for 30 seconds.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { Executor } from '../../db/client';
import type { AppEnv, Deps } from './context';
import { chinaDate } from './domain/china-date';
import { congressVersionParts, cycleVersionParts } from './public-cache.repository';
import { sinceLastWrite } from './since-last-write';

export { sinceLastWrite };

export const PUBLIC_CACHE_CONTROL = 'public, max-age=30';
const MAX_BODIES = 500;
const bodies = new WeakMap<Deps, Map<string, string>>();
const pending = new Map<string, Promise<string>>();

/** cycleVersion, asked of the database only after a write (or a new day). */
export const cycleVersionOf = (deps: Deps, cycle: { id: string; congressId: string; ledgerId: string }, now: Date) =>
  sinceLastWrite(deps, `cycle:${cycle.id}:${chinaDate(now)}`, () => cycleVersion(deps.db, cycle, now));

/** congressVersion, likewise. */
export const congressVersionOf = (deps: Deps, congressId: string, now: Date) =>
  sinceLastWrite(deps, `congress:${congressId}:${chinaDate(now)}`, () => congressVersion(deps.db, congressId, now));

const digest = (v: unknown) => bytesToHex(sha256(utf8ToBytes(JSON.stringify(v))));

/** What a cycle's public pages depend on: its ledger and its ballots' ledgers, the departments' and supervising deputies' names. */
export async function cycleVersion(ex: Executor, cycle: { id: string; congressId: string; ledgerId: string }, now: Date): Promise<string> {
  return digest({ ...(await cycleVersionParts(ex, cycle)), day: chinaDate(now) });
}

/** What a congress-wide page (a department's record) depends on: every cycle ledger of the congress and the departments' names. */
export async function congressVersion(ex: Executor, congressId: string, now: Date): Promise<string> {
  return digest({ ...(await congressVersionParts(ex, congressId)), day: chinaDate(now) });
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/**
 * The ETag of this page at this version, and whether the client already holds it (the PDF route
 * uses these too). It keys on the path and the route's validated query only — the documented
 * parameters, which the schema keeps — so `?x=<random>` cannot make a fresh body (or PDF) each time.
 */
export function etagOf(c: Context<AppEnv>, version: string): { etag: string; fresh: boolean } {
  const query = (c.req as unknown as { valid: (target: 'query') => unknown }).valid('query') ?? null;
  const etag = `"${digest({ version, path: new URL(c.req.url).pathname, query }).slice(0, 40)}"`;
  return { etag, fresh: matches(c.req.header('if-none-match'), etag) };
}

/** Answers 304 when the client's copy is current; otherwise the body (built once per version). */
export async function cachedJson<T>(
  c: Context<AppEnv>,
  deps: Deps,
  version: string,
  build: () => Promise<T>,
): Promise<Response & TypedResponse<JSONParsed<T>>> {
  // Typed like c.json's answer, so the route's declared response schema is checked against what build() returns.
  return cachedText(c, deps, version, async () => JSON.stringify(await build()), 'application/json; charset=UTF-8') as Promise<
    Response & TypedResponse<JSONParsed<T>>
  >;
}

/** cachedJson for any text body (the CSV exports). */
export async function cachedText(
  c: Context<AppEnv>,
  deps: Deps,
  version: string,
  build: () => Promise<string>,
  contentType: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  const { etag, fresh } = etagOf(c, version);
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL };
  if (fresh) return c.body(null, 304, headers);
  let cache = bodies.get(deps);
  if (!cache) bodies.set(deps, (cache = new Map()));
  // Concurrent readers of a version not built yet share one build (a crowd arriving at once).
  let text = cache.get(etag);
  if (text === undefined) {
    const building = pending.get(etag);
    const job = building ?? build().finally(() => pending.delete(etag));
    if (!building) pending.set(etag, job);
    text = await job;
    if (cache.size >= MAX_BODIES) cache.delete(cache.keys().next().value!);
    cache.set(etag, text);
  }
  return c.body(text, 200, { ...headers, ...extra, 'Content-Type': contentType });
}
