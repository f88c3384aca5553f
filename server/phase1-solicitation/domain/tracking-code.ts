// Tracking codes (查询码) for public suggestions: 10 symbols of Crockford's base 32 (50 bits from
// the CSPRNG), shown grouped as K7QM-4XZP-9D. The code only reveals a suggestion's status and
// feedback, so it is stored as is; reading it back forgives case, spaces, hyphens and the
// look-alikes O→0 and I/L→1 that people mishear on the phone.
// Pure: the caller supplies the random bytes (randomBytes(TRACKING_CODE_BYTES)).

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_LENGTH = 10;
export const TRACKING_CODE_BYTES = TRACKING_CODE_LENGTH;

/** Each byte's top 5 bits pick one of 32 symbols, so every symbol is equally likely. */
export function trackingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < TRACKING_CODE_LENGTH) throw new RangeError(`need ${TRACKING_CODE_LENGTH} random bytes`);
  let out = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) out += CROCKFORD_ALPHABET[bytes[i]! >> 3];
  return out;
}

/** "K7QM4XZP9D" → "K7QM-4XZP-9D". */
export function formatTrackingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** What a person typed → the stored form, or null if it cannot be a code. */
export function normalizeTrackingCode(input: string): string | null {
  const s = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== TRACKING_CODE_LENGTH) return null;
  for (const ch of s) if (!CROCKFORD_ALPHABET.includes(ch)) return null;
  return s;
}
