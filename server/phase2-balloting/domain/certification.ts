/**
 * Certification by signatures: which signatures complete it, and checking a certified entry's
 * signatures against the congress's key register. Pure; used by the service (while signatures
 * come in) and by `npm run verify -- … --keys` (afterwards).
 */
import { keyValidAt, signingPayload, verifySignature, type SignatureAlg, type SignerKey, type SignerRole } from '../../core/domain/signatures';

/** At least `chief` signatures by 总监票人 keys and `total` scrutineers (distinct accounts) in all. */
export interface CertificationRule {
  chief: number;
  total: number;
}
/** 总监票人 and at least one other 监票人. */
export const DEFAULT_CERTIFICATION_RULE: CertificationRule = Object.freeze({ chief: 1, total: 2 });

export interface Signature {
  keyId: string;
  alg: SignatureAlg;
  sig: string;
}

export interface Shortfall {
  complete: boolean;
  /** 总监票人 signatures still needed. */
  chief: number;
  /** Signatures still needed in all (chief included). */
  total: number;
}

/** How far the signers (one per account; a second key of the same account adds nothing) are from the rule. */
export function certificationShortfall(rule: CertificationRule, signers: ReadonlyArray<{ accountId: string; role: SignerRole }>): Shortfall {
  const byAccount = new Map<string, SignerRole>();
  for (const s of signers) if (byAccount.get(s.accountId) !== 'chief') byAccount.set(s.accountId, s.role);
  const chiefs = [...byAccount.values()].filter((r) => r === 'chief').length;
  const chief = Math.max(0, rule.chief - chiefs);
  const total = Math.max(chief, rule.total - byAccount.size);
  return { complete: chief === 0 && total === 0, chief, total };
}

/** Why one signature of `entryHash` does not count at `at`, or null when it does. */
export function signatureProblem(sig: Signature, key: SignerKey | undefined, entryHash: string, at: string): string | null {
  if (!key) return `key ${sig.keyId} is not registered in the congress ledger`;
  if (!keyValidAt(key, at)) {
    return key.registeredAt > at
      ? `key ${sig.keyId} was registered after the signing`
      : `key ${sig.keyId} (${key.name}) was revoked before the signing`;
  }
  if (sig.alg !== key.alg) return `key ${sig.keyId} is ${key.alg}, the signature says ${sig.alg}`;
  if (!verifySignature(key.alg, key.publicKey, signingPayload(entryHash), sig.sig)) {
    return `signature by ${key.name} (${sig.keyId}) does not verify over ${entryHash}`;
  }
  return null;
}

export interface CertificationCheck {
  problems: string[];
  /** The signers whose signatures count, in the entry's order. */
  signers: SignerKey[];
  shortfall: Shortfall;
}

/**
 * Check the signatures a certifying entry carries: each by a key registered and not revoked at
 * `at` (the entry's time), over `entryHash`; together they must meet `rule`.
 */
export function checkCertification(
  signatures: readonly Signature[],
  keys: ReadonlyMap<string, SignerKey>,
  entryHash: string,
  at: string,
  rule: CertificationRule,
): CertificationCheck {
  const problems: string[] = [];
  const signers: SignerKey[] = [];
  for (const s of signatures) {
    const key = keys.get(s.keyId);
    const problem = signatureProblem(s, key, entryHash, at);
    if (problem) problems.push(problem);
    else signers.push(key!);
  }
  const shortfall = certificationShortfall(rule, signers);
  if (!shortfall.complete) {
    problems.push(`too few valid signatures: ${shortfall.chief} more by the 总监票人, ${shortfall.total} more in all`);
  }
  return { problems, signers, shortfall };
}

export function isCertificationRule(v: unknown): v is CertificationRule {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    Number.isSafeInteger(r.chief) &&
    Number.isSafeInteger(r.total) &&
    (r.chief as number) >= 0 &&
    (r.total as number) >= 1 &&
    (r.total as number) >= (r.chief as number)
  );
}

export interface LedgerCertification {
  /** seq of the ballot.certified entry. */
  seq: number;
  at: string;
  signers: SignerKey[];
}

/**
 * Every `ballot.certified` entry of a ballot ledger that carries signatures, checked against the
 * key register: each must sign the hash of the last `ballot.tallied` before it, by keys valid at
 * the certification's time, enough for its rule. (A certification made before signatures existed
 * has none and is reported as unsigned.)
 */
export function ledgerCertifications(
  entries: ReadonlyArray<{ seq: number; at: string; kind: string; data: Record<string, unknown>; hash: string }>,
  keys: ReadonlyMap<string, SignerKey>,
): { problems: string[]; certifications: LedgerCertification[]; unsigned: number[] } {
  const problems: string[] = [];
  const certifications: LedgerCertification[] = [];
  const unsigned: number[] = [];
  let tallied: { hash: string } | undefined;
  for (const e of entries) {
    if (e.kind === 'ballot.tallied') tallied = e;
    if (e.kind !== 'ballot.certified') continue;
    const signatures = e.data.signatures;
    if (!Array.isArray(signatures)) {
      unsigned.push(e.seq);
      continue;
    }
    if (!tallied) {
      problems.push(`seq ${e.seq}: ballot.certified without a ballot.tallied before it`);
      continue;
    }
    if (e.data.tallyEntry !== tallied.hash) problems.push(`seq ${e.seq}: tallyEntry is not the hash of the last ballot.tallied`);
    const rule = isCertificationRule(e.data.rule) ? e.data.rule : DEFAULT_CERTIFICATION_RULE;
    const wellFormed = signatures.filter(
      (s): s is Signature =>
        !!s && typeof s === 'object' && typeof s.keyId === 'string' && typeof s.sig === 'string' && (s.alg === 'ed25519' || s.alg === 'sm2'),
    );
    if (wellFormed.length !== signatures.length) problems.push(`seq ${e.seq}: a signature is not {keyId, alg, sig}`);
    const check = checkCertification(wellFormed, keys, tallied.hash, e.at, rule);
    problems.push(...check.problems.map((p) => `seq ${e.seq}: ${p}`));
    certifications.push({ seq: e.seq, at: e.at, signers: check.signers });
  }
  return { problems, certifications, unsigned };
}
