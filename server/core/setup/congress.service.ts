// First-run setup and new congresses (tenants). A congress starts with its administrative ledger
// and a first secretariat account.
import type { Db, Tx } from '../../../db/client';
import { conflict } from '../errors';
import { insertAccount } from '../accounts/accounts.repository';
import { hashPassword } from '../accounts/passwords';
import { appendEntry, createLedger } from '../ledger/ledger.repository';
import { claimDeployment, countDeployments, insertCongress } from './congress.repository';
import { derivePublicCode } from '../domain/public-code';
import { findCongressByPublicCode, listPublicCodes } from './public-code.repository';

export const publicCodeTaken = (code: string) =>
  conflict({ zh: `公开代码“${code}”已被另一个人大使用`, en: `The public code "${code}" is taken by another congress` }, { field: 'code' });
import { DEFAULT_HASH_ALG, type HashAlg } from '../domain/ledger-hash';

export const CONGRESS_LEVELS = ['province', 'city', 'county', 'township'] as const;

export interface NewCongress {
  /**
   * code: the public code (core/domain/public-code.ts), normalized and checked by the input shape;
   * without one, a "county-1"-style code is derived, which the secretariat may replace once.
   * hashAlg: the ledgers' hash (sha256 by default, or sm3), fixed once the congress exists.
   */
  congress: { name: string; jurisdiction: string; level: (typeof CONGRESS_LEVELS)[number]; code?: string | undefined; hashAlg?: HashAlg | undefined };
  admin: { username: string; displayName: string; password: string };
}

export async function isSetUp(db: Db): Promise<boolean> {
  return (await countDeployments(db)) > 0;
}

export async function createCongress(tx: Tx, input: NewCongress, passwordHash: string, now: Date) {
  const { code: chosen, ...fields } = input.congress;
  if (chosen && (await findCongressByPublicCode(tx, chosen))) throw publicCodeTaken(chosen);
  const code = chosen ?? derivePublicCode(fields.level, new Set(await listPublicCodes(tx)));
  const hashAlg = fields.hashAlg ?? DEFAULT_HASH_ALG;
  const congress = await insertCongress(tx, { ...fields, hashAlg, publicCode: code, publicCodeChosenAt: chosen ? now : null });
  const ledger = await createLedger(tx, {
    congressId: congress.id,
    kind: 'congress',
    title: `${input.congress.name} 行政记录`,
  });
  await appendEntry(
    tx,
    ledger.id,
    'congress.created',
    {
      congressId: congress.id,
      name: input.congress.name,
      jurisdiction: input.congress.jurisdiction,
      level: input.congress.level,
      publicCode: code,
      hash: hashAlg,
    },
    now,
  );
  const account = await insertAccount(tx, {
    congressId: congress.id,
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
  return { congress, account };
}

/** Runs once per deployment: the deployment row's primary key refuses a second setup, even a concurrent one. */
export async function runFirstSetup(db: Db, input: NewCongress, now: Date) {
  const passwordHash = await hashPassword(input.admin.password);
  return db.transaction(async (tx) => {
    if (!(await claimDeployment(tx, now))) throw conflict({ zh: '系统已完成初始设置', en: 'Setup has already been done' });
    return createCongress(tx, input, passwordHash, now);
  });
}

/** For operators hosting several congresses (scripts/add-congress.ts). */
export async function addCongress(db: Db, input: NewCongress, now: Date) {
  const passwordHash = await hashPassword(input.admin.password);
  return db.transaction(async (tx) => {
    await claimDeployment(tx, now);
    return createCongress(tx, input, passwordHash, now);
  });
}
