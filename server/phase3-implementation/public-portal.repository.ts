// The SQL of the public portal: every congress, every cycle, and which cycles have a certified vote
// on their projects — three small queries for the whole deployment.
import { and, asc, inArray, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballots, congresses, cycles } from '../../db/schema';

export async function portalRows(ex: Executor, congressId?: string) {
  const congressRows = await ex
    .select({
      id: congresses.id,
      name: congresses.name,
      jurisdiction: congresses.jurisdiction,
      level: congresses.level,
      code: congresses.publicCode,
    })
    .from(congresses)
    .where(congressId ? eq(congresses.id, congressId) : undefined)
    .orderBy(asc(congresses.createdAt), asc(congresses.id));
  const cycleRows = await ex
    .select()
    .from(cycles)
    .where(congressId ? eq(cycles.congressId, congressId) : undefined)
    .orderBy(asc(cycles.congressId), asc(cycles.year));
  const certified = await ex
    .selectDistinct({ cycleId: ballots.cycleId })
    .from(ballots)
    .where(
      and(
        isNotNull(ballots.cycleId),
        eq(ballots.state, 'certified'),
        inArray(ballots.kind, ['project', 'runoff']),
        congressId ? eq(ballots.congressId, congressId) : undefined,
      ),
    );
  return { congressRows, cycleRows, certifiedCycles: new Set(certified.map((r) => r.cycleId!)) };
}

export async function findCongressIdByCode(ex: Executor, code: string): Promise<string | undefined> {
  const [row] = await ex.select({ id: congresses.id }).from(congresses).where(eq(congresses.publicCode, code));
  return row?.id;
}
