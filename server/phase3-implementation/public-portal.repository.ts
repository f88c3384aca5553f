// The SQL of the public portal: every congress, every cycle, and which cycles have a certified vote
// on their projects — three small queries for the whole deployment.
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballots, congresses, cycles } from '../../db/schema';

export async function portalRows(ex: Executor) {
  const congressRows = await ex
    .select({
      id: congresses.id,
      name: congresses.name,
      jurisdiction: congresses.jurisdiction,
      level: congresses.level,
      code: congresses.publicCode,
    })
    .from(congresses)
    .orderBy(asc(congresses.createdAt), asc(congresses.id));
  const cycleRows = await ex.select().from(cycles).orderBy(asc(cycles.congressId), asc(cycles.year));
  const certified = await ex
    .selectDistinct({ cycleId: ballots.cycleId })
    .from(ballots)
    .where(and(isNotNull(ballots.cycleId), eq(ballots.state, 'certified'), inArray(ballots.kind, ['project', 'runoff'])));
  return { congressRows, cycleRows, certifiedCycles: new Set(certified.map((r) => r.cycleId!)) };
}
