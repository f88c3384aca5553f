import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { cycles } from '../../db/schema';
import { appendEntry } from '../core/ledger/ledger.repository';
import { windowBounds, windowDays, windowState } from './domain/solicitation-window';

export type CycleRow = typeof cycles.$inferSelect;

export async function findCycle(ex: Executor, congressId: string, id: string): Promise<CycleRow | undefined> {
  const [row] = await ex
    .select()
    .from(cycles)
    .where(and(eq(cycles.congressId, congressId), eq(cycles.id, id)));
  return row;
}

/** For the public pages, which name a cycle without a session. */
export async function findCycleById(ex: Executor, id: string): Promise<CycleRow | undefined> {
  const [row] = await ex.select().from(cycles).where(eq(cycles.id, id));
  return row;
}

export async function findCycleByYear(ex: Executor, congressId: string, year: number): Promise<CycleRow | undefined> {
  const [row] = await ex
    .select()
    .from(cycles)
    .where(and(eq(cycles.congressId, congressId), eq(cycles.year, year)));
  return row;
}

export async function listCycles(ex: Executor, congressId: string): Promise<CycleRow[]> {
  return ex.select().from(cycles).where(eq(cycles.congressId, congressId)).orderBy(desc(cycles.year), asc(cycles.createdAt));
}

/**
 * Every change within a cycle takes its row lock first: phase moves, submissions, screening and
 * the list then happen one after another, so a check made here still holds at commit.
 */
export async function lockCycle(tx: Tx, id: string, congressId?: string): Promise<CycleRow | undefined> {
  const where = congressId ? and(eq(cycles.congressId, congressId), eq(cycles.id, id)) : eq(cycles.id, id);
  const [row] = await tx.select().from(cycles).where(where).for('update');
  return row;
}

export async function insertCycle(tx: Tx, v: typeof cycles.$inferInsert): Promise<CycleRow> {
  const [row] = await tx.insert(cycles).values(v).returning();
  return row!;
}

export async function updateCycle(tx: Tx, id: string, set: Partial<typeof cycles.$inferInsert>): Promise<CycleRow> {
  const [row] = await tx.update(cycles).set(set).where(eq(cycles.id, id)).returning();
  return row!;
}

/** The cycle's own ledger: every state change of the cycle, its proposals, suggestions and list. */
export function appendCycleEntry(tx: Tx, cycle: CycleRow, kind: string, data: Record<string, unknown>, now: Date) {
  return appendEntry(tx, cycle.ledgerId, kind, data, now);
}

export function describeCycle(c: CycleRow, now: Date) {
  const window = { opensOn: c.opensOn, closesOn: c.closesOn };
  const state = windowState(now, window);
  return {
    id: c.id,
    congressId: c.congressId,
    title: c.title,
    year: c.year,
    phase: c.phase,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    windowDays: windowDays(window),
    windowOverrideReason: c.windowOverrideReason,
    opensAt: windowBounds(window).opensAt.toISOString(),
    closesAt: windowBounds(window).closesAt.toISOString(),
    windowState: state,
    /** New proposals and public suggestions are taken now. */
    acceptingSubmissions: c.phase === 'solicitation' && state === 'open',
    categories: c.categories,
    seats: c.seats,
    minMargin: c.minMargin,
    allowEqual: c.allowEqual,
    listFixed: c.listFixedAt !== null,
    listFixedAt: c.listFixedAt?.toISOString() ?? null,
    ledgerId: c.ledgerId,
    phaseChangedAt: c.phaseChangedAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
  };
}
