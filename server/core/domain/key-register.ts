/**
 * Reading a congress's key register for checking signatures, from either of two documents:
 *
 * - the congress ledger's export (GET /api/ledgers/:id, staff): the whole chain is verified, so
 *   every signer entry is proven in place and no revocation can have been left out;
 * - the public key register (GET /api/public/congresses/:id/signing-keys, anyone): only the
 *   signer.registered / signer.revoked / certification.rule_set entries, each with its hash
 *   recomputed, and the ledger's head. It proves each entry is as sealed, not that none was left out between them — for that,
 *   the full export. The rest of the congress ledger (accounts, roster) is not public.
 *
 * Pure; used by `npm run verify -- … --keys` and by the /verify page in the browser.
 */
import { HASH_PATTERN, sealProblem, verifyExport, type LedgerEntry } from './ledger-chain.js';
import { isHashAlg, type HashAlg } from './ledger-hash.js';
import { signerRegistry, type SignerKey } from './signatures.js';

/** What the verifier holds of the congress ledger besides its keys: entry hashes by seq, and its head. */
export interface RegisterView {
  hashes: ReadonlyMap<number, string>;
  head: { seq: number; hash: string };
  /** The congress ledger's certification.rule_set entries, in order: which rule was in force when. */
  ruleEntries?: readonly LedgerEntry[];
}

export interface KeyRegister {
  /** "export": a whole congress ledger, chain verified; "register": the public signer entries only. */
  source: 'export' | 'register';
  congressId: unknown;
  keys: Map<string, SignerKey>;
  view: RegisterView;
}

/** The congress-ledger entries a register publishes: the keys, and the certification rule's changes. */
export const REGISTER_KINDS = ['signer.registered', 'signer.revoked', 'certification.rule_set'] as const;
const REGISTER_KIND_SET = new Set<string>(REGISTER_KINDS);

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The register a document holds, or why it cannot be trusted. */
export function readKeyRegister(doc: unknown): { ok: true; register: KeyRegister } | { ok: false; problems: string[] } {
  if (isObject(doc) && isObject(doc.register)) return readPublicRegister(doc);
  const check = verifyExport(doc);
  if (!check.ok) return { ok: false, problems: check.problems };
  if (check.ledger?.kind !== 'congress') return { ok: false, problems: ['it is not a congress ledger'] };
  const entries = (doc as { entries: LedgerEntry[] }).entries;
  return {
    ok: true,
    register: {
      source: 'export',
      congressId: check.ledger.congressId,
      keys: signerRegistry(entries),
      view: {
        hashes: new Map(entries.map((e) => [e.seq, e.hash])),
        head: check.head!,
        ruleEntries: entries.filter((e) => e.kind === 'certification.rule_set'),
      },
    },
  };
}

function readPublicRegister(doc: Record<string, unknown>): { ok: true; register: KeyRegister } | { ok: false; problems: string[] } {
  const info = doc.register as Record<string, unknown>;
  const problems: string[] = [];
  const alg: HashAlg | null = isHashAlg(info.hash) ? info.hash : null;
  if (!alg) problems.push('"register.hash" must be "sha256" or "sm3"');
  const head = info.head as { seq?: unknown; hash?: unknown } | undefined;
  const headOk =
    isObject(head) && Number.isSafeInteger(head.seq) && (head.seq as number) >= 0 && typeof head.hash === 'string' && HASH_PATTERN.test(head.hash);
  if (!headOk) problems.push('"register.head" must be {seq, hash}');
  if (!Array.isArray(doc.entries)) problems.push('"entries" must be an array');
  if (problems.length) return { ok: false, problems };
  const entries = doc.entries as unknown[];
  let lastSeq = 0;
  for (const [i, e] of entries.entries()) {
    const problem = sealProblem(e, alg!);
    if (problem) {
      problems.push(`entry ${i + 1}: ${problem}`);
      continue;
    }
    const entry = e as LedgerEntry;
    if (!Number.isSafeInteger(entry.seq) || entry.seq <= lastSeq) problems.push(`entry ${i + 1}: seq ${entry.seq} does not follow ${lastSeq}`);
    if (entry.seq > (head!.seq as number)) problems.push(`entry ${i + 1}: seq ${entry.seq} is after the head ${String(head!.seq)}`);
    if (!REGISTER_KIND_SET.has(entry.kind)) problems.push(`entry ${i + 1}: ${entry.kind} is not a key register entry`);
    if (entry.seq === head!.seq && entry.hash !== head!.hash) problems.push(`entry ${i + 1}: the head hash is not this entry's`);
    lastSeq = entry.seq;
  }
  if (problems.length) return { ok: false, problems };
  const sealed = entries as LedgerEntry[];
  return {
    ok: true,
    register: {
      source: 'register',
      congressId: info.congressId,
      keys: signerRegistry(sealed),
      view: {
        hashes: new Map(sealed.map((e) => [e.seq, e.hash])),
        head: { seq: head!.seq as number, hash: head!.hash as string },
        ruleEntries: sealed.filter((e) => e.kind === 'certification.rule_set'),
      },
    },
  };
}
