// The SQL of the congress's certification rule (the congresses.certification_rule column): read it,
// lock it for a change, write it.
import { eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { congresses } from '../../db/schema';
import type { CertificationRule } from './domain/certification';

export async function findCertificationRule(ex: Executor, congressId: string): Promise<unknown> {
  const [row] = await ex.select({ rule: congresses.certificationRule }).from(congresses).where(eq(congresses.id, congressId));
  return row?.rule;
}

/** The congress row locked for the change; undefined when there is no such congress. */
export async function lockCertificationRule(tx: Tx, congressId: string): Promise<{ rule: unknown } | undefined> {
  const [row] = await tx.select({ rule: congresses.certificationRule }).from(congresses).where(eq(congresses.id, congressId)).for('update');
  return row;
}

export async function updateCertificationRule(tx: Tx, congressId: string, rule: CertificationRule): Promise<void> {
  await tx.update(congresses).set({ certificationRule: rule }).where(eq(congresses.id, congressId));
}
