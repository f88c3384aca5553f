// What the evaluation phase reads straight from the tables: the counts that keep a cycle open.
import { and, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballots, projects, rectifications } from '../../db/schema';

/** Before the cycle closes: ungraded projects, evaluation ballots under way, rectifications not reported. */
export async function evaluationClosingFacts(ex: Executor, cycleId: string) {
  const [ungraded] = await ex
    .select({ n: count() })
    .from(projects)
    .where(and(eq(projects.cycleId, cycleId), isNull(projects.grade), ne(projects.state, 'terminated')));
  const [underway] = await ex
    .select({ n: count() })
    .from(ballots)
    .where(and(eq(ballots.cycleId, cycleId), eq(ballots.kind, 'evaluation'), inArray(ballots.state, ['open', 'closed', 'tallied'])));
  const [open] = await ex
    .select({ n: count() })
    .from(rectifications)
    .where(and(eq(rectifications.cycleId, cycleId), eq(rectifications.status, 'open')));
  return { ungradedProjects: ungraded?.n ?? 0, evaluationsUnderway: underway?.n ?? 0, openRectifications: open?.n ?? 0 };
}
