// First-run setup and new congresses (tenants). A congress starts with its administrative ledger
// and a first secretariat account.
import { count } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { congresses, deployment } from '../../../db/schema';
import { conflict } from '../errors';
import { insertAccount } from '../accounts/accounts.repository';
import { hashPassword } from '../accounts/passwords';
import { appendEntry, createLedger } from '../ledger/ledger.repository';
import { DEFAULT_HASH_ALG, type HashAlg } from '../domain/ledger-hash';

export const CONGRESS_LEVELS = ['province', 'city', 'county', 'township'] as const;

export interface NewCongress {
  congress: { name: string; jurisdiction: string; level: (typeof CONGRESS_LEVELS)[number]; hashAlg?: HashAlg };
  admin: { username: string; displayName: string; password: string };
}

export async function isSetUp(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(deployment);
  return (row?.n ?? 0) > 0;
}

export async function createCongress(tx: Tx, input: NewCongress, passwordHash: string, now: Date) {
  const hashAlg = input.congress.hashAlg ?? DEFAULT_HASH_ALG;
  const [congress] = await tx
    .insert(congresses)
    .values({ ...input.congress, hashAlg })
    .returning();
  const ledger = await createLedger(tx, {
    congressId: congress!.id,
    kind: 'congress',
    title: `${input.congress.name} 行政记录`,
  });
  await appendEntry(
    tx,
    ledger.id,
    'congress.created',
    {
      congressId: congress!.id,
      name: input.congress.name,
      jurisdiction: input.congress.jurisdiction,
      level: input.congress.level,
      hash: hashAlg,
    },
    now,
  );
  const account = await insertAccount(tx, {
    congressId: congress!.id,
    username: input.admin.username,
    displayName: input.admin.displayName,
    role: 'secretariat',
    passwordHash,
  });
  await appendEntry(
    tx,
    ledger.id,
    'account.created',
    {
      accountId: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
    },
    now,
  );
  return { congress: congress!, account };
}

/** Runs once per deployment: the deployment row's primary key refuses a second setup, even a concurrent one. */
export async function runFirstSetup(db: Db, input: NewCongress, now: Date) {
  const passwordHash = await hashPassword(input.admin.password);
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(deployment).values({ id: 1, setupAt: now }).onConflictDoNothing().returning();
    if (inserted.length === 0) throw conflict({ zh: '系统已完成初始设置', en: 'Setup has already been done' });
    return createCongress(tx, input, passwordHash, now);
  });
}

/** For operators hosting several congresses (scripts/add-congress.ts). */
export async function addCongress(db: Db, input: NewCongress, now: Date) {
  const passwordHash = await hashPassword(input.admin.password);
  return db.transaction(async (tx) => {
    await tx.insert(deployment).values({ id: 1, setupAt: now }).onConflictDoNothing();
    return createCongress(tx, input, passwordHash, now);
  });
}
