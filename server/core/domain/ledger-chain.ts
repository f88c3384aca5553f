/**
 * The hash-chained, append-only ledger: sealing entries and verifying chains and exports.
 * Pure (no I/O). The format is specified in docs/ledger.md; keep the two in step.
 *
 * entry = {seq, prev, at, kind, data, hash}
 * hash  = lowercase hex digest of the UTF-8 bytes of canonicalJson({seq, prev, at, kind, data}),
 *         by the ledger's algorithm: SHA-256 (default) or SM3 (ledger-hash.ts)
 */
import { canonicalJson, CanonicalJsonError } from './canonical-json.js';
import { DEFAULT_HASH_ALG, hashHex, isHashAlg, type HashAlg } from './ledger-hash.js';

/** `prev` of seq 1, and `hash` of the head of an empty ledger. */
export const GENESIS_PREV = '0'.repeat(64);

export interface LedgerEntry {
  seq: number;
  prev: string;
  at: string;
  kind: string;
  data: Record<string, unknown>;
  hash: string;
}

export type UnsealedEntry = Omit<LedgerEntry, 'hash'>;

export interface ChainHead {
  seq: number;
  hash: string;
}

/** Where a chain first goes wrong: `seq` is the seq expected at that position (index + 1). */
export type ChainProblem = { seq: number; index: number; reason: string };

export type ChainVerification =
  | { ok: true; head: ChainHead; count: number }
  | {
      ok: false;
      firstBad: ChainProblem;
      /** Head of the longest valid prefix ({seq: 0, hash: GENESIS_PREV} if the first entry is bad). */
      head: ChainHead;
    };

export const EMPTY_HEAD: Readonly<ChainHead> = Object.freeze({ seq: 0, hash: GENESIS_PREV });

/** `at`: UTC ISO-8601 with milliseconds, e.g. 2027-01-15T09:30:00.123Z. */
export const AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** `kind`: lowercase segments of [a-z0-9_] separated by single dots, e.g. ballot.cast. */
export const KIND_PATTERN = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
/** A SHA-256 or SM3 digest in lowercase hex. */
export const HASH_PATTERN = /^[0-9a-f]{64}$/;

const ENTRY_FIELDS = ['seq', 'prev', 'at', 'kind', 'data', 'hash'] as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The exact string that is hashed for an entry. */
export function canonicalEntryJson(e: UnsealedEntry): string {
  return canonicalJson({ seq: e.seq, prev: e.prev, at: e.at, kind: e.kind, data: e.data });
}

/** The ledger's digest (lowercase hex) of canonicalJson({seq, prev, at, kind, data}); other keys of `e` are ignored. */
export function hashEntry(e: UnsealedEntry, alg: HashAlg = DEFAULT_HASH_ALG): string {
  return hashHex(alg, canonicalEntryJson(e));
}

/** The entry's timestamp format: Date.prototype.toISOString (always milliseconds and Z). */
export function formatAt(d: Date): string {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError('formatAt: invalid Date');
  }
  const s = d.toISOString();
  if (!AT_PATTERN.test(s)) {
    // Years outside 0000–9999 come out as ±YYYYYY.
    throw new RangeError(`formatAt: ${s} is outside the years 0000–9999`);
  }
  return s;
}

/** Why `at` is not a valid timestamp, or null if it is. */
export function atProblem(at: string): string | null {
  if (!AT_PATTERN.test(at)) {
    return `at ${JSON.stringify(at)} is not of the form YYYY-MM-DDTHH:mm:ss.sssZ`;
  }
  const d = new Date(at);
  if (Number.isNaN(d.getTime()) || d.toISOString() !== at) {
    return `at ${JSON.stringify(at)} is not a real date`;
  }
  return null;
}

export function isValidAt(at: unknown): at is string {
  return typeof at === 'string' && atProblem(at) === null;
}

export function isValidKind(kind: unknown): kind is string {
  return typeof kind === 'string' && KIND_PATTERN.test(kind);
}

/**
 * Seal the entry that follows `prevHead` (use EMPTY_HEAD for the first entry).
 * Throws on an invalid head, `at`, `kind` or `data` (data must be a plain object that
 * canonicalizes: no fractions, NaN, unsafe integers, Dates, class instances …).
 * The returned `data` is a fresh copy of exactly what was hashed (keys sorted, undefined
 * members dropped), so later mutation of the caller's object cannot change the entry.
 */
export function sealEntry(
  prevHead: { seq: number; hash: string },
  at: Date | string,
  kind: string,
  data: Record<string, unknown>,
  alg: HashAlg = DEFAULT_HASH_ALG,
): LedgerEntry {
  if (!Number.isSafeInteger(prevHead.seq) || prevHead.seq < 0) {
    throw new RangeError(`sealEntry: head seq must be a non-negative integer, got ${String(prevHead.seq)}`);
  }
  if (typeof prevHead.hash !== 'string' || !HASH_PATTERN.test(prevHead.hash)) {
    throw new RangeError('sealEntry: head hash must be 64 lowercase hex digits');
  }
  if (prevHead.seq === 0 && prevHead.hash !== GENESIS_PREV) {
    throw new RangeError('sealEntry: the head of an empty ledger must have hash GENESIS_PREV');
  }
  let atText: string;
  if (at instanceof Date) {
    atText = formatAt(at);
  } else if (typeof at === 'string') {
    const problem = atProblem(at);
    if (problem) throw new RangeError(`sealEntry: ${problem}`);
    atText = at;
  } else {
    throw new TypeError('sealEntry: at must be a Date or an ISO-8601 string');
  }
  if (!isValidKind(kind)) {
    throw new RangeError(`sealEntry: kind ${JSON.stringify(kind)} is not a dotted lowercase name`);
  }
  if (!isPlainObject(data)) {
    throw new TypeError('sealEntry: data must be a plain object');
  }
  const seq = prevHead.seq + 1;
  const prev = prevHead.hash;
  // Throws CanonicalJsonError with a `$.data…` path for anything not allowed in data.
  const text = canonicalJson({ seq, prev, at: atText, kind, data });
  // Keep a copy of precisely the hashed data.
  const hashed = (JSON.parse(text) as { data: Record<string, unknown> }).data;
  return { seq, prev, at: atText, kind, data: hashed, hash: hashHex(alg, text) };
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Shape problem of one entry, or null. Tolerates nothing: extra or missing fields are bad. */
function shapeProblem(e: unknown): string | null {
  if (!isPlainObject(e)) return `entry is not a JSON object (found ${typeName(e)})`;
  for (const f of ENTRY_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(e, f)) return `missing field "${f}"`;
  }
  const extra = Object.keys(e).filter((k) => !(ENTRY_FIELDS as readonly string[]).includes(k));
  if (extra.length > 0) return `unexpected field ${extra.map((k) => JSON.stringify(k)).join(', ')}`;
  const expect: Record<(typeof ENTRY_FIELDS)[number], string> = {
    seq: 'number',
    prev: 'string',
    at: 'string',
    kind: 'string',
    data: 'object',
    hash: 'string',
  };
  for (const f of ENTRY_FIELDS) {
    const actual = typeName(e[f]);
    if (actual !== expect[f]) return `field "${f}" must be ${expect[f] === 'object' ? 'an object' : `a ${expect[f]}`}, found ${actual}`;
  }
  if (!isPlainObject(e.data)) return 'field "data" must be a plain object';
  return null;
}

/** Problem of the entry at `index` given the hash of the entry before it, or null. */
function entryProblem(e: unknown, index: number, prevHash: string, alg: HashAlg): string | null {
  const shape = shapeProblem(e);
  if (shape) return shape;
  const entry = e as unknown as LedgerEntry;
  const expectedSeq = index + 1;
  if (entry.seq !== expectedSeq) return `seq ${expectedSeq} expected, found ${String(entry.seq)}`;
  if (entry.prev !== prevHash) {
    return index === 0 ? 'prev of seq 1 must be 64 zeros' : `prev does not match hash of seq ${index}`;
  }
  return sealProblem(entry, alg);
}

/**
 * Problem of one entry taken on its own, or null: shape, `at` and kind formats, data that
 * canonicalizes, and its hash recomputed — everything but its place in the chain. For entries
 * published without their neighbours (the public key register).
 */
export function sealProblem(e: unknown, alg: HashAlg = DEFAULT_HASH_ALG): string | null {
  const shape = shapeProblem(e);
  if (shape) return shape;
  const entry = e as unknown as LedgerEntry;
  const at = atProblem(entry.at);
  if (at) return at;
  if (!isValidKind(entry.kind)) return `kind ${JSON.stringify(entry.kind)} is not a dotted lowercase name`;
  let text: string;
  try {
    text = canonicalEntryJson(entry);
  } catch (err) {
    if (err instanceof CanonicalJsonError) return `data cannot be canonicalized: ${err.message}`;
    throw err;
  }
  const computed = hashHex(alg, text);
  if (entry.hash !== computed) {
    return `hash mismatch (stored ${JSON.stringify(entry.hash)}, computed ${computed})`;
  }
  return null;
}

/**
 * Verify a list of entries from seq 1. For each entry in order: shape (exactly the six fields,
 * right types), seq = position + 1, prev = hash of the previous entry (GENESIS_PREV for seq 1),
 * `at` format and a real date, kind format, data canonicalizes, hash recomputes.
 * Stops at the first bad entry. `alg` is the ledger's hash algorithm (`ledger.hash` of an export).
 */
export function verifyChain(entries: unknown[], alg: HashAlg = DEFAULT_HASH_ALG): ChainVerification {
  let head: ChainHead = { ...EMPTY_HEAD };
  if (!Array.isArray(entries)) {
    return { ok: false, firstBad: { seq: 1, index: 0, reason: 'entries is not an array' }, head };
  }
  for (let index = 0; index < entries.length; index++) {
    const reason = entryProblem(entries[index], index, head.hash, alg);
    if (reason) return { ok: false, firstBad: { seq: index + 1, index, reason }, head };
    const e = entries[index] as LedgerEntry;
    head = { seq: e.seq, hash: e.hash };
  }
  return { ok: true, head, count: entries.length };
}

// ---------------------------------------------------------------------------------------------
// Export documents: GET /api/ledgers/:id → {ledger: {id, kind, title, …}, entries, head}

export interface LedgerExportInfo {
  id: string | number;
  kind: string;
  title: string;
  /** "sha256" or "sm3"; absent in exports made before SM3 existed, which are SHA-256. */
  hash?: HashAlg;
  [key: string]: unknown;
}

export interface LedgerExport {
  ledger: LedgerExportInfo;
  entries: LedgerEntry[];
  head: ChainHead;
  [key: string]: unknown;
}

/**
 * An extra check on an export whose shape, chain and head are already valid (so `entries`
 * really are well-formed LedgerEntry objects). Returns human-readable problems; [] = fine.
 * Example: a ballot recount that re-tallies the ballot.cast entries and compares.
 */
export type ExportChecker = (doc: LedgerExport) => string[];

export interface ExportVerification {
  ok: boolean;
  /** The hash algorithm the export was checked with (its `ledger.hash`, or sha256 when absent). */
  hashAlg?: HashAlg;
  /** The `ledger` object of the export, if it is an object. */
  ledger?: Record<string, unknown>;
  /** Number of entries, if `entries` is an array. */
  count?: number;
  /** The head claimed by the export, if well-formed. */
  head?: ChainHead;
  /** The head recomputed from the entries (of the valid prefix if the chain is broken). */
  computedHead?: ChainHead;
  /** All problems found, human-readable; empty iff ok. */
  problems: string[];
  /** The first bad entry, if the chain is broken. */
  firstBad?: ChainProblem;
}

export interface VerifyExportOptions {
  checkers?: ExportChecker[];
}

/**
 * Verify an export document: shape of {ledger, entries, head}; the chain (verifyChain);
 * head = {seq, hash} of the last entry (or {seq: 0, hash: GENESIS_PREV} for no entries);
 * then each extra checker, only if everything before passed.
 */
export function verifyExport(doc: unknown, options: VerifyExportOptions = {}): ExportVerification {
  const problems: string[] = [];
  const result: ExportVerification = { ok: false, problems };
  if (!isPlainObject(doc)) {
    problems.push(`export is not a JSON object (found ${typeName(doc)})`);
    return result;
  }

  const ledger = doc.ledger;
  if (!isPlainObject(ledger)) {
    problems.push(`"ledger" must be an object (found ${typeName(ledger)})`);
  } else {
    result.ledger = ledger;
    const id = ledger.id;
    if (!(typeof id === 'string' && id.length > 0) && !Number.isSafeInteger(id)) {
      problems.push('"ledger.id" must be a non-empty string or an integer');
    }
    if (typeof ledger.kind !== 'string') problems.push('"ledger.kind" must be a string');
    if (typeof ledger.title !== 'string') problems.push('"ledger.title" must be a string');
  }
  const alg = isPlainObject(ledger) && ledger.hash !== undefined ? ledger.hash : DEFAULT_HASH_ALG;
  if (!isHashAlg(alg)) {
    problems.push(`"ledger.hash" must be "sha256" or "sm3" (found ${JSON.stringify(alg)})`);
    return result;
  }
  result.hashAlg = alg;

  let claimedHead: ChainHead | undefined;
  const head = doc.head;
  if (isPlainObject(head) && Number.isSafeInteger(head.seq) && (head.seq as number) >= 0 && typeof head.hash === 'string') {
    claimedHead = { seq: head.seq as number, hash: head.hash };
    result.head = claimedHead;
  } else {
    problems.push('"head" must be an object {seq: integer ≥ 0, hash: string}');
  }

  const entries = doc.entries;
  if (!Array.isArray(entries)) {
    problems.push(`"entries" must be an array (found ${typeName(entries)})`);
  } else {
    result.count = entries.length;
    const chain = verifyChain(entries, alg);
    result.computedHead = chain.head;
    if (!chain.ok) {
      result.firstBad = chain.firstBad;
      problems.push(`entry seq ${chain.firstBad.seq}: ${chain.firstBad.reason}`);
    } else if (claimedHead && (claimedHead.seq !== chain.head.seq || claimedHead.hash !== chain.head.hash)) {
      problems.push(
        `head mismatch: export says seq ${claimedHead.seq} hash ${claimedHead.hash}, ` +
          `entries end at seq ${chain.head.seq} hash ${chain.head.hash}`,
      );
    }
  }

  if (problems.length === 0) {
    for (const check of options.checkers ?? []) {
      try {
        problems.push(...check(doc as unknown as LedgerExport));
      } catch (err) {
        problems.push(`checker failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  result.ok = problems.length === 0;
  return result;
}
