// A project's terms as readable text: funding, targets, and a changed term (a decision's `changed`,
// a request's `proposed`) with its label. Used by the record's sections and the pages that show changes.
import { tMaybe } from '../app/i18n';
import { fundingLabel } from '../solicitation/labels';
import { wanWithUnit } from '../solicitation/money';
import type { FundingPartOut, Target } from './types';

export const fundingText = (parts: readonly FundingPartOut[]) =>
  parts.map((p) => `${fundingLabel(p.source)} ${wanWithUnit(p.amountYuan)}${p.note ? `（${p.note}）` : ''}`).join('；');
export const targetText = (x: Target) => `${x.indicator} ${x.value}${x.unit ? ` ${x.unit}` : ''}`;

/** A changed term (a decision's `changed`, a request's `proposed`) as readable text. */
export function termValueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'budgetYuan' && typeof value === 'number') return wanWithUnit(value);
  if (field === 'funding' && Array.isArray(value)) return fundingText(value as FundingPartOut[]);
  if (field === 'targets' && Array.isArray(value)) return (value as Target[]).map(targetText).join('；');
  if (field === 'state' && typeof value === 'string') return tMaybe(`prog.state.${value}`, value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
export const termLabel = (field: string) => tMaybe(`prog.field.${field}`, field);
