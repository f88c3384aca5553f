// The ballot card's token, in Crockford base32: 20 symbols = 100 bits, printed in groups of
// four ("7K2M-Q9XD-…") and read back forgivingly (case, O/0, I/L/1, spaces and dashes).
// Pure: the caller supplies the random bytes.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TOKEN_SYMBOLS = 20;
/** Bytes of randomness a token needs (13 bytes = 104 bits ≥ 100 used). */
export const TOKEN_RANDOM_BYTES = 13;

/** Encodes the first 100 bits of `random` (at least 13 bytes) as 20 Crockford symbols. */
export function encodeToken(random: Uint8Array): string {
  if (random.length < TOKEN_RANDOM_BYTES) throw new Error('a token needs 13 random bytes');
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const byte of random) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < TOKEN_SYMBOLS) {
      out += CROCKFORD[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
    if (out.length === TOKEN_SYMBOLS) break;
  }
  return out;
}

/** "7K2MQ9XD…" → "7K2M-Q9XD-…" for printing. */
export function groupToken(token: string): string {
  return token.match(/.{1,4}/g)?.join('-') ?? token;
}

/**
 * What a person typed or a scanner sent → the canonical token, or null if it cannot be one.
 * Accepts the /v#<token> URL from the QR code too.
 */
export function normalizeToken(input: string): string | null {
  let s = input.trim();
  const hash = s.lastIndexOf('#');
  if (hash >= 0) s = s.slice(hash + 1);
  s = s
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== TOKEN_SYMBOLS) return null;
  for (const ch of s) if (!CROCKFORD.includes(ch)) return null;
  return s;
}

/** What the database keeps instead of the token. */
export function tokenHash(canonicalToken: string): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalToken)));
}
