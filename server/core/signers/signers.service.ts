// Scrutineers' signing keys: a scrutineer's browser submits its public key; the secretariat, having
// compared the fingerprint with the scrutineer's screen, registers it (or later revokes it) with an
// entry in the congress ledger. The private key never reaches the server.
import type { Db, Executor } from '../../../db/client';
import type { Actor } from '../context';
import { can } from '../access/permissions';
import { conflict, notFound, ruleViolation } from '../errors';
import { findAccount } from '../accounts/accounts.repository';
import { appendCongressEntry } from '../ledger/ledger.service';
import {
  fingerprintOf,
  keyIdOf,
  rawPublicKey,
  signatureAlgFor,
  signatureProblem,
  signerRegistry,
  type Signature,
  type SignatureAlg,
  type SignerKey,
  type SignerRole,
} from '../domain/signatures';
import {
  congressHashAlg,
  congressLedgerHead,
  insertSubmittedKey,
  listKeys,
  lockKey,
  registerEntries,
  updateKey,
  type SigningKeyRow,
} from './signers.repository';

const keyNotFound = () => notFound({ zh: '未找到该签名密钥', en: 'Signing key not found' });

function describeKey(k: SigningKeyRow, displayName: string) {
  return {
    keyId: k.keyId,
    fingerprint: fingerprintOf(k.keyId),
    accountId: k.accountId,
    name: displayName,
    alg: k.alg,
    publicKey: k.publicKey,
    status: k.status,
    role: k.role,
    submittedAt: k.submittedAt.toISOString(),
    registeredAt: k.registeredAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

/** The algorithm the congress's scrutineers sign with: Ed25519, or SM2 in an SM3 congress. */
export async function congressSignatureAlg(ex: Executor, congressId: string): Promise<SignatureAlg> {
  const c = await congressHashAlg(ex, congressId);
  return signatureAlgFor(c?.hashAlg ?? 'sha256');
}

export async function listSigningKeys(ex: Executor, actor: Actor) {
  const rows = await listKeys(ex, actor.congressId);
  return { alg: await congressSignatureAlg(ex, actor.congressId), keys: rows.map((r) => describeKey(r.key, r.displayName)) };
}

/** A scrutineer's browser submits the public key it has just made; it waits for the secretariat. */
export async function submitKey(db: Db, actor: Actor, input: { alg: SignatureAlg; publicKey: string }) {
  return db.transaction(async (tx) => {
    const alg = await congressSignatureAlg(tx, actor.congressId);
    if (input.alg !== alg) {
      throw ruleViolation({ zh: `本人大的签名算法为 ${alg}`, en: `This congress signs with ${alg}` }, { alg });
    }
    if (!rawPublicKey(alg, input.publicKey)) {
      throw ruleViolation({ zh: '公钥格式不正确（应为 Base64 编码的 SPKI）', en: 'The public key is not a valid SPKI (base64)' });
    }
    const keyId = keyIdOf(alg, input.publicKey);
    const row = await insertSubmittedKey(tx, { keyId, congressId: actor.congressId, accountId: actor.accountId, alg, publicKey: input.publicKey });
    if (!row) throw conflict({ zh: '该公钥已提交', en: 'This public key was already submitted' }, { keyId });
    return describeKey(row, actor.displayName);
  });
}

/** The secretariat registers a submitted key after comparing fingerprints: `signer.registered`. */
export async function registerKey(db: Db, actor: Actor, keyId: string, role: SignerRole, now: Date) {
  return db.transaction(async (tx) => {
    const key = await lockKey(tx, actor.congressId, keyId);
    if (!key) throw keyNotFound();
    if (key.status !== 'submitted')
      throw conflict({ zh: '该密钥已登记或已吊销', en: 'This key is already registered or revoked' }, { status: key.status });
    const account = await findAccount(tx, actor.congressId, key.accountId);
    if (!account || !can(account, 'signer.submit') || !account.active) {
      throw ruleViolation({ zh: '只能登记在职监票人的密钥', en: 'Only an active scrutineer’s key can be registered' });
    }
    await appendCongressEntry(tx, actor.congressId, 'signer.registered', entryData(key, account.displayName, role), now);
    await updateKey(tx, keyId, { status: 'registered', role, registeredAt: now });
    return describeKey({ ...key, status: 'registered', role, registeredAt: now }, account.displayName);
  });
}

/** The secretariat revokes a registered key (lost, or its scrutineer replaced): `signer.revoked`. */
export async function revokeKey(db: Db, actor: Actor, keyId: string, now: Date) {
  return db.transaction(async (tx) => {
    const key = await lockKey(tx, actor.congressId, keyId);
    if (!key) throw keyNotFound();
    if (key.status !== 'registered')
      throw conflict({ zh: '只能吊销已登记的密钥', en: 'Only a registered key can be revoked' }, { status: key.status });
    const account = await findAccount(tx, actor.congressId, key.accountId);
    const name = account?.displayName ?? '';
    await appendCongressEntry(tx, actor.congressId, 'signer.revoked', entryData(key, name, key.role ?? 'member'), now);
    await updateKey(tx, keyId, { status: 'revoked', revokedAt: now });
    return describeKey({ ...key, status: 'revoked', revokedAt: now }, name);
  });
}

function entryData(key: SigningKeyRow, name: string, role: SignerRole) {
  return { keyId: key.keyId, accountId: key.accountId, name, role, alg: key.alg, publicKey: key.publicKey };
}

/** The key register as the congress ledger records it (for checking signatures). */
export async function keyRegistry(ex: Executor, congressId: string): Promise<Map<string, SignerKey>> {
  return signerRegistry(await registerEntries(ex, congressId));
}

/**
 * The public key register of a congress: its signer and certification-rule entries verbatim (so
 * anyone can recompute their hashes), the keys they define, and the congress ledger's head. The rest of the congress ledger
 * (accounts, roster, attendance) stays with the staff.
 */
export async function publicKeyRegister(ex: Executor, congressId: string) {
  const congress = await congressHashAlg(ex, congressId);
  const head = congress && (await congressLedgerHead(ex, congressId));
  if (!congress || !head) throw notFound({ zh: '未找到该人民代表大会', en: 'Congress not found' });
  const entries = await registerEntries(ex, congressId, head.seq);
  const keys = [...signerRegistry(entries).values()].map((k) => ({
    keyId: k.keyId,
    fingerprint: fingerprintOf(k.keyId),
    name: k.name,
    role: k.role,
    alg: k.alg,
    publicKey: k.publicKey,
    registered: { seq: k.registeredSeq!, at: k.registeredAt },
    revoked: k.revokedAt === undefined ? null : { seq: k.revokedSeq!, at: k.revokedAt },
  }));
  return {
    register: { congressId, congress: congress.name, hash: congress.hashAlg, head: { seq: head.seq, hash: head.hash } },
    keys,
    entries,
  };
}

/**
 * The key register as of now, in one consistent reading: the congress ledger's head, and the keys
 * registered up to it. A signed entry records the head (`keyRegister`), so a verifier judges its
 * keys at that position of the congress ledger rather than by comparing two ledgers' clocks.
 */
export async function keyRegisterNow(ex: Executor, congressId: string) {
  const head = await congressLedgerHead(ex, congressId);
  if (!head) throw new Error(`congress ${congressId} has no administrative ledger`);
  const keys = signerRegistry(await registerEntries(ex, congressId, head.seq));
  return { keys, anchor: { seq: head.seq, hash: head.hash } };
}

/**
 * A signature the actor has just made over `hash` with their own registered key, checked now; the
 * signature as entries carry it. Refuses another's key, a revoked key and a signature that does not verify.
 */
export function ownSignature(
  register: { keys: ReadonlyMap<string, SignerKey>; anchor: { seq: number } },
  actor: Actor,
  signature: { keyId: string; sig: string },
  hash: string,
): Signature {
  const key = register.keys.get(signature.keyId);
  if (!key || key.accountId !== actor.accountId) {
    throw ruleViolation({ zh: '该密钥不是您已登记的签名密钥', en: 'This key is not a registered key of yours' }, { keyId: signature.keyId });
  }
  const signed = { keyId: key.keyId, alg: key.alg, sig: signature.sig };
  const problem = signatureProblem(signed, key, hash, { seq: register.anchor.seq });
  if (problem) throw ruleViolation({ zh: `签名无效：${problem}`, en: `Signature refused: ${problem}` }, { keyId: signature.keyId, signed: hash });
  return signed;
}
