// How a secret ballot's choices reach the ledger without telling who cast them. While the vote is
// open a cast appends only `ballot.received` (data {}): the chain and the turnout move live, its
// content does not. The choices wait in the ballot box under a random receipt; the close publishes
// them as `ballot.cast` entries {choices, receipt}, sorted by receipt, all stamped with the close's
// time, so neither their order nor their time says anything about the order of casting.
// Recorded (记名) ballots publish each cast at once, with its deputy, as before.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { LedgerEntry } from '../../core/domain/ledger-chain';

/** A cast's id, made by the casting device: at least 128 bits (22+ base64url symbols, or 32+ hex digits). */
export const CAST_ID_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** A receipt: 64 hex digits. Secret mode: random. Recorded mode: the hash of the cast's entry. */
export const receiptFromRandom = (random: Uint8Array): string => {
  if (random.length !== 32) throw new Error('a receipt takes 32 random bytes');
  return bytesToHex(random);
};

/**
 * Where a retry finds its receipt: SHA-256 over (token, castId). The token alone (the printed
 * card) cannot compute it, so the box holds nothing derived from the token alone.
 */
export function castRetryKey(canonicalToken: string, castId: string): string {
  return bytesToHex(sha256(utf8ToBytes(`cast-retry\u0000${canonicalToken}\u0000${castId}`)));
}

/**
 * A receipt code as a person types or reads it: "723E 8F21 4454", "723e-8f21-4454", the full 64
 * digits. Spaces, dashes and case do not matter; at least 12 hex digits. Null if it cannot be one.
 */
export function normalizeReceiptCode(input: string): string | null {
  const hex = input.replace(/[\s\-\u2010-\u2015\u3000]/g, '').toLowerCase();
  if (!/^[0-9a-f]{12,64}$/.test(hex)) return null;
  return hex;
}

/** The first 12 hex digits in groups of four: what a tablet shows and /verify accepts. */
export function shortReceipt(receipt: string): string {
  return (receipt.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ').toUpperCase();
}

export interface SealedCast {
  receipt: string;
  choices: Record<string, string>;
}

const byReceipt = (a: SealedCast, b: SealedCast) => (a.receipt < b.receipt ? -1 : a.receipt > b.receipt ? 1 : 0);

/** The `ballot.cast` entries the close appends: in receipt order, whatever order they were cast in. */
export function publishedCasts(
  sealed: readonly SealedCast[],
): Array<{ kind: 'ballot.cast'; data: { choices: Record<string, string>; receipt: string } }> {
  return [...sealed].sort(byReceipt).map((s) => ({ kind: 'ballot.cast', data: { choices: s.choices, receipt: s.receipt } }));
}

/**
 * For verify: where a secret ballot's ledger breaks the publication format ([] if it holds).
 * Ledgers written before this format (casts published while open, no `ballot.received`) pass.
 */
export function publicationProblems(entries: readonly LedgerEntry[]): string[] {
  const opened = entries.find((e) => e.kind === 'ballot.opened');
  if (!opened || opened.data.secrecy !== 'secret') return [];
  const received = entries.filter((e) => e.kind === 'ballot.received');
  const casts = entries.filter((e) => e.kind === 'ballot.cast');
  const closed = entries.find((e) => e.kind === 'ballot.closed');
  if (received.length === 0 && casts.every((c) => c.data.receipt === undefined)) return [];
  const problems: string[] = [];
  for (const r of received) {
    if (Object.keys(r.data).length !== 0) problems.push(`ballot.received at seq ${r.seq} carries data; it must be {}`);
  }
  if (!closed) {
    if (casts.length) problems.push('choices were published before the ballot closed');
    return problems;
  }
  if (casts.length !== received.length) problems.push(`${received.length} ballots were received but ${casts.length} were published`);
  const receipts = new Set<string>();
  let previous = '';
  for (const c of casts) {
    const receipt = c.data.receipt;
    if (typeof receipt !== 'string' || !/^[0-9a-f]{64}$/.test(receipt)) {
      problems.push(`ballot.cast at seq ${c.seq} has no receipt`);
      continue;
    }
    if (receipts.has(receipt)) problems.push(`receipt ${receipt} is published twice`);
    if (receipt < previous) problems.push(`ballot.cast at seq ${c.seq} is out of receipt order`);
    receipts.add(receipt);
    previous = receipt;
    if (c.seq > closed.seq) problems.push(`ballot.cast at seq ${c.seq} comes after ballot.closed`);
    if (c.at !== closed.at) problems.push(`ballot.cast at seq ${c.seq} is timed ${c.at}, not at the close (${closed.at})`);
    if (received.length && c.seq < received[received.length - 1]!.seq)
      problems.push(`ballot.cast at seq ${c.seq} was published while the vote was open`);
    if (c.data.deputyId !== undefined) problems.push(`ballot.cast at seq ${c.seq} names a deputy in a secret ballot`);
  }
  return problems;
}
