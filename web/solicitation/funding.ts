// The funding parts (资金来源) as a form holds them: per source an amount typed in 万元 and a note
// (only 'other' keeps its note), read into the parts in 元 that the API takes. The proposal form
// and a change request's new budget share them, with the running sum shown as they are typed.
import { fundingLabel } from './labels';
import { readWan, wanText } from './money';
import { FUNDING_SOURCES, type FundingPart, type FundingSource } from './types';

export type FundingFields = Record<FundingSource, { amount: string; note: string }>;

/** The fields for the parts given; a source not among them is empty. */
export function fundingFields(parts: readonly FundingPart[] | undefined): FundingFields {
  const of = (src: FundingSource) => parts?.find((f) => f.source === src);
  return Object.fromEntries(
    FUNDING_SOURCES.map((src) => [src, { amount: wanText(of(src)?.amountYuan), note: of(src)?.note ?? '' }]),
  ) as FundingFields;
}

export interface ReadFunding {
  /** The parts whose amount reads, in 元. */
  parts: FundingPart[];
  /** Their sum, in 元. */
  total: number;
  /** What is wrong with the last amount that does not read ("其他：…"), or null. */
  problem: string | null;
}

/** The parts as typed. */
export function readFunding(fields: FundingFields): ReadFunding {
  const out: ReadFunding = { parts: [], total: 0, problem: null };
  for (const src of FUNDING_SOURCES) {
    const r = readWan(fields[src].amount);
    if (r.kind === 'bad') out.problem = `${fundingLabel(src)}：${r.message}`;
    else if (r.kind === 'ok') {
      out.parts.push({ source: src, amountYuan: r.yuan, note: src === 'other' ? fields.other.note.trim() || null : null });
      out.total += r.yuan;
    }
  }
  return out;
}
