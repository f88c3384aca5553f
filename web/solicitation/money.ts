// Money on the pages: people type and read 万元 with up to 4 decimals; the API takes integer 元.
// The exact conversions are the server's own (server/core/domain/money.ts), never a float.
import { formatWan, formatYuan, parseWan, sumYuan, type WanParse } from '@contract/domain';
import { lang } from '../app/i18n';

export { formatWan, formatYuan, parseWan, sumYuan, type WanParse };

/** 12345678 元 → "1,234.5678". */
export function wan(yuan: number): string {
  return formatWan(yuan, { grouping: true });
}

/** 12345678 元 → "1,234.5678 万元" (the unit is written the same in both languages). */
export function wanWithUnit(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : `${wan(yuan)} 万元`;
}

/** What the person typed in a 万元 box: empty, an amount in 元, or the reason it is not one. */
export type WanInput = { kind: 'empty' } | { kind: 'ok'; yuan: number } | { kind: 'bad'; message: string };

export function readWan(text: string): WanInput {
  if (!text.trim()) return { kind: 'empty' };
  const r = parseWan(text);
  return r.ok ? { kind: 'ok', yuan: r.yuan } : { kind: 'bad', message: lang() === 'zh' ? r.zh : r.en };
}

/** The 万元 text for an amount we already hold (editing a saved proposal). */
export function wanText(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '' : formatWan(yuan);
}
