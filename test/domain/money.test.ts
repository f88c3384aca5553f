import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWan, formatYuan, isYuan, MAX_YUAN, parseWan, sumYuan } from '../../server/core/domain/money';

const yuanOf = (s: string) => {
  const r = parseWan(s);
  if (!r.ok) throw new Error(`${s}: ${r.error}`);
  return r.yuan;
};

describe('parseWan (万元 text → integer 元)', () => {
  it.each([
    ['12.3456', 123456],
    ['12', 120000],
    ['0', 0],
    ['0.0001', 1],
    ['.5', 5000],
    ['1.', 10000],
    ['1.5', 15000],
    ['1,234.5', 12345000],
    ['1，234', 12340000],
    [' 3.14 ', 31400],
    ['１２．５', 125000],
    ['150万元', 1500000],
    ['150万', 1500000],
    ['12.34560', 123456],
    ['007', 70000],
    ['0.1', 1000],
    ['0.2', 2000],
  ])('%s → %d 元', (text, yuan) => {
    expect(yuanOf(text)).toBe(yuan);
  });

  it('is exact where floats are not: 0.1 + 0.2 万元 is 3000 元', () => {
    expect(yuanOf('0.1') + yuanOf('0.2')).toBe(yuanOf('0.3'));
    // The float way would give 0.30000000000000004 × 10000.
    expect(yuanOf('1.0001') * 3).toBe(30003);
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['万元', 'empty'],
    ['abc', 'format'],
    ['-1', 'format'],
    ['+1', 'format'],
    ['1e3', 'format'],
    ['1.2.3', 'format'],
    ['.', 'format'],
    ['12.34567', 'too_many_decimals'],
    ['0.00001', 'too_many_decimals'],
    ['NaN', 'format'],
    ['Infinity', 'format'],
    ['１e２', 'format'],
    ['999999999999999', 'too_large'],
  ])('refuses %j (%s)', (text, error) => {
    const r = parseWan(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe(error);
      expect(r.zh.length).toBeGreaterThan(0);
      expect(r.en.length).toBeGreaterThan(0);
    }
  });

  it('accepts up to MAX_YUAN exactly and not one 元 more', () => {
    expect(yuanOf(formatWan(MAX_YUAN))).toBe(MAX_YUAN);
    const over = parseWan('900719925474.0992');
    expect(over.ok).toBe(false);
  });
});

describe('formatWan and formatYuan', () => {
  it.each([
    [123456, '12.3456'],
    [1230000, '123'],
    [1234500, '123.45'],
    [0, '0'],
    [1, '0.0001'],
    [10000, '1'],
    [-15000, '-1.5'],
    [9999, '0.9999'],
  ])('%d 元 → %s 万元', (yuan, text) => {
    expect(formatWan(yuan)).toBe(text);
  });

  it('groups thousands and pads decimals on request', () => {
    expect(formatWan(12_345_678_900, { grouping: true })).toBe('1,234,567.89');
    expect(formatWan(1_230_000, { minDecimals: 2 })).toBe('123.00');
    expect(formatWan(1_234_560, { minDecimals: 2 })).toBe('123.456');
    expect(formatWan(1_230_000, { minDecimals: 9 })).toBe('123.0000');
    expect(formatYuan(1234567)).toBe('1,234,567');
    expect(formatYuan(-1000)).toBe('-1,000');
    expect(formatYuan(999)).toBe('999');
  });

  it('refuses what is not a whole number of 元', () => {
    expect(() => formatWan(1.5)).toThrow(RangeError);
    expect(() => formatWan(Number.NaN)).toThrow(RangeError);
    expect(() => formatYuan(2 ** 53)).toThrow(RangeError);
  });

  it('round-trips every amount: parse(format(y)) = y, with and without grouping', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (y) => {
        expect(yuanOf(formatWan(y))).toBe(y);
        expect(yuanOf(formatWan(y, { grouping: true }))).toBe(y);
      }),
    );
  });

  it('round-trips every 万元 text with up to 4 decimals (canonical form)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), fc.nat({ max: 9999 }), (whole, frac) => {
        const text = `${whole}.${String(frac).padStart(4, '0')}`;
        expect(yuanOf(text)).toBe(whole * 10000 + frac);
        expect(Number(formatWan(yuanOf(text)))).toBeCloseTo(Number(text), 4);
      }),
    );
  });
});

describe('isYuan and sumYuan', () => {
  it('isYuan: safe non-negative integers only', () => {
    expect(isYuan(0)).toBe(true);
    expect(isYuan(MAX_YUAN)).toBe(true);
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53, '1', null, undefined]) expect(isYuan(bad)).toBe(false);
  });

  it('sums exactly and refuses overflow and fractions', () => {
    expect(sumYuan([])).toBe(0);
    expect(sumYuan([1, 2, 3])).toBe(6);
    expect(() => sumYuan([MAX_YUAN, 1])).toThrow(RangeError);
    expect(() => sumYuan([0.5])).toThrow(RangeError);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10 ** 12 }), { maxLength: 50 }), (xs) => {
        expect(sumYuan(xs)).toBe(xs.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
