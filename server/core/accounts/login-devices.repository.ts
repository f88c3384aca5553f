// Data access for login devices (see devices.ts): rows keyed by the token's hash and the account.
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { loginDevices } from '../../../db/schema';

export async function findLoginDeviceRow(ex: Executor, tokenHash: string, accountId: string) {
  const [row] = await ex
    .select()
    .from(loginDevices)
    .where(and(eq(loginDevices.tokenHash, tokenHash), eq(loginDevices.accountId, accountId)));
  return row;
}

/** Binds the token to the account, or marks an existing binding as used now. */
export async function upsertLoginDevice(ex: Executor, tokenHash: string, accountId: string, now: Date) {
  await ex
    .insert(loginDevices)
    .values({ tokenHash, accountId, createdAt: now, lastUsedAt: now })
    .onConflictDoUpdate({ target: [loginDevices.tokenHash, loginDevices.accountId], set: { lastUsedAt: now } });
}
