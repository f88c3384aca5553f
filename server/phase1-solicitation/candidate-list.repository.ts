// The candidate list is the cycle's shortlisted proposals in the secretariat's order; "fixed"
// is a mark on the cycle (cycles.list_fixed_at) under which nothing joins, leaves or changes.
import { and, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { proposals } from '../../db/schema';
import { byListOrder } from './domain/candidate-list';
import { materialsDigest, oneLineSummary, proposalCode, type Materials } from './domain/proposal-rules';
import { findCycle } from '../cycle/cycles.repository';
import { materialsOf } from './proposals.describe';
import { departmentNames, type ProposalRow } from './proposals.repository';

/** Shortlisted proposals of a cycle, in list order. */
export async function listShortlisted(ex: Executor, cycleId: string): Promise<ProposalRow[]> {
  return byListOrder(
    await ex
      .select()
      .from(proposals)
      .where(and(eq(proposals.cycleId, cycleId), eq(proposals.status, 'shortlisted'))),
  );
}

/** Positions 1..n in the order given. */
export async function setListOrder(tx: Tx, ids: readonly string[]): Promise<void> {
  for (const [i, id] of ids.entries())
    await tx
      .update(proposals)
      .set({ listOrder: i + 1 })
      .where(eq(proposals.id, id));
}

export interface FixedCandidate {
  /** The ballot's candidate id. */
  proposalId: string;
  order: number;
  code: string | null;
  title: string;
  category: string | null;
  departmentId: string | null;
  departmentName: string | null;
  estimateYuan: number | null;
  /** One line from 主要内容与建设规模. */
  summary: string;
  /** SHA-256 of the materials, as in the candidate_list.fixed ledger entry. */
  materialsHash: string;
}

export interface FixedCandidateList {
  cycleId: string;
  title: string;
  seats: number;
  minMargin: number;
  allowEqual: boolean;
  fixedAt: string;
  /** Each with the full materials deputies read (背景与必要性, 主要内容, 地点, 资金来源, 时限, 目标): what a tablet shows. */
  candidates: Array<FixedCandidate & { materials: Materials }>;
}

export function fixedCandidate(p: ProposalRow, order: number, year: number, departments: Map<string, string>): FixedCandidate {
  return {
    proposalId: p.id,
    order,
    code: proposalCode(year, p.number),
    title: p.title,
    category: p.category,
    departmentId: p.departmentId,
    departmentName: p.departmentId ? (departments.get(p.departmentId) ?? null) : null,
    estimateYuan: p.estimateYuan,
    summary: oneLineSummary(p.content),
    materialsHash: materialsDigest(materialsOf(p)),
  };
}

/** For the ballot engine: the fixed list the vote is on, or null while the list is not fixed. */
export async function getFixedCandidateList(ex: Executor, congressId: string, cycleId: string): Promise<FixedCandidateList | null> {
  const cycle = await findCycle(ex, congressId, cycleId);
  if (!cycle?.listFixedAt) return null;
  const departments = await departmentNames(ex, congressId);
  const rows = await listShortlisted(ex, cycle.id);
  return {
    cycleId: cycle.id,
    title: cycle.title,
    seats: cycle.seats,
    minMargin: cycle.minMargin,
    allowEqual: cycle.allowEqual,
    fixedAt: cycle.listFixedAt.toISOString(),
    candidates: rows.map((p, i) => ({ ...fixedCandidate(p, i + 1, cycle.year, departments), materials: materialsOf(p) })),
  };
}
