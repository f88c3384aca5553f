// Calendar dates in China time (UTC+8, no daylight saving), wherever the server runs: today's
// date, the instant a day begins, and whether a string is a real YYYY-MM-DD date.

export const CHINA_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 24 * 3600_000;

/** The dates the system accepts (docs/api.md): a congress's years, not typos such as 0001 or 9999. */
export const MIN_DATE = '2000-01-01';
export const MAX_DATE = '2100-12-31';

/** A real calendar date written YYYY-MM-DD, from MIN_DATE to MAX_DATE. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00.000Z`);
  // "2027-02-30" parses as 2 March: only a date that prints back the same is real.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= MIN_DATE && s <= MAX_DATE;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00.000Z`) / DAY_MS;
}

/** The instant a China-time date begins. */
export function startOfChinaDay(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) - CHINA_OFFSET_MS);
}

/** Today's date in China. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Year of a YYYY-MM-DD date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
