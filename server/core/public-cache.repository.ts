// The queries behind the public pages' versions (public-cache.ts): the ledger heads and the names
// a cycle's or a congress's public pages show.
import { eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { ballots, departments, deputies, ledgers, supervisionGroupMembers, supervisionGroups, supervisionItems } from '../../db/schema';

/** A cycle's ledger head and its ballots', the congress's departments' names, the supervising deputies' names. */
export async function cycleVersionParts(ex: Executor, cycle: { id: string; congressId: string; ledgerId: string }) {
  const heads = await ex
    .select({ id: ledgers.id, seq: ledgers.headSeq, hash: ledgers.headHash, open: ledgers.isPublic })
    .from(ledgers)
    .where(
      or(
        eq(ledgers.id, cycle.ledgerId),
        inArray(ledgers.subjectId, ex.select({ id: ballots.id }).from(ballots).where(eq(ballots.cycleId, cycle.id))),
      ),
    )
    .orderBy(ledgers.id);
  const depts = await ex
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.congressId, cycle.congressId))
    .orderBy(departments.id);
  const people = await ex
    .select({ id: deputies.id, name: deputies.name })
    .from(deputies)
    .where(
      or(
        inArray(
          deputies.id,
          ex
            .select({ id: supervisionGroupMembers.deputyId })
            .from(supervisionGroupMembers)
            .innerJoin(supervisionGroups, eq(supervisionGroups.id, supervisionGroupMembers.groupId))
            .where(eq(supervisionGroups.cycleId, cycle.id)),
        ),
        inArray(
          deputies.id,
          ex
            .select({ id: sql<string>`${supervisionItems.deputyId}` })
            .from(supervisionItems)
            .where(eq(supervisionItems.cycleId, cycle.id)),
        ),
      ),
    )
    .orderBy(deputies.id);
  return { heads, depts, people };
}

/** Every cycle ledger head of the congress, and its departments' names. */
export async function congressVersionParts(ex: Executor, congressId: string) {
  const heads = await ex
    .select({ id: ledgers.id, seq: ledgers.headSeq, hash: ledgers.headHash })
    .from(ledgers)
    .where(sql`${ledgers.congressId} = ${congressId} and ${ledgers.kind} = 'cycle'`)
    .orderBy(ledgers.id);
  const depts = await ex
    .select({ id: departments.id, name: departments.name, active: departments.active })
    .from(departments)
    .where(eq(departments.congressId, congressId))
    .orderBy(departments.id);
  return { heads, depts };
}
