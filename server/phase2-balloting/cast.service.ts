// Casting. A card works exactly once: claiming it (issued → used), dropping the choices in the
// ballot box and appending the ledger entry happen in one transaction under the ballot ledger's
// head lock. Casts that arrive together are grouped into one transaction (group commit), because
// with one lock per ballot the number of transactions, not the rows, is what limits throughput.
// A retry with the same castId gets its receipt back (a tablet resends after a dropped
// connection); anything else with a used card gets one and the same 409, whatever its choices,
// so a used card answers nothing about how it was cast. Secret mode: see domain/sealed-casts.ts.
import { randomBytes } from 'node:crypto';
import { appendEntries, readEntries } from '../core/ledger/ledger.repository';
import { AppError, conflict, notFound, rateLimited, ruleViolation } from '../core/errors';
import { consume, limitsUsedUp, retryAfterSeconds, type Limit } from '../core/rate-limit/rate-limit.service';
import type { Deps } from '../core/context';
import { checkCast, type AnyOpenedData } from './domain/ballot-forms';
import { normalizeToken, tokenHash } from './domain/card-token';
import { castRetryKey, receiptFromRandom } from './domain/sealed-casts';
import { addCasts, ballotState, castTarget, findBallotAnyCongress, liveCountsOf, lockLedgerHead } from './ballots.repository';
import { findInBoxByRetryKey, putInBox } from './ballot-box.repository';
import { claimCards, findCardByHash } from './cards.repository';
import { publishBallot } from './live';

/** seq: the cast's ledger entry in recorded mode; null in secret mode (published at the close, in receipt order). */
export interface CastOutcome {
  status: 201 | 200;
  receipt: string;
  seq: number | null;
}

interface Job {
  hash: string;
  retryKey: string;
  choices: Record<string, string>;
  /** The calling tablet's miss limit: a tablet that has used it up is refused before claiming. */
  limits: Limit[];
  resolve: (o: CastOutcome | null) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 256;
const CHOICE_MESSAGES: Record<string, { zh: string; en: string }> = {
  too_many_for: { zh: '赞成票超过可投数量', en: 'More "for" than allowed' },
  missing_candidate: { zh: '须对每一个候选项目作出选择', en: 'Every candidate needs a choice' },
  unknown_candidate: { zh: '含有不属于本次表决的项目', en: 'Unknown candidate' },
  bad_choice: { zh: '选项不合本表决的形式', en: 'A choice is not offered on this ballot' },
  not_an_object: { zh: '选择格式不正确', en: 'Malformed choices' },
};

const invalidCard = () => notFound({ zh: '无效的表决卡', en: 'This ballot card is not valid' });
const usedCard = () => conflict({ zh: '此表决卡已经投过票', en: 'This card has already been used' }, { used: true });

/** Who is presenting a card: the client address and, from a paired hall tablet, its X-Device-Token. */
export interface CardCaller {
  ip: string;
  device?: string | null;
}

const MISS_WINDOW_SECONDS = 600;
/** Card misses (unknown or void tokens) per address, and per tablet, in 10 minutes. */
export const CARD_MISSES_PER_ADDRESS = 30;
export const CARD_MISSES_PER_TABLET = 20;

export interface CardLimits {
  /** Misses from this address: over it, further misses get 429; cards that exist still work, since
   *  one address can be a whole hall behind NAT (blocking it would let anyone there block the vote). */
  address: Limit;
  /** Misses from this tablet: over it, the tablet gets 429 for every card until the window ends
   *  (only its own misses count; the secretariat can pair it again). */
  tablet: Limit | null;
}

/**
 * The limits a card attempt counts against. A tablet is keyed by the hash of its device token
 * (the hash the tablets table stores), so the hot path needs no lookup; a made-up token only
 * opens a bucket of its own, and the per-address limit applies to it all the same.
 */
export function cardLimits(caller: CardCaller): CardLimits {
  return {
    address: { key: `card-miss:${caller.ip}`, max: CARD_MISSES_PER_ADDRESS, windowSeconds: MISS_WINDOW_SECONDS },
    tablet:
      caller.device && caller.device.length <= 100
        ? { key: `card-miss:tablet:${tokenHash(caller.device)}`, max: CARD_MISSES_PER_TABLET, windowSeconds: MISS_WINDOW_SECONDS }
        : null,
  };
}

/** A tablet over its limit is refused (429) whatever the token: guessing from it stops, not only missing. */
export async function assertTabletAttemptsLeft(deps: Deps, limits: CardLimits): Promise<void> {
  if (!limits.tablet) return;
  const now = deps.clock();
  if ((await limitsUsedUp(deps.db, [limits.tablet], now)).size > 0) throw rateLimited(retryAfterSeconds(now, limits.tablet.windowSeconds));
}

/**
 * A card that cannot be used: counted, then refused. An unknown, void or used card is a miss,
 * counted against the address and the tablet (over a limit the answer is 429): whoever holds a
 * used card's token gets no more tries at it than a guesser gets at unknown tokens. Both paths do
 * the same database work, so only the documented status tells them apart (404, or 409 used).
 */
export async function refuseCard(deps: Deps, limits: CardLimits, used: boolean): Promise<never> {
  const keys = [limits.address, ...(limits.tablet ? [limits.tablet] : [])];
  await consume(deps.db, keys, deps.clock());
  throw used ? usedCard() : invalidCard();
}

/** Opened data never changes once a ballot is open: cache it per process. */
const openedCache = new Map<string, { opened: AnyOpenedData; ledgerId: string }>();

async function openedFor(deps: Deps, ballotId: string) {
  const hit = openedCache.get(ballotId);
  if (hit) return hit;
  const ballot = await findBallotAnyCongress(deps.db, ballotId);
  if (!ballot) return null;
  if (ballot.state === 'draft') return { ballot };
  const entries = await readEntries(deps.db, ballot.ledgerId);
  const opened = entries.find((e) => e.kind === 'ballot.opened')?.data as AnyOpenedData | undefined;
  if (!opened) return { ballot };
  const value = { opened, ledgerId: ballot.ledgerId };
  openedCache.set(ballotId, value);
  return value;
}

export class CastQueue {
  private pending = new Map<string, Job[]>();
  private running = new Set<string>();

  constructor(private readonly deps: Deps) {}

  submit(ballotId: string, job: Omit<Job, 'resolve' | 'reject'>): Promise<CastOutcome | null> {
    return new Promise((resolve, reject) => {
      const list = this.pending.get(ballotId) ?? [];
      list.push({ ...job, resolve, reject });
      this.pending.set(ballotId, list);
      if (!this.running.has(ballotId)) void this.drain(ballotId);
    });
  }

  private async drain(ballotId: string) {
    this.running.add(ballotId);
    try {
      for (;;) {
        // Let the event loop read the requests that are waiting first, so they join this batch.
        // PGlite runs in this process and answers through microtasks only: without this turn,
        // every batch held one cast, and under a burst some requests waited more than 30 s.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const list = this.pending.get(ballotId);
        if (!list || list.length === 0) break;
        const batch = list.splice(0, MAX_BATCH);
        await this.runBatch(ballotId, batch);
      }
    } finally {
      this.running.delete(ballotId);
      this.pending.delete(ballotId);
    }
  }

  /** One transaction for the batch. A job resolves to null when its card was not claimed here. */
  private async runBatch(ballotId: string, batch: Job[]) {
    const deps = this.deps;
    // Tablets over their card-miss limit are refused first: one query for the whole batch.
    let jobs = batch;
    try {
      const now = deps.clock();
      const usedUp = await limitsUsedUp(
        deps.db,
        batch.flatMap((j) => j.limits),
        now,
      );
      if (usedUp.size > 0) {
        jobs = [];
        for (const j of batch) {
          const hit = j.limits.find((l) => usedUp.has(l.key));
          if (hit) j.reject(rateLimited(retryAfterSeconds(now, hit.windowSeconds)));
          else jobs.push(j);
        }
        if (jobs.length === 0) return;
      }
    } catch (err) {
      for (const j of batch) j.reject(err);
      return;
    }
    const claimedJobs: Array<{ job: Job; receipt: string; seq: number | null }> = [];
    try {
      await deps.db.transaction(async (tx) => {
        const ballot = await castTarget(tx, ballotId);
        if (!ballot) throw invalidCard();
        await lockLedgerHead(tx, ballot.ledgerId);
        // Read the state under the lock: closing takes the same lock, so no cast slips in after it.
        const state = (await ballotState(tx, ballotId))!;
        if (state !== 'open') throw notOpen(state);
        // The same card twice in one batch: only the first may claim it; the rest see it used.
        const firstByHash = new Map<string, Job>();
        for (const j of jobs) if (!firstByHash.has(j.hash)) firstByHash.set(j.hash, j);
        const claimed = await claimCards(tx, ballotId, [...firstByHash.keys()]);
        if (claimed.length === 0) return;
        const deputyOf = new Map(claimed.map((c) => [c.tokenHash, c.deputyId]));
        const winners = jobs.filter((j) => firstByHash.get(j.hash) === j && deputyOf.has(j.hash));
        const now = deps.clock();
        if (ballot.secrecy === 'recorded') {
          // 记名: published at once, naming the deputy; the receipt is the entry's hash.
          const entries = await appendEntries(
            tx,
            ballot.ledgerId,
            winners.map((j) => ({
              kind: 'ballot.cast',
              data: { choices: j.choices, deputyId: deputyOf.get(j.hash) },
            })),
            now,
          );
          winners.forEach((job, i) => claimedJobs.push({ job, receipt: entries[i]!.hash, seq: entries[i]!.seq }));
          await putInBox(
            tx,
            claimedJobs.map((c) => ({ receipt: c.receipt, ballotId, retryKey: c.job.retryKey, choices: null, seq: c.seq })),
          );
        } else {
          // 无记名: the ledger learns only that a ballot arrived; the choices stay sealed until the close.
          await appendEntries(
            tx,
            ballot.ledgerId,
            winners.map(() => ({ kind: 'ballot.received', data: {} })),
            now,
          );
          for (const job of winners) claimedJobs.push({ job, receipt: receiptFromRandom(randomBytes(32)), seq: null });
          await putInBox(
            tx,
            claimedJobs.map((c) => ({ receipt: c.receipt, ballotId, retryKey: c.job.retryKey, choices: c.job.choices, seq: null })),
          );
        }
        // Running totals for the live screen: recorded ballots with live counts only (never secret ones).
        let live: Record<string, Record<string, number>> | undefined;
        if (ballot.secrecy === 'recorded' && ballot.liveCounts) {
          live = ((await liveCountsOf(tx, ballotId)) ?? {}) as Record<string, Record<string, number>>;
          for (const { job } of claimedJobs) {
            for (const [cid, choice] of Object.entries(job.choices)) {
              live[cid] ??= {};
              live[cid][choice] = (live[cid][choice] ?? 0) + 1;
            }
          }
        }
        await addCasts(tx, ballotId, claimedJobs.length, live);
      });
    } catch (err) {
      for (const j of jobs) j.reject(err);
      return;
    }
    const won = new Set(claimedJobs.map((c) => c.job));
    for (const c of claimedJobs) c.job.resolve({ status: 201, receipt: c.receipt, seq: c.seq });
    for (const j of jobs) if (!won.has(j)) j.resolve(null);
    if (claimedJobs.length) await publishBallot(deps, ballotId);
  }
}

const queues = new WeakMap<Deps, CastQueue>();
const queueFor = (deps: Deps) => {
  let q = queues.get(deps);
  if (!q) queues.set(deps, (q = new CastQueue(deps)));
  return q;
};

const notOpen = (state: string) => conflict({ zh: '投票未在进行中', en: 'The ballot is not open' }, { state });

export async function castBallot(
  deps: Deps,
  ballotId: string,
  input: { token: string; choices: Record<string, string>; castId: string },
  caller: CardCaller | string,
): Promise<CastOutcome> {
  const limits = cardLimits(typeof caller === 'string' ? { ip: caller } : caller);
  const token = normalizeToken(input.token);
  const found = await openedFor(deps, ballotId);
  if (!found) throw invalidCard();
  if (!('opened' in found)) {
    throw conflict({ zh: '投票尚未开始', en: 'The ballot is not open yet' }, { state: found.ballot.state });
  }
  const check = checkCast(found.opened, input.choices);
  if (!check.valid) {
    throw ruleViolation(CHOICE_MESSAGES[check.reason] ?? CHOICE_MESSAGES.not_an_object!, { reason: check.reason, detail: check.detail });
  }
  // A malformed token can match nothing; it is still a miss, checked and counted like any other.
  // (Any string hashes; nothing stored hashes from it.)
  const hash = tokenHash(token ?? `malformed:${input.token}`);
  const retryKey = castRetryKey(token ?? `malformed:${input.token}`, input.castId);
  let outcome: CastOutcome | null;
  try {
    outcome = await queueFor(deps).submit(ballotId, { hash, retryKey, choices: input.choices, limits: limits.tablet ? [limits.tablet] : [] });
  } catch (err) {
    // Closed since: a tablet that lost its connection just before the close still learns its
    // receipt. Any other failure (the database away, a limit) is answered as it is, at once.
    if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    const retry = await findInBoxByRetryKey(deps.db, retryKey);
    if (retry && retry.ballotId === ballotId) return { status: 200, receipt: retry.receipt, seq: retry.seq };
    throw err;
  }
  if (outcome) return outcome;
  // Not claimed: unknown, void, another ballot's, or already used. The device that cast it knows
  // its castId and gets its receipt; any other request with a used card gets the same 409.
  const retry = await findInBoxByRetryKey(deps.db, retryKey);
  if (retry && retry.ballotId === ballotId) return { status: 200, receipt: retry.receipt, seq: retry.seq };
  const card = await findCardByHash(deps.db, hash);
  const unknown = !card || card.ballotId !== ballotId || card.status === 'void';
  return refuseCard(deps, limits, !unknown);
}
