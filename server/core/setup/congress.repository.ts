// Data access for congresses (tenants) and the deployment row that marks first-run setup as done.
import { count } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { congresses, deployment } from '../../../db/schema';

export async function countDeployments(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(deployment);
  return row?.n ?? 0;
}

/** Inserts the deployment row; false when it exists already (its primary key admits one). */
export async function claimDeployment(ex: Executor, now: Date): Promise<boolean> {
  const inserted = await ex.insert(deployment).values({ id: 1, setupAt: now }).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function insertCongress(ex: Executor, v: typeof congresses.$inferInsert) {
  const [row] = await ex.insert(congresses).values(v).returning();
  return row!;
}
