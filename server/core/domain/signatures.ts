/**
 * Scrutineers' signatures: key formats, key ids, signing and verifying, and which keys were valid
 * when. Pure; the same code runs in the browser (signing), on the server and in `npm run verify`.
 *
 * - Ed25519 (RFC 8032) by @noble/curves; SM2 (GB/T 32918, SM3 digest, the default ID
 *   1234567812345678, signature DER-encoded r,s) by sm-crypto-v2. Node 20's crypto cannot set the
 *   SM2 ID, so SM2 is verified with the library here too; test/domain/signatures.test.ts checks it
 *   against `openssl pkeyutl` (OpenSSL 3) in both directions.
 * - A public key travels as SPKI DER in base64, as in the `signer.registered` entry.
 * - Neither library is a certified cryptographic module: see docs/ledger.md, "Signatures".
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { sm2 } from 'sm-crypto-v2';
import { hashHex, type HashAlg } from './ledger-hash.js';

export const SIGNATURE_ALGS = ['ed25519', 'sm2'] as const;
export type SignatureAlg = (typeof SIGNATURE_ALGS)[number];

/** 总监票人 (chief) or 监票人 (member): the role a registered key signs in. */
export const SIGNER_ROLES = ['chief', 'member'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
/** The order signers are listed in (and signatures carried): the 总监票人 first. */
export const SIGNER_ORDER: Readonly<Record<SignerRole, number>> = { chief: 0, member: 1 };
const isSignerRole = (v: unknown): v is SignerRole => typeof v === 'string' && (SIGNER_ROLES as readonly string[]).includes(v);

/** The GB/T 32918 default distinguishing identifier, used for every SM2 signature here. */
export const SM2_DEFAULT_ID = '1234567812345678';

/** An SHA-256 congress signs with Ed25519; an SM3 congress with SM2. */
export function signatureAlgFor(hash: HashAlg): SignatureAlg {
  return hash === 'sm3' ? 'sm2' : 'ed25519';
}

// SPKI DER = a fixed header (algorithm identifier) + the raw key.
const SPKI_HEADER: Record<SignatureAlg, string> = {
  ed25519: '302a300506032b6570032100', // id-Ed25519, BIT STRING of 32 bytes
  sm2: '3059301306072a8648ce3d020106082a811ccf5501822d034200', // id-ecPublicKey, curve sm2p256v1, 65-byte point
};
const RAW_LENGTH: Record<SignatureAlg, number> = { ed25519: 32, sm2: 65 };

export function isSignatureAlg(v: unknown): v is SignatureAlg {
  return typeof v === 'string' && (SIGNATURE_ALGS as readonly string[]).includes(v);
}

const hexOf = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Strict base64 (padding required); null when it is not. */
export function fromBase64(text: string): Uint8Array | null {
  if (typeof text !== 'string' || !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return null;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The SPKI (base64) of a raw public key: 32 bytes (Ed25519) or the 65-byte uncompressed SM2 point. */
export function spkiOf(alg: SignatureAlg, raw: Uint8Array): string {
  if (raw.length !== RAW_LENGTH[alg]) throw new RangeError(`${alg} public key must be ${RAW_LENGTH[alg]} bytes`);
  return toBase64(new Uint8Array([...bytesOf(SPKI_HEADER[alg]), ...raw]));
}

/** The raw public key inside an SPKI (base64) of `alg`, or null if it is not one (or not a valid point). */
export function rawPublicKey(alg: SignatureAlg, spkiB64: string): Uint8Array | null {
  const der = fromBase64(spkiB64);
  const header = SPKI_HEADER[alg];
  if (!der || der.length !== header.length / 2 + RAW_LENGTH[alg] || hexOf(der.subarray(0, header.length / 2)) !== header) return null;
  const raw = der.subarray(header.length / 2);
  try {
    if (alg === 'ed25519') ed25519.Point.fromBytes(raw);
    else if (!sm2.verifyPublicKey(hexOf(raw))) return null;
  } catch {
    return null;
  }
  return raw;
}

/**
 * A key's id: the first 32 hex digits of SHA-256 (Ed25519) or SM3 (SM2) of its SPKI DER. The
 * fingerprint the secretariat reads aloud is the same digits in groups of four.
 */
export function keyIdOf(alg: SignatureAlg, spkiB64: string): string {
  const der = fromBase64(spkiB64);
  if (!der) throw new RangeError('public key is not base64');
  return hashHex(alg === 'sm2' ? 'sm3' : 'sha256', der).slice(0, 32);
}

/** `3F2A 9C01 …`: the key id as read aloud or printed beside the scrutineer's screen. */
export function fingerprintOf(keyId: string): string {
  return (keyId.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** What a certifying scrutineer signs: the UTF-8 bytes of the entry's hash as written (lowercase hex). */
export function signingPayload(entryHash: string): Uint8Array {
  return utf8ToBytes(entryHash);
}

/** A new key pair made with the pure libraries (the demo and tests; the browser prefers WebCrypto for Ed25519). */
export function newKeyPair(alg: SignatureAlg): { privateKey: Uint8Array; publicKey: string } {
  if (alg === 'ed25519') {
    const secretKey = ed25519.utils.randomSecretKey();
    return { privateKey: secretKey, publicKey: spkiOf(alg, ed25519.getPublicKey(secretKey)) };
  }
  const kp = sm2.generateKeyPairHex();
  return { privateKey: bytesOf(kp.privateKey.padStart(64, '0')), publicKey: spkiOf(alg, bytesOf(kp.publicKey)) };
}

/** The public key (SPKI, base64) of a private key made by newKeyPair. */
export function publicKeyOf(alg: SignatureAlg, privateKey: Uint8Array): string {
  if (alg === 'ed25519') return spkiOf(alg, ed25519.getPublicKey(privateKey));
  return spkiOf(alg, bytesOf(sm2.getPublicKeyFromPrivateKey(hexOf(privateKey))));
}

/** Sign `message` (base64 signature): Ed25519 per RFC 8032; SM2 with SM3, the default ID, DER r,s. */
export function signMessage(alg: SignatureAlg, privateKey: Uint8Array, message: Uint8Array): string {
  if (alg === 'ed25519') return toBase64(ed25519.sign(message, privateKey));
  const publicKey = sm2.getPublicKeyFromPrivateKey(hexOf(privateKey));
  return toBase64(bytesOf(sm2.doSignature(message, hexOf(privateKey), { der: true, hash: true, publicKey, userId: SM2_DEFAULT_ID })));
}

/** Whether `sigB64` is `alg`'s signature of `message` by the key `spkiB64`. Malformed input is false, never a throw. */
export function verifySignature(alg: SignatureAlg, spkiB64: string, message: Uint8Array, sigB64: string): boolean {
  const raw = rawPublicKey(alg, spkiB64);
  const sig = fromBase64(sigB64);
  if (!raw || !sig) return false;
  try {
    if (alg === 'ed25519') return sig.length === 64 && ed25519.verify(sig, message, raw);
    return sm2.doVerifySignature(message, hexOf(sig), hexOf(raw), { der: true, hash: true, userId: SM2_DEFAULT_ID });
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The register of keys, read from the congress ledger's signer.registered / signer.revoked entries.

export interface SignerKey {
  keyId: string;
  accountId: string;
  name: string;
  role: SignerRole;
  alg: SignatureAlg;
  publicKey: string;
  /** `at` of the signer.registered entry. */
  registeredAt: string;
  /** `at` of the signer.revoked entry, if any. */
  revokedAt?: string;
  /** seq of the signer.registered entry in the congress ledger (absent when the entries had none). */
  registeredSeq?: number;
  /** seq of the signer.revoked entry, if any. */
  revokedSeq?: number;
}

/**
 * When a key must have been valid: a moment on the congress ledger (`{seq}`: the register's head
 * that a signed entry records, so no clocks are compared across ledgers), or a time (`at`, for
 * entries signed before they recorded the register's head).
 */
export type KeyMoment = string | { seq: number };

/** The keys registered in a congress ledger (its entries, in order); other kinds are ignored. */
export function signerRegistry(
  entries: ReadonlyArray<{ seq?: number; kind: string; at: string; data: Record<string, unknown> }>,
): Map<string, SignerKey> {
  const keys = new Map<string, SignerKey>();
  for (const e of entries) {
    const d = e.data;
    if (e.kind === 'signer.registered' && typeof d.keyId === 'string' && !keys.has(d.keyId)) {
      keys.set(d.keyId, {
        keyId: d.keyId,
        accountId: String(d.accountId),
        name: String(d.name),
        role: isSignerRole(d.role) ? d.role : 'member',
        alg: d.alg === 'sm2' ? 'sm2' : 'ed25519',
        publicKey: String(d.publicKey),
        registeredAt: e.at,
        ...(e.seq !== undefined ? { registeredSeq: e.seq } : {}),
      });
    } else if (e.kind === 'signer.revoked' && typeof d.keyId === 'string') {
      const k = keys.get(d.keyId);
      if (k && !k.revokedAt) {
        k.revokedAt = e.at;
        if (e.seq !== undefined) k.revokedSeq = e.seq;
      }
    }
  }
  return keys;
}

/**
 * Registered at or before `when` and not revoked by then. By ledger position: registered at a seq
 * ≤ `when.seq`, revoked (if at all) after it. By time: a revocation at the same instant counts.
 */
export function keyValidAt(key: SignerKey | undefined, when: KeyMoment): boolean {
  if (!key) return false;
  if (typeof when === 'string') return key.registeredAt <= when && (key.revokedAt === undefined || key.revokedAt > when);
  if (key.registeredSeq === undefined) return false;
  return key.registeredSeq <= when.seq && (key.revokedSeq === undefined || key.revokedSeq > when.seq);
}

/** A signature as signed entries carry it (base64). */
export interface Signature {
  keyId: string;
  alg: SignatureAlg;
  sig: string;
}

/** Why one signature of `entryHash` does not count at `when`, or null when it does. */
export function signatureProblem(sig: Signature, key: SignerKey | undefined, entryHash: string, when: KeyMoment): string | null {
  if (!key) return `key ${sig.keyId} is not registered in the congress ledger`;
  if (!keyValidAt(key, when)) {
    const registeredLater = typeof when === 'string' ? key.registeredAt > when : key.registeredSeq === undefined || key.registeredSeq > when.seq;
    return registeredLater ? `key ${sig.keyId} was registered after the signing` : `key ${sig.keyId} (${key.name}) was revoked before the signing`;
  }
  if (sig.alg !== key.alg) return `key ${sig.keyId} is ${key.alg}, the signature says ${sig.alg}`;
  if (!verifySignature(key.alg, key.publicKey, signingPayload(entryHash), sig.sig)) {
    return `signature by ${key.name} (${sig.keyId}) does not verify over ${entryHash}`;
  }
  return null;
}
