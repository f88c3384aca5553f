import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CROCKFORD_ALPHABET,
  formatTrackingCode,
  normalizeTrackingCode,
  TRACKING_CODE_BYTES,
  trackingCodeFromBytes,
} from '../../server/phase1-solicitation/domain/tracking-code';

describe('tracking codes', () => {
  it('uses Crockford base 32: no I, L, O, U', () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it("maps each byte's top 5 bits to a symbol", () => {
    expect(trackingCodeFromBytes(new Uint8Array(10))).toBe('0000000000');
    expect(trackingCodeFromBytes(new Uint8Array(10).fill(255))).toBe('ZZZZZZZZZZ');
    expect(trackingCodeFromBytes(Uint8Array.from([0, 8, 16, 24, 32, 40, 48, 56, 64, 72]))).toBe('0123456789');
    expect(() => trackingCodeFromBytes(new Uint8Array(9))).toThrow(RangeError);
  });

  it('is 10 symbols, shown as 4-4-2', () => {
    const code = trackingCodeFromBytes(randomBytes(TRACKING_CODE_BYTES));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(formatTrackingCode('K7QM4XZP9D')).toBe('K7QM-4XZP-9D');
  });

  it('reads back what people type: case, spaces, hyphens, O/0 and I/L/1', () => {
    for (const typed of ['K7QM-4XZP-9D', 'k7qm4xzp9d', ' K7QM 4XZP 9D ', 'k7qm-4xzp-9d', 'ｋ７ｑｍ－４ｘｚｐ－９ｄ']) {
      expect(normalizeTrackingCode(typed)).toBe('K7QM4XZP9D');
    }
    expect(normalizeTrackingCode('1O0I-LlO1-oi')).toBe('1001-1101-01'.replace(/-/g, ''));
  });

  it('refuses what cannot be a code', () => {
    for (const bad of ['', 'K7QM-4XZP', 'K7QM-4XZP-9DX', 'K7QM-4XZP-9U', '%%%%%%%%%%', '中文中文中文中文中文']) {
      expect(normalizeTrackingCode(bad)).toBeNull();
    }
  });

  it('property: every generated code survives formatting and sloppy retyping', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), (bytes) => {
        const code = trackingCodeFromBytes(bytes);
        expect(normalizeTrackingCode(formatTrackingCode(code))).toBe(code);
        expect(normalizeTrackingCode(formatTrackingCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l'))).toBe(code);
      }),
    );
  });
});
