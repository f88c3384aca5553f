// The scrutineer's signing key, in this browser only. The private key never goes to the server.
// - Ed25519: a WebCrypto key pair stored in IndexedDB with a non-extractable private key. It is
//   made extractable for one moment, to write the password-protected backup, then re-imported as
//   non-extractable; the extractable copy is dropped.
// - SM2 (an SM3 congress): no browser has SM2 in WebCrypto, so the 32-byte private key is signed
//   with by sm-crypto-v2 (@contract/domain) and kept in IndexedDB encrypted with AES-GCM under a
//   non-extractable WebCrypto AES key, itself in IndexedDB.
// Backup file: scrypt (N=2^15, r=8, p=1) of the password → AES-256-GCM of the private key.
// None of this is a certified cryptographic module (docs/ledger.md, "Signatures").
import { scrypt } from '@noble/hashes/scrypt.js';
import { fromBase64, keyIdOf, newKeyPair, publicKeyOf, signMessage, spkiOf, toBase64, type SignatureAlg } from '@contract/domain';

const DB = 'minsheng-signing';
const STORE = 'keys';

interface StoredEd25519 {
  alg: 'ed25519';
  keyId: string;
  publicKey: string;
  privateKey: CryptoKey;
}
interface StoredSm2 {
  alg: 'sm2';
  keyId: string;
  publicKey: string;
  wrapKey: CryptoKey;
  iv: Uint8Array<ArrayBuffer>;
  sealed: ArrayBuffer;
}
type Stored = StoredEd25519 | StoredSm2;

/** What the page shows about the key in this browser. */
export interface LocalKey {
  alg: SignatureAlg;
  keyId: string;
  publicKey: string;
}

export interface KeyBackup {
  format: 'minsheng-signing-key-backup';
  version: 1;
  alg: SignatureAlg;
  keyId: string;
  publicKey: string;
  account: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  ciphertext: string;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = fn(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

const slot = (accountId: string) => `account:${accountId}`;

export async function localKey(accountId: string): Promise<LocalKey | null> {
  const s = (await tx<Stored | undefined>('readonly', (st) => st.get(slot(accountId)))) ?? null;
  return s && { alg: s.alg, keyId: s.keyId, publicKey: s.publicKey };
}

export async function forgetLocalKey(accountId: string): Promise<void> {
  await tx('readwrite', (st) => st.delete(slot(accountId)));
}

const bytes = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b);
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
// The 16-byte PKCS#8 header of an Ed25519 private key (RFC 8410) before its 32-byte seed.
const ED25519_PKCS8 = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);

async function storeSeed(accountId: string, alg: SignatureAlg, seed: Uint8Array): Promise<LocalKey> {
  if (alg === 'ed25519') {
    const privateKey = await crypto.subtle.importKey('pkcs8', bytes(new Uint8Array([...ED25519_PKCS8, ...seed])), { name: 'Ed25519' }, false, [
      'sign',
    ]);
    const publicKey = publicKeyOf('ed25519', seed);
    const s: StoredEd25519 = { alg, keyId: keyIdOf(alg, publicKey), publicKey, privateKey };
    await tx('readwrite', (st) => st.put(s, slot(accountId)));
    return s;
  }
  const wrapKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = random(12);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, wrapKey, bytes(seed));
  const publicKey = publicKeyOf('sm2', seed);
  const s: StoredSm2 = { alg, keyId: keyIdOf(alg, publicKey), publicKey, wrapKey, iv, sealed };
  await tx('readwrite', (st) => st.put(s, slot(accountId)));
  return s;
}

const KDF = { N: 2 ** 15, r: 8, p: 1 };

async function backupOf(key: LocalKey, account: string, seed: Uint8Array, password: string): Promise<KeyBackup> {
  const salt = random(16);
  const iv = random(12);
  const aes = await crypto.subtle.importKey('raw', bytes(scrypt(password, salt, { ...KDF, dkLen: 32 })), 'AES-GCM', false, ['encrypt']);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, bytes(seed)));
  return {
    format: 'minsheng-signing-key-backup',
    version: 1,
    alg: key.alg,
    keyId: key.keyId,
    publicKey: key.publicKey,
    account,
    kdf: { name: 'scrypt', ...KDF, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    ciphertext: toBase64(ciphertext),
  };
}

/**
 * Make a new key pair for `accountId` in this browser and its password-protected backup (which
 * the page offers for download at once: it is the only moment the private key can be exported).
 */
export async function createLocalKey(
  accountId: string,
  account: string,
  alg: SignatureAlg,
  password: string,
): Promise<{ key: LocalKey; backup: KeyBackup }> {
  let seed: Uint8Array;
  if (alg === 'ed25519') {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    seed = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)).slice(16);
    // The same key as WebCrypto reports it: a check that the seed was read right.
    const spki = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
    if (spkiOf('ed25519', fromBase64(spki)!) !== publicKeyOf('ed25519', seed)) throw new Error('Ed25519 export mismatch');
  } else {
    seed = newKeyPair('sm2').privateKey;
  }
  const key = await storeSeed(accountId, alg, seed);
  const backup = await backupOf(key, account, seed, password);
  seed.fill(0);
  return { key, backup };
}

/** Put a key back into this browser from its backup file and password. */
export async function restoreLocalKey(accountId: string, backup: KeyBackup, password: string): Promise<LocalKey> {
  if (backup?.format !== 'minsheng-signing-key-backup' || backup.version !== 1) throw new Error('not a signing key backup');
  const aes = await crypto.subtle.importKey(
    'raw',
    bytes(scrypt(password, fromBase64(backup.kdf.salt)!, { N: backup.kdf.N, r: backup.kdf.r, p: backup.kdf.p, dkLen: 32 })),
    'AES-GCM',
    false,
    ['decrypt'],
  );
  const seed = new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(fromBase64(backup.cipher.iv)!) }, aes, bytes(fromBase64(backup.ciphertext)!)),
  );
  if (publicKeyOf(backup.alg, seed) !== backup.publicKey) throw new Error('the backup does not match its public key');
  const key = await storeSeed(accountId, backup.alg, seed);
  seed.fill(0);
  return key;
}

/** Sign `message` with this browser's key of `accountId` (base64: Ed25519 per RFC 8032; SM2 DER r,s). */
export async function signWithLocalKey(accountId: string, message: Uint8Array): Promise<{ keyId: string; sig: string }> {
  const s = await tx<Stored | undefined>('readonly', (st) => st.get(slot(accountId)));
  if (!s) throw new Error('no signing key in this browser');
  if (s.alg === 'ed25519') {
    const sig = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, s.privateKey, bytes(message)));
    return { keyId: s.keyId, sig: toBase64(sig) };
  }
  const seed = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: s.iv }, s.wrapKey, s.sealed));
  try {
    return { keyId: s.keyId, sig: signMessage('sm2', seed, message) };
  } finally {
    seed.fill(0);
  }
}
