// Device cookies (OWASP, credential stuffing): a browser that logged in to an account gets an
// unguessable token; only its SHA-256 is stored, bound to each account it logged in to.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { loginDevices } from '../../../db/schema';
import { secureRandomString } from '../domain/random';

export const DEVICE_COOKIE = 'device';
export const DEVICE_COOKIE_DAYS = 180;

const TOKEN = /^[a-z2-9]{24}$/;
const hashToken = (token: string) => bytesToHex(sha256(utf8ToBytes(token)));

export async function findLoginDevice(ex: Executor, token: string, accountId: string) {
  if (!TOKEN.test(token)) return undefined;
  const [row] = await ex
    .select()
    .from(loginDevices)
    .where(and(eq(loginDevices.tokenHash, hashToken(token)), eq(loginDevices.accountId, accountId)));
  return row;
}

/** After a successful login: binds the browser's token (or a new one) to the account; returns the token to set. */
export async function rememberLoginDevice(ex: Executor, token: string | undefined, accountId: string, now: Date): Promise<string> {
  const kept = token && TOKEN.test(token) ? token : secureRandomString();
  await ex
    .insert(loginDevices)
    .values({ tokenHash: hashToken(kept), accountId, createdAt: now, lastUsedAt: now })
    .onConflictDoUpdate({ target: [loginDevices.tokenHash, loginDevices.accountId], set: { lastUsedAt: now } });
  return kept;
}
