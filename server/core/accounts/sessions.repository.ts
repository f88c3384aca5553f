// Data access for sessions (see sessions.ts for the token scheme).
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { accounts, sessions } from '../../../db/schema';

export async function insertSession(ex: Executor, v: { id: string; accountId: string; secretHash: string; now: Date }) {
  await ex.insert(sessions).values({ id: v.id, accountId: v.accountId, secretHash: v.secretHash, createdAt: v.now, lastActiveAt: v.now });
}

/** The session with its account, in one query (every signed-in request asks this). */
export async function findSessionWithAccount(ex: Executor, id: string) {
  const rows = await ex
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.id, id))
    .limit(1);
  return rows[0];
}

export async function touchSession(ex: Executor, id: string, now: Date) {
  await ex.update(sessions).set({ lastActiveAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(ex: Executor, id: string) {
  await ex.delete(sessions).where(eq(sessions.id, id));
}

/** Every session of an account, optionally but one. */
export async function deleteAccountSessions(ex: Executor, accountId: string, keepSessionId?: string) {
  await ex
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.accountId, accountId), ne(sessions.id, keepSessionId)) : eq(sessions.accountId, accountId));
}
