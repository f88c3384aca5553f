import { and, count, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { suggestions } from '../../db/schema';
import type { SuggestionChannel, SuggestionStatus } from './domain/screening';

export type SuggestionRow = typeof suggestions.$inferSelect;

export async function findSuggestion(ex: Executor, congressId: string, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await ex
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.congressId, congressId), eq(suggestions.id, id)));
  return row;
}

export async function lockSuggestion(tx: Tx, congressId: string, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await tx
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.congressId, congressId), eq(suggestions.id, id)))
    .for('update');
  return row;
}

/** By its normalised tracking code (see domain/tracking-code.ts). */
export async function findSuggestionByCode(ex: Executor, code: string): Promise<SuggestionRow | undefined> {
  const [row] = await ex.select().from(suggestions).where(eq(suggestions.trackingCode, code));
  return row;
}

export async function insertSuggestion(tx: Tx, v: typeof suggestions.$inferInsert): Promise<SuggestionRow> {
  const [row] = await tx.insert(suggestions).values(v).returning();
  return row!;
}

export async function updateSuggestion(tx: Tx, id: string, set: Partial<typeof suggestions.$inferInsert>): Promise<SuggestionRow> {
  const [row] = await tx.update(suggestions).set(set).where(eq(suggestions.id, id)).returning();
  return row!;
}

/** Suggestions converted into or merged into a proposal. */
export async function suggestionsOfProposal(ex: Executor, proposalId: string): Promise<SuggestionRow[]> {
  return ex.select().from(suggestions).where(eq(suggestions.proposalId, proposalId)).orderBy(suggestions.createdAt);
}

export async function countUnprocessed(ex: Executor, cycleId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(suggestions)
    .where(and(eq(suggestions.cycleId, cycleId), eq(suggestions.status, 'received')));
  return Number(row?.n ?? 0);
}

export interface SuggestionFilters {
  status?: SuggestionStatus;
  channel?: SuggestionChannel;
  category?: string;
  q?: string;
}

function filterConditions(f: SuggestionFilters, omit?: 'status' | 'channel'): SQL[] {
  const out: SQL[] = [];
  if (f.status && omit !== 'status') out.push(eq(suggestions.status, f.status));
  if (f.channel && omit !== 'channel') out.push(eq(suggestions.channel, f.channel));
  if (f.category) out.push(eq(suggestions.category, f.category));
  if (f.q) {
    const needle = f.q.toLowerCase();
    const code = f.q.toUpperCase().replace(/[\s-]/g, '');
    out.push(
      or(
        sql`strpos(lower(${suggestions.title}), ${needle}) > 0`,
        sql`strpos(lower(${suggestions.content}), ${needle}) > 0`,
        sql`strpos(lower(coalesce(${suggestions.location}, '')), ${needle}) > 0`,
        eq(suggestions.trackingCode, code),
      )!,
    );
  }
  return out;
}

export async function searchSuggestions(ex: Executor, cycleId: string, f: SuggestionFilters, page: { page: number; pageSize: number }) {
  const where = and(eq(suggestions.cycleId, cycleId), ...filterConditions(f));
  const [total] = await ex.select({ n: count() }).from(suggestions).where(where);
  const rows = await ex
    .select()
    .from(suggestions)
    .where(where)
    .orderBy(suggestions.createdAt)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const counts = {} as Record<'status' | 'channel', Record<string, number>>;
  for (const facet of ['status', 'channel'] as const) {
    const col = suggestions[facet];
    const grouped = await ex
      .select({ key: col, n: count() })
      .from(suggestions)
      .where(and(eq(suggestions.cycleId, cycleId), ...filterConditions(f, facet)))
      .groupBy(col);
    counts[facet] = Object.fromEntries(grouped.map((r) => [r.key, Number(r.n)]));
  }
  return { total: Number(total?.n ?? 0), rows, counts };
}

export async function trackingCodeTaken(ex: Executor, code: string): Promise<boolean> {
  return !!(await findSuggestionByCode(ex, code));
}
