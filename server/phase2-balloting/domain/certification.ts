/**
 * Certification by signatures: which signatures complete it, and checking a certified entry's
 * signatures against the congress's key register. The same for paper totals: the scrutineer who
 * enters them and the one who confirms them each sign their digest. Pure; used by the service
 * (while signatures come in) and by `npm run verify -- … --keys` and the /verify page (afterwards).
 */
import { canonicalJson } from '../../core/domain/canonical-json';
import type { KeyRegister, RegisterView } from '../../core/domain/key-register';
import type { ExportChecker } from '../../core/domain/ledger-chain';
import { hashHex, isHashAlg, type HashAlg } from '../../core/domain/ledger-hash';
import { signatureProblem, type KeyMoment, type Signature, type SignerKey, type SignerRole } from '../../core/domain/signatures';

export { signatureProblem, type Signature } from '../../core/domain/signatures';

/** At least `chief` signatures by 总监票人 keys and `total` scrutineers (distinct accounts) in all. */
export interface CertificationRule {
  chief: number;
  total: number;
}
/** 总监票人 and at least one other 监票人. */
export const DEFAULT_CERTIFICATION_RULE: CertificationRule = Object.freeze({ chief: 1, total: 2 });

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

export interface CertificationCheck {
  problems: string[];
  /** The signers whose signatures count, in the entry's order. */
  signers: SignerKey[];
  shortfall: Shortfall;
}

/**
 * Check the signatures a certifying entry carries: each by a key registered and not revoked at
 * `when` (the register head the entry records, or its time), over `entryHash`; together they must
 * meet `rule`.
 */
export function checkCertification(
  signatures: readonly Signature[],
  keys: ReadonlyMap<string, SignerKey>,
  entryHash: string,
  when: KeyMoment,
  rule: CertificationRule,
): CertificationCheck {
  const problems: string[] = [];
  const signers: SignerKey[] = [];
  for (const s of signatures) {
    const key = keys.get(s.keyId);
    const problem = signatureProblem(s, key, entryHash, when);
    if (problem) problems.push(problem);
    else signers.push(key!);
  }
  const shortfall = certificationShortfall(rule, signers);
  if (!shortfall.complete) {
    problems.push(`too few valid signatures: ${shortfall.chief} more by the 总监票人, ${shortfall.total} more in all`);
  }
  return { problems, signers, shortfall };
}

/**
 * The rule in force at `when` by the congress ledger's entries: the `to` of the last
 * `certification.rule_set` at or before it (a position `{seq}`, or a time), else the default.
 * A `ballot.certified` entry records the rule it was certified under; this lets a checker compare.
 */
export function ruleInForce(
  entries: ReadonlyArray<{ seq?: number; at: string; kind: string; data: Record<string, unknown> }>,
  when: KeyMoment,
): CertificationRule {
  let rule: CertificationRule = DEFAULT_CERTIFICATION_RULE;
  for (const e of entries) {
    const after = typeof when === 'string' ? e.at > when : e.seq === undefined || e.seq > when.seq;
    if (after) break;
    if (e.kind === 'certification.rule_set' && isCertificationRule(e.data.to)) rule = { chief: e.data.to.chief, total: e.data.to.total };
  }
  return rule;
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

/** A `ballot.paper` entry whose two signatures (entered, confirmed) verify. */
export interface PaperSigning {
  seq: number;
  at: string;
  signers: SignerKey[];
}

// ---------------------------------------------------------------------------------------------
// Paper totals (纸质票): what the two scrutineers sign.

export interface PaperTotalsFigures {
  perCandidate: Record<string, unknown>;
  valid: number;
  invalid: number;
}

/**
 * The digest both scrutineers sign (as UTF-8 hex, like a tally entry's hash): the ledger's hash
 * algorithm over canonicalJson({ballotId, perCandidate, valid, invalid}). The ballot id binds the
 * signature to this ballot, so it cannot be carried over to another.
 */
export function paperTotalsDigest(alg: HashAlg, ballotId: string, t: PaperTotalsFigures): string {
  return hashHex(alg, canonicalJson({ ballotId, perCandidate: t.perCandidate, valid: t.valid, invalid: t.invalid }));
}

/**
 * The congress ledger's head that a signed entry records (`keyRegister`): keys count when they were
 * registered at or before it and not revoked by then — a position in one ledger, not a time compared
 * across two ledgers' clocks.
 */
export interface RegisterAnchor {
  seq: number;
  hash: string;
}

export function isRegisterAnchor(v: unknown): v is RegisterAnchor {
  if (!v || typeof v !== 'object') return false;
  const a = v as Record<string, unknown>;
  return Number.isSafeInteger(a.seq) && (a.seq as number) >= 0 && typeof a.hash === 'string' && /^[0-9a-f]{64}$/.test(a.hash);
}

/** Why the register given cannot speak for `anchor`, or null. */
function anchorProblem(anchor: RegisterAnchor, register: RegisterView | undefined): string | null {
  if (!register) return null;
  if (register.head.seq < anchor.seq) {
    return `the key register given ends at seq ${register.head.seq}, before seq ${anchor.seq} that the signing saw: give a newer export of the congress ledger`;
  }
  const hash = register.hashes.get(anchor.seq);
  if (hash !== undefined && hash !== anchor.hash)
    return `the congress ledger given has another entry at seq ${anchor.seq} than the one the signing saw`;
  return null;
}

function wellFormedSignatures(signatures: unknown[]): Signature[] {
  return signatures.filter(
    (s): s is Signature =>
      !!s &&
      typeof s === 'object' &&
      typeof (s as Signature).keyId === 'string' &&
      typeof (s as Signature).sig === 'string' &&
      ((s as Signature).alg === 'ed25519' || (s as Signature).alg === 'sm2'),
  );
}

/**
 * The two signatures of a `ballot.paper` entry: by keys of two different scrutineers, each valid at
 * `when`, each over the digest of the totals the entry records.
 */
export function checkPaperSignatures(
  signatures: readonly Signature[],
  keys: ReadonlyMap<string, SignerKey>,
  digest: string,
  when: KeyMoment,
): { problems: string[]; signers: SignerKey[] } {
  const problems: string[] = [];
  const signers: SignerKey[] = [];
  for (const s of signatures) {
    const key = keys.get(s.keyId);
    const problem = signatureProblem(s, key, digest, when);
    if (problem) problems.push(problem);
    else signers.push(key!);
  }
  if (signatures.length !== 2) problems.push(`paper totals carry ${signatures.length} signatures, not 2 (entered, confirmed)`);
  else if (signers.length === 2 && signers[0]!.accountId === signers[1]!.accountId) {
    problems.push('paper totals were entered and confirmed by the same scrutineer');
  }
  return { problems, signers };
}

/**
 * Every signed entry of a ballot ledger, checked against the key register:
 * - each `ballot.certified` must sign the hash of the last `ballot.tallied` before it, by keys
 *   valid when it was made, enough for its rule;
 * - each `ballot.paper` must carry the signatures of the two scrutineers over its totals' digest.
 * An entry that records `keyRegister` is judged at that position of the congress ledger, one
 * without at its time. Entries made before signatures existed are reported as unsigned.
 */
export function ledgerCertifications(
  entries: ReadonlyArray<{ seq: number; at: string; kind: string; data: Record<string, unknown>; hash: string }>,
  keys: ReadonlyMap<string, SignerKey>,
  options: { hash?: HashAlg; register?: RegisterView } = {},
): { problems: string[]; certifications: LedgerCertification[]; papers: PaperSigning[]; unsigned: number[] } {
  const problems: string[] = [];
  const certifications: LedgerCertification[] = [];
  const papers: PaperSigning[] = [];
  const unsigned: number[] = [];
  let tallied: { hash: string } | undefined;
  const momentOf = (e: { seq: number; at: string; data: Record<string, unknown> }): KeyMoment | null => {
    if (e.data.keyRegister === undefined) return e.at;
    if (!isRegisterAnchor(e.data.keyRegister)) {
      problems.push(`seq ${e.seq}: keyRegister is not {seq, hash}`);
      return null;
    }
    const problem = anchorProblem(e.data.keyRegister, options.register);
    if (problem) problems.push(`seq ${e.seq}: ${problem}`);
    return { seq: e.data.keyRegister.seq };
  };
  for (const e of entries) {
    if (e.kind === 'ballot.tallied') tallied = e;
    if (e.kind !== 'ballot.certified' && e.kind !== 'ballot.paper') continue;
    const signatures = e.data.signatures;
    if (!Array.isArray(signatures)) {
      unsigned.push(e.seq);
      continue;
    }
    const wellFormed = wellFormedSignatures(signatures);
    if (wellFormed.length !== signatures.length) problems.push(`seq ${e.seq}: a signature is not {keyId, alg, sig}`);
    const when = momentOf(e);
    if (when === null) continue;
    if (e.kind === 'ballot.paper') {
      const figures = e.data as unknown as PaperTotalsFigures;
      const digest = paperTotalsDigest(options.hash ?? 'sha256', String(e.data.ballotId), figures);
      if (e.data.digest !== digest) problems.push(`seq ${e.seq}: digest is not that of the paper totals the entry records`);
      const check = checkPaperSignatures(wellFormed, keys, digest, when);
      problems.push(...check.problems.map((p) => `seq ${e.seq}: ${p}`));
      papers.push({ seq: e.seq, at: e.at, signers: check.signers });
      continue;
    }
    if (!tallied) {
      problems.push(`seq ${e.seq}: ballot.certified without a ballot.tallied before it`);
      continue;
    }
    if (e.data.tallyEntry !== tallied.hash) problems.push(`seq ${e.seq}: tallyEntry is not the hash of the last ballot.tallied`);
    const rule = isCertificationRule(e.data.rule) ? e.data.rule : DEFAULT_CERTIFICATION_RULE;
    // The rule the entry records must be the congress's at that position (a register holds its changes).
    if (options.register?.ruleEntries && typeof when !== 'string') {
      const inForce = ruleInForce(options.register.ruleEntries, when);
      if (inForce.chief !== rule.chief || inForce.total !== rule.total) {
        problems.push(
          `seq ${e.seq}: records the rule ${rule.chief}+${rule.total}, but the congress's rule at seq ${when.seq} was ${inForce.chief}+${inForce.total} (chief+total)`,
        );
      }
    }
    const check = checkCertification(wellFormed, keys, tallied.hash, when, rule);
    problems.push(...check.problems.map((p) => `seq ${e.seq}: ${p}`));
    certifications.push({ seq: e.seq, at: e.at, signers: check.signers });
  }
  return { problems, certifications, papers, unsigned };
}

export interface SignedReport {
  certifications: LedgerCertification[];
  papers: PaperSigning[];
  /** The ledger carries signatures but no key register was given to check them. */
  unchecked: boolean;
}

/**
 * A checker for verifyExport that checks a ballot ledger's signatures against a congress's key
 * register (see core/domain/key-register.ts), and what it found. Without a register it only notes
 * that signatures went unchecked. The same for `npm run verify` and the /verify page.
 */
export function signatureChecker(register: KeyRegister | undefined): { checker: ExportChecker; report: SignedReport } {
  const report: SignedReport = { certifications: [], papers: [], unchecked: false };
  const checker: ExportChecker = (d) => {
    if (d.ledger.kind !== 'ballot') return [];
    if (!register) {
      report.unchecked = d.entries.some((e) => (e.kind === 'ballot.certified' || e.kind === 'ballot.paper') && Array.isArray(e.data.signatures));
      return [];
    }
    if (register.congressId !== undefined && d.ledger.congressId !== undefined && register.congressId !== d.ledger.congressId) {
      return [`the key register is congress ${String(register.congressId)}'s, this ballot belongs to ${String(d.ledger.congressId)}`];
    }
    const hash = isHashAlg(d.ledger.hash) ? d.ledger.hash : 'sha256';
    const found = ledgerCertifications(d.entries, register.keys, { hash, register: register.view });
    report.certifications = found.certifications;
    report.papers = found.papers;
    return found.problems;
  };
  return { checker, report };
}
