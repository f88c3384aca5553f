// Sessions as a few plain functions, after Lucia's current guide: token "<id>.<secret>", only
// SHA-256 of the secret stored, constant-time comparison, idle timeout.
import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Executor } from '../../../db/client';
import type { Actor } from '../context';
import { secureRandomString } from '../domain/random';
import { deleteAccountSessions, deleteSession, findSessionWithAccount, insertSession, touchSession } from './sessions.repository';

export const SESSION_COOKIE = 'session';
/** Only write last_active_at when it is this stale, so every request is not a write. */
const TOUCH_AFTER_MS = 60_000;

const hashSecret = (secret: string) => bytesToHex(sha256(utf8ToBytes(secret)));

export async function createSession(ex: Executor, accountId: string, now: Date): Promise<{ token: string; id: string }> {
  const id = secureRandomString();
  const secret = secureRandomString();
  await insertSession(ex, { id, accountId, secretHash: hashSecret(secret), now });
  return { token: `${id}.${secret}`, id };
}

export async function validateSessionToken(ex: Executor, token: string, now: Date, idleMinutes: number): Promise<Actor | null> {
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) return null;
  const row = await findSessionWithAccount(ex, id);
  if (!row) return null;
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(row.session.secretHash);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const idleMs = now.getTime() - row.session.lastActiveAt.getTime();
  if (idleMs > idleMinutes * 60_000 || !row.account.active) {
    await deleteSession(ex, id);
    return null;
  }
  if (idleMs > TOUCH_AFTER_MS) await touchSession(ex, id, now);
  const acc = row.account;
  return {
    accountId: acc.id,
    congressId: acc.congressId,
    role: acc.role,
    username: acc.username,
    displayName: acc.displayName,
    departmentId: acc.departmentId,
    deputyId: acc.deputyId,
    sessionId: id,
  };
}

export async function invalidateSession(ex: Executor, sessionId: string): Promise<void> {
  await deleteSession(ex, sessionId);
}

/** Ends every session of an account, optionally keeping the one making the change. */
export async function invalidateAccountSessions(ex: Executor, accountId: string, keepSessionId?: string): Promise<void> {
  await deleteAccountSessions(ex, accountId, keepSessionId);
}
