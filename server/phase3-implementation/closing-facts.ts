// What phases 3 and 4 tell the cycle's phase machine (server/phase1-solicitation/domain/cycle-phase.ts):
// pending change requests before the evaluation, and — before the cycle closes — ungraded
// projects, evaluation ballots under way and rectification orders not yet reported.
import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballots, projectChanges, projects, rectifications } from '../../db/schema';

export interface ClosingFacts {
  pendingChanges: number;
  ungradedProjects: number;
  evaluationsUnderway: number;
  openRectifications: number;
}

const NONE: ClosingFacts = { pendingChanges: 0, ungradedProjects: 0, evaluationsUnderway: 0, openRectifications: 0 };

/** Read in the move's transaction; only the phases that use them pay for the queries. */
export async function closingFacts(ex: Executor, cycleId: string, phase: string): Promise<ClosingFacts> {
  if (phase === 'implementation') {
    const [row] = await ex.select({ n: count() }).from(projectChanges)
      .where(and(eq(projectChanges.cycleId, cycleId), eq(projectChanges.status, 'pending')));
    return { ...NONE, pendingChanges: row?.n ?? 0 };
  }
  if (phase !== 'evaluation') return NONE;
  const [ungraded] = await ex.select({ n: count() }).from(projects)
    .where(and(eq(projects.cycleId, cycleId), isNull(projects.grade), ne(projects.state, 'terminated')));
  const [underway] = await ex.select({ n: count() }).from(ballots)
    .where(and(eq(ballots.cycleId, cycleId), eq(ballots.kind, 'evaluation'), inArray(ballots.state, ['open', 'closed', 'tallied'])));
  const [open] = await ex.select({ n: count() }).from(rectifications)
    .where(and(eq(rectifications.cycleId, cycleId), eq(rectifications.status, 'open')));
  return { ...NONE, ungradedProjects: ungraded?.n ?? 0, evaluationsUnderway: underway?.n ?? 0, openRectifications: open?.n ?? 0 };
}
