// Device cookies (OWASP, credential stuffing): a browser that logged in to an account gets an
// unguessable token; only its SHA-256 is stored, bound to each account it logged in to.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Executor } from '../../../db/client';
import { secureRandomString } from '../domain/random';
import { findLoginDeviceRow, upsertLoginDevice } from './login-devices.repository';

export const DEVICE_COOKIE = 'device';
export const DEVICE_COOKIE_DAYS = 180;

const TOKEN = /^[a-z2-9]{24}$/;
const hashToken = (token: string) => bytesToHex(sha256(utf8ToBytes(token)));

export async function findLoginDevice(ex: Executor, token: string, accountId: string) {
  if (!TOKEN.test(token)) return undefined;
  return findLoginDeviceRow(ex, hashToken(token), accountId);
}

/** After a successful login: binds the browser's token (or a new one) to the account; returns the token to set. */
export async function rememberLoginDevice(ex: Executor, token: string | undefined, accountId: string, now: Date): Promise<string> {
  const kept = token && TOKEN.test(token) ? token : secureRandomString();
  await upsertLoginDevice(ex, hashToken(kept), accountId, now);
  return kept;
}
