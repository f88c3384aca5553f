/**
 * Money. Stored, computed and hashed as integer 元 — ledger data refuses fractions, and floats
 * would make 0.1 + 0.2 budgets disagree between the server, the web page and a verifier.
 * People type and read 万元 with up to 4 decimals; since 0.0001 万元 = 1 元, every such amount
 * converts exactly, by digit arithmetic on the text, never through a float.
 *
 * Pure (no I/O): the web UI and later phases import it.
 */

export const YUAN_PER_WAN = 10_000;
/** Decimals of 万元 that are still whole 元. */
export const WAN_DECIMALS = 4;
/** Largest amount: integer 元 must stay exact in JavaScript numbers and in JSON. */
export const MAX_YUAN = Number.MAX_SAFE_INTEGER;

/** A valid amount: a safe integer number of 元, zero or more. */
export function isYuan(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

export type WanParseError = 'empty' | 'format' | 'too_many_decimals' | 'too_large';

export type WanParse = { ok: true; yuan: number } | { ok: false; error: WanParseError; zh: string; en: string };

const WAN_ERRORS: Record<WanParseError, { zh: string; en: string }> = {
  empty: { zh: '请填写金额', en: 'Enter an amount' },
  format: { zh: '金额须为非负数字，如 12.3456', en: 'Enter a non-negative number such as 12.3456' },
  too_many_decimals: { zh: '万元最多保留 4 位小数（精确到元）', en: 'At most 4 decimals of 万元 (whole 元)' },
  too_large: { zh: '金额过大', en: 'The amount is too large' },
};

const fail = (error: WanParseError): WanParse => ({ ok: false, error, ...WAN_ERRORS[error] });

/**
 * "12.3456" 万元 → 123456 元. Accepts full-width digits and point (NFKC), thousands separators
 * (, ，), surrounding spaces and a trailing 万元 / 万; refuses signs, exponents and a fifth
 * non-zero decimal (that would be a fraction of a 元).
 */
export function parseWan(input: string): WanParse {
  const s = input
    .normalize('NFKC')
    .trim()
    .replace(/(万元|万)$/, '')
    .replace(/[,，\s]/g, '');
  if (s === '') return fail('empty');
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && !m[2])) return fail('format');
  const intPart = m[1] || '0';
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > WAN_DECIMALS) return fail('too_many_decimals');
  const yuan = BigInt(intPart) * BigInt(YUAN_PER_WAN) + BigInt(frac.padEnd(WAN_DECIMALS, '0'));
  if (yuan > BigInt(MAX_YUAN)) return fail('too_large');
  return { ok: true, yuan: Number(yuan) };
}

function assertSafeInteger(yuan: number, fn: string) {
  if (typeof yuan !== 'number' || !Number.isSafeInteger(yuan)) throw new RangeError(`${fn}: ${String(yuan)} is not a safe integer number of 元`);
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * 123456 元 → "12.3456" (万元), trailing zeros dropped: 1230000 → "123", 1234500 → "123.45".
 * Options: grouping inserts thousands separators in the whole part ("1,234.5"); minDecimals
 * pads the fraction (2 → "123.00"). Negative amounts (differences) keep their sign.
 */
export function formatWan(yuan: number, opts: { grouping?: boolean; minDecimals?: number } = {}): string {
  assertSafeInteger(yuan, 'formatWan');
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(yuan);
  const whole = String(Math.floor(abs / YUAN_PER_WAN));
  let frac = String(abs % YUAN_PER_WAN)
    .padStart(WAN_DECIMALS, '0')
    .replace(/0+$/, '');
  const min = Math.min(Math.max(opts.minDecimals ?? 0, 0), WAN_DECIMALS);
  frac = frac.padEnd(min, '0');
  return `${sign}${opts.grouping ? group(whole) : whole}${frac ? `.${frac}` : ''}`;
}

/** 1234567 → "1,234,567" (元). */
export function formatYuan(yuan: number): string {
  assertSafeInteger(yuan, 'formatYuan');
  return (yuan < 0 ? '-' : '') + group(String(Math.abs(yuan)));
}

/** Exact sum of amounts in 元; throws RangeError if a part or the total is not a safe integer. */
export function sumYuan(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) {
    assertSafeInteger(a, 'sumYuan');
    total += a;
    if (!Number.isSafeInteger(total)) throw new RangeError('sumYuan: the total is beyond the safe integer range');
  }
  return total;
}
