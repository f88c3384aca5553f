import { and, count, eq, inArray, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { deputies, proposalCoProposers, proposals, suggestions } from '../../db/schema';
import { listDepartments } from '../core/roster/roster.repository';
import type { ProposalChannel, ProposalStatus } from './domain/screening';

export type ProposalRow = typeof proposals.$inferSelect;

export async function findProposal(ex: Executor, congressId: string, id: string): Promise<ProposalRow | undefined> {
  const [row] = await ex
    .select()
    .from(proposals)
    .where(and(eq(proposals.congressId, congressId), eq(proposals.id, id)));
  return row;
}

export async function findProposals(ex: Executor, congressId: string, ids: readonly string[]): Promise<ProposalRow[]> {
  if (ids.length === 0) return [];
  return ex
    .select()
    .from(proposals)
    .where(and(eq(proposals.congressId, congressId), inArray(proposals.id, [...ids])));
}

export async function lockProposal(tx: Tx, congressId: string, id: string): Promise<ProposalRow | undefined> {
  const [row] = await tx
    .select()
    .from(proposals)
    .where(and(eq(proposals.congressId, congressId), eq(proposals.id, id)))
    .for('update');
  return row;
}

export async function insertProposal(tx: Tx, v: typeof proposals.$inferInsert): Promise<ProposalRow> {
  const [row] = await tx.insert(proposals).values(v).returning();
  return row!;
}

export async function updateProposal(tx: Tx, id: string, set: Partial<typeof proposals.$inferInsert>): Promise<ProposalRow> {
  const [row] = await tx.update(proposals).set(set).where(eq(proposals.id, id)).returning();
  return row!;
}

export async function deleteProposal(tx: Tx, id: string): Promise<void> {
  await tx.delete(proposals).where(eq(proposals.id, id));
}

/** Proposals merged into this one. */
export async function listMergedInto(ex: Executor, proposalId: string): Promise<ProposalRow[]> {
  return ex.select().from(proposals).where(eq(proposals.mergedIntoId, proposalId)).orderBy(proposals.number);
}

export async function countByStatus(ex: Executor, cycleId: string): Promise<Partial<Record<ProposalStatus, number>>> {
  const rows = await ex
    .select({ status: proposals.status, n: count() })
    .from(proposals)
    .where(eq(proposals.cycleId, cycleId))
    .groupBy(proposals.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

// ---- co-proposers (联名) ---------------------------------------------------------------------

export async function coProposersOf(ex: Executor, proposalIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (proposalIds.length === 0) return out;
  const rows = await ex
    .select()
    .from(proposalCoProposers)
    .where(inArray(proposalCoProposers.proposalId, [...proposalIds]));
  for (const r of rows) out.set(r.proposalId, [...(out.get(r.proposalId) ?? []), r.deputyId]);
  return out;
}

export async function setCoProposers(tx: Tx, proposalId: string, deputyIds: readonly string[]): Promise<void> {
  await tx.delete(proposalCoProposers).where(eq(proposalCoProposers.proposalId, proposalId));
  if (deputyIds.length) await tx.insert(proposalCoProposers).values(deputyIds.map((deputyId) => ({ proposalId, deputyId })));
}

// ---- names for describing -------------------------------------------------------------------

export async function departmentNames(ex: Executor, congressId: string): Promise<Map<string, string>> {
  return new Map((await listDepartments(ex, congressId)).map((d) => [d.id, d.name]));
}

export async function deputyNames(ex: Executor, congressId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: deputies.id, name: deputies.name })
    .from(deputies)
    .where(and(eq(deputies.congressId, congressId), inArray(deputies.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- the queue ------------------------------------------------------------------------------

/** Whose proposals a caller sees in lists. */
export type ProposalScope =
  | { kind: 'all' }
  | { kind: 'not-drafts' }
  /** Its own (as proposer), and the submitted ones it is the 责任单位 of. */
  | { kind: 'department'; departmentId: string }
  /** Led or co-signed. */
  | { kind: 'deputy'; deputyId: string };

export interface ProposalFilters {
  status?: ProposalStatus;
  category?: string;
  departmentId?: string;
  channel?: ProposalChannel;
  q?: string;
}

function scopeCondition(ex: Executor, scope: ProposalScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'not-drafts':
      return ne(proposals.status, 'draft');
    case 'department':
      return or(
        eq(proposals.proposerDepartmentId, scope.departmentId),
        and(eq(proposals.departmentId, scope.departmentId), ne(proposals.status, 'draft')),
      );
    case 'deputy':
      return or(
        eq(proposals.proposerDeputyId, scope.deputyId),
        inArray(
          proposals.id,
          ex.select({ id: proposalCoProposers.proposalId }).from(proposalCoProposers).where(eq(proposalCoProposers.deputyId, scope.deputyId)),
        ),
      );
  }
}

type Facet = 'status' | 'category' | 'channel' | 'departmentId';

function filterConditions(f: ProposalFilters, omit?: Facet): SQL[] {
  const out: SQL[] = [];
  if (f.status && omit !== 'status') out.push(eq(proposals.status, f.status));
  if (f.category && omit !== 'category') out.push(eq(proposals.category, f.category));
  if (f.channel && omit !== 'channel') out.push(eq(proposals.channel, f.channel));
  if (f.departmentId && omit !== 'departmentId') out.push(eq(proposals.departmentId, f.departmentId));
  if (f.q) {
    // strpos, not LIKE: the search text needs no escaping of % and _.
    const needle = f.q.toLowerCase();
    const has = (col: AnyColumn) => sql`strpos(lower(${col}), ${needle}) > 0`;
    const conds = [has(proposals.title), has(proposals.content), has(proposals.background), has(proposals.location)];
    const code = /^(?:\d{4}-)?0*(\d{1,6})$/.exec(f.q.trim());
    if (code) conds.push(eq(proposals.number, Number(code[1])));
    out.push(or(...conds)!);
  }
  return out;
}

export async function searchProposals(
  ex: Executor,
  cycleId: string,
  scope: ProposalScope,
  f: ProposalFilters,
  page: { page: number; pageSize: number },
) {
  const where = and(eq(proposals.cycleId, cycleId), scopeCondition(ex, scope), ...filterConditions(f));
  const [total] = await ex.select({ n: count() }).from(proposals).where(where);
  const rows = await ex
    .select()
    .from(proposals)
    .where(where)
    .orderBy(sql`${proposals.number} asc nulls last`, proposals.createdAt)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return { total: Number(total?.n ?? 0), rows };
}

/** Counts per status, category, channel and 责任单位, each under the other filters (so a tab shows what choosing it would give). */
export async function facetCounts(ex: Executor, cycleId: string, scope: ProposalScope, f: ProposalFilters) {
  const cols = { status: proposals.status, category: proposals.category, channel: proposals.channel, departmentId: proposals.departmentId } as const;
  const out = {} as Record<Facet, Record<string, number>>;
  for (const facet of Object.keys(cols) as Facet[]) {
    const col = cols[facet];
    const rows = await ex
      .select({ key: col, n: count() })
      .from(proposals)
      .where(and(eq(proposals.cycleId, cycleId), scopeCondition(ex, scope), ...filterConditions(f, facet)))
      .groupBy(col);
    out[facet] = Object.fromEntries(rows.filter((r) => r.key !== null).map((r) => [r.key as string, Number(r.n)]));
  }
  return out;
}

/** Which of `categories` some proposal or suggestion of the cycle uses (those may not be removed). */
export async function categoriesInUse(ex: Executor, cycleId: string, categories: readonly string[]): Promise<string[]> {
  if (categories.length === 0) return [];
  const list = [...categories];
  const a = await ex
    .selectDistinct({ c: proposals.category })
    .from(proposals)
    .where(and(eq(proposals.cycleId, cycleId), inArray(proposals.category, list)));
  const b = await ex
    .selectDistinct({ c: suggestions.category })
    .from(suggestions)
    .where(and(eq(suggestions.cycleId, cycleId), inArray(suggestions.category, list)));
  return [...new Set([...a, ...b].map((r) => r.c!))];
}
