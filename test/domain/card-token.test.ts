import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROCKFORD, encodeToken, groupToken, normalizeToken, tokenHash } from '../../server/phase2-balloting/domain/card-token';

describe('card tokens', () => {
  it('encodes 13 random bytes as 20 Crockford symbols (100 bits)', () => {
    const t = encodeToken(new Uint8Array(13).fill(0xff));
    expect(t).toBe('Z'.repeat(20));
    expect(encodeToken(new Uint8Array(13))).toBe('0'.repeat(20));
    expect(() => encodeToken(new Uint8Array(12))).toThrow();
  });

  it('different random bytes within the first 100 bits give different tokens', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 13, maxLength: 13 }), fc.integer({ min: 0, max: 99 }), (bytes, bit) => {
        const flipped = Uint8Array.from(bytes);
        flipped[Math.floor(bit / 8)]! ^= 1 << (7 - (bit % 8));
        expect(encodeToken(flipped)).not.toBe(encodeToken(bytes));
      }),
    );
  });

  it('groups in fours for printing', () => {
    expect(groupToken('ABCD1234EFGH5678JKMN')).toBe('ABCD-1234-EFGH-5678-JKMN');
  });

  it('reads back what a person types: case, O/0, I/L/1, spaces, dashes, or the QR URL', () => {
    const token = '7K2MQ9XD0A1BC3DE4FGH';
    expect(normalizeToken('7k2m-q9xd-oa1b-c3de-4fgh')).toBe(token);
    expect(normalizeToken(' 7K2M Q9XD 0AIB C3DE 4FGH ')).toBe(token);
    expect(normalizeToken('7K2M-Q9XD-0ALB-C3DE-4FGH')).toBe(token);
    expect(normalizeToken(`https://rd.example/v#${token}`)).toBe(token);
    expect(normalizeToken('7K2M-Q9XD')).toBeNull();
    expect(normalizeToken('7K2MQ9XD0A1BC3DE4FGU')).toBeNull(); // U is not Crockford
    expect(normalizeToken('')).toBeNull();
  });

  it('round-trips any token through grouping and lower case', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 13, maxLength: 13 }), (bytes) => {
        const t = encodeToken(bytes);
        expect([...t].every((ch) => CROCKFORD.includes(ch))).toBe(true);
        expect(normalizeToken(groupToken(t).toLowerCase())).toBe(t);
      }),
    );
  });

  it('hashes with SHA-256 (hex)', () => {
    // printf '%s' 00000000000000000000 | sha256sum
    expect(tokenHash('0'.repeat(20))).toBe('a7d351f3de399c746064a53c69959ab10312a003ec63985bcd86fb6dc1c402d5');
    expect(tokenHash('0'.repeat(20))).not.toBe(tokenHash('1'.repeat(20)));
  });
});
