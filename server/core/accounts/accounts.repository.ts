import { and, asc, desc, eq, gte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { accounts, congresses, departments, deputies, rateLimits, type Role } from '../../../db/schema';

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccountByUsername(ex: Executor, username: string): Promise<AccountRow | undefined> {
  const [row] = await ex.select().from(accounts).where(eq(accounts.username, username.trim().toLowerCase()));
  return row;
}

export async function findAccount(ex: Executor, congressId: string, id: string): Promise<AccountRow | undefined> {
  const [row] = await ex
    .select()
    .from(accounts)
    .where(and(eq(accounts.congressId, congressId), eq(accounts.id, id)));
  return row;
}

export async function listAccounts(ex: Executor, congressId: string) {
  return ex
    .select({ account: accounts, departmentName: departments.name, deputyName: deputies.name })
    .from(accounts)
    .leftJoin(departments, eq(departments.id, accounts.departmentId))
    .leftJoin(deputies, eq(deputies.id, accounts.deputyId))
    .where(eq(accounts.congressId, congressId))
    .orderBy(asc(accounts.role), asc(accounts.username));
}

export async function insertAccount(
  ex: Executor,
  v: {
    congressId: string;
    username: string;
    displayName: string;
    role: Role;
    departmentId?: string | null;
    deputyId?: string | null;
    passwordHash: string;
  },
): Promise<AccountRow> {
  const [row] = await ex
    .insert(accounts)
    .values({ ...v, username: v.username.trim().toLowerCase() })
    .returning();
  return row!;
}

export async function updateAccount(
  ex: Executor,
  congressId: string,
  id: string,
  set: Partial<Pick<AccountRow, 'displayName' | 'active' | 'passwordHash' | 'passwordChangedAt'>>,
) {
  await ex
    .update(accounts)
    .set(set)
    .where(and(eq(accounts.congressId, congressId), eq(accounts.id, id)));
}

export async function findCongress(ex: Executor, id: string) {
  const [row] = await ex.select().from(congresses).where(eq(congresses.id, id));
  return row;
}

/** Public view of an account: never the password hash. */
export function describeAccount(a: AccountRow) {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    departmentId: a.departmentId,
    deputyId: a.deputyId,
    active: a.active,
    createdAt: a.createdAt.toISOString(),
  };
}

/**
 * Accounts whose login or password-change counter (rate_limits keys `login:account:<username>`,
 * `password:account:<username>`) reached `max` in a window starting after `since`.
 */
export async function lockedAccounts(ex: Executor, congressId: string, max: number, since: Date) {
  const kind = sql<'login' | 'password'>`split_part(${rateLimits.key}, ':', 1)`;
  return ex
    .select({
      accountId: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      kind,
      attempts: rateLimits.count,
      windowStart: rateLimits.windowStart,
    })
    .from(rateLimits)
    .innerJoin(
      accounts,
      or(eq(rateLimits.key, sql`'login:account:' || ${accounts.username}`), eq(rateLimits.key, sql`'password:account:' || ${accounts.username}`)),
    )
    .where(and(eq(accounts.congressId, congressId), gte(rateLimits.count, max), gte(rateLimits.windowStart, since)))
    .orderBy(desc(rateLimits.windowStart), asc(accounts.username));
}
