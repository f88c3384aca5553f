// How the annual report writes numbers and dates: 一、二、… for sections and （一）… for projects in
// Chinese (1. and 3.1 in English), long dates (2027年3月5日 / 5 Mar 2027), and shares to one decimal.
import { lang } from '../../app/i18n';
import { chinaDateOf } from '../../implementation/labels';

const ZH_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for sections and a year's projects). */
export function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones ? ZH_DIGITS[ones] : ''}`;
  }
  return String(n);
}

export const isZh = () => lang() === 'zh';
export const sectionNo = (n: number) => (isZh() ? `${zhNumber(n)}、` : `${n}. `);
export const projectNo = (n: number) => (isZh() ? `（${zhNumber(n)}）` : `3.${n} `);

/** "2027-03-05" → 2027年3月5日 / 5 Mar 2027. */
export function longDate(day: string | null | undefined): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return isZh()
    ? `${y}年${m}月${d}日`
    : new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
export const instantDate = (iso: string | null | undefined) => longDate(chinaDateOf(iso));

/** Disbursed of budget to one decimal, "37.5%". */
export function share(part: number, whole: number): string {
  return whole > 0 ? `${(Math.round((part * 1000) / whole) / 10).toFixed(1)}%` : '—';
}
