// Unguessable strings from the CSPRNG.
import { randomBytes } from 'node:crypto';

// Lucia's alphabet: no 0/O, 1/l ambiguity; 32 symbols so each byte's top 5 bits pick one.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** 24 symbols × 5 bits = 120 bits. */
export function secureRandomString(length = 24): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b >> 3];
  return out;
}
