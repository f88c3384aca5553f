/**
 * The hash algorithm of a congress's ledgers: SHA-256 (FIPS 180-4, the default) or SM3 (GB/T 32905,
 * for deployments reviewed under GB/T 39786 密评). Chosen when the congress is created and written
 * on each ledger, so an export says in `ledger.hash` how to recompute it. Pure; runs in the browser.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sm3 } from 'sm-crypto-v2';

export const HASH_ALGS = ['sha256', 'sm3'] as const;
export type HashAlg = (typeof HASH_ALGS)[number];
export const DEFAULT_HASH_ALG: HashAlg = 'sha256';

export function isHashAlg(v: unknown): v is HashAlg {
  return typeof v === 'string' && (HASH_ALGS as readonly string[]).includes(v);
}

/** Lowercase hex digest (64 digits for both algorithms) of `bytes`, or of a string's UTF-8 bytes. */
export function hashHex(alg: HashAlg, input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? utf8ToBytes(input) : input;
  if (alg === 'sha256') return bytesToHex(sha256(bytes));
  if (alg === 'sm3') return sm3(bytes);
  throw new RangeError(`unknown hash algorithm ${JSON.stringify(alg)}`);
}
