// Scrutineers' public keys as submitted, registered or revoked. The congress ledger's
// signer.registered / signer.revoked entries are the record of truth; this table is the working copy.
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { accounts, congresses, ledgerEntries, ledgers, signingKeys } from '../../../db/schema';
import type { LedgerEntry } from '../domain/ledger-chain';
import { REGISTER_KINDS } from '../domain/key-register';

export type SigningKeyRow = typeof signingKeys.$inferSelect;

export async function insertSubmittedKey(
  ex: Executor,
  v: { keyId: string; congressId: string; accountId: string; alg: SigningKeyRow['alg']; publicKey: string },
) {
  const rows = await ex.insert(signingKeys).values(v).onConflictDoNothing().returning();
  return rows[0];
}

export async function findKey(ex: Executor, congressId: string, keyId: string): Promise<SigningKeyRow | undefined> {
  const [row] = await ex
    .select()
    .from(signingKeys)
    .where(and(eq(signingKeys.congressId, congressId), eq(signingKeys.keyId, keyId)));
  return row;
}

export async function lockKey(ex: Executor, congressId: string, keyId: string): Promise<SigningKeyRow | undefined> {
  const [row] = await ex
    .select()
    .from(signingKeys)
    .where(and(eq(signingKeys.congressId, congressId), eq(signingKeys.keyId, keyId)))
    .for('update');
  return row;
}

export async function listKeys(ex: Executor, congressId: string) {
  return ex
    .select({ key: signingKeys, displayName: accounts.displayName, username: accounts.username })
    .from(signingKeys)
    .innerJoin(accounts, eq(accounts.id, signingKeys.accountId))
    .where(eq(signingKeys.congressId, congressId))
    .orderBy(asc(signingKeys.submittedAt));
}

export async function updateKey(ex: Executor, keyId: string, v: Partial<Pick<SigningKeyRow, 'status' | 'role' | 'registeredAt' | 'revokedAt'>>) {
  await ex.update(signingKeys).set(v).where(eq(signingKeys.keyId, keyId));
}

export async function congressHashAlg(ex: Executor, congressId: string) {
  const [row] = await ex
    .select({ name: congresses.name, hashAlg: congresses.hashAlg, certificationRule: congresses.certificationRule })
    .from(congresses)
    .where(eq(congresses.id, congressId));
  return row;
}

/** The congress ledger's id and head (seq and hash). */
export async function congressLedgerHead(ex: Executor, congressId: string) {
  const [row] = await ex
    .select({ ledgerId: ledgers.id, seq: ledgers.headSeq, hash: ledgers.headHash })
    .from(ledgers)
    .where(and(eq(ledgers.congressId, congressId), eq(ledgers.kind, 'congress'), isNull(ledgers.subjectId)));
  return row;
}

/** The congress ledger's key register entries (signer.registered / .revoked, certification.rule_set), in order (up to `upToSeq`). */
export async function registerEntries(ex: Executor, congressId: string, upToSeq?: number): Promise<LedgerEntry[]> {
  const rows = await ex
    .select({
      seq: ledgerEntries.seq,
      prev: ledgerEntries.prev,
      at: ledgerEntries.at,
      kind: ledgerEntries.kind,
      data: ledgerEntries.data,
      hash: ledgerEntries.hash,
    })
    .from(ledgerEntries)
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(
      and(
        eq(ledgers.congressId, congressId),
        eq(ledgers.kind, 'congress'),
        inArray(ledgerEntries.kind, [...REGISTER_KINDS]),
        upToSeq === undefined ? undefined : lte(ledgerEntries.seq, upToSeq),
      ),
    )
    .orderBy(asc(ledgerEntries.seq));
  return rows.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
}
