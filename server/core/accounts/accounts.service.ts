// Login, password changes and the secretariat's account management. Every change is a ledger entry
// in the congress's administrative ledger, committed with the change.
import type { Db } from '../../../db/client';
import type { Role } from '../../../db/schema';
import { AppError, conflict, notFound, ruleViolation } from '../errors';
import { countHit, currentCount, reserve, type Limit } from '../rate-limit/rate-limit.service';
import type { Actor } from '../context';
import { appendCongressEntry } from '../ledger/ledger.service';
import { findDepartment, findDeputy } from '../roster/roster.repository';
import {
  describeAccount,
  findAccount,
  findAccountByUsername,
  insertAccount,
  listAccounts,
  lockedAccounts,
  updateAccount,
} from './accounts.repository';
import { findLoginDevice, rememberLoginDevice } from './devices';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { createSession, invalidateAccountSessions } from './sessions';
import { ACCOUNT_BINDING } from '../access/permissions';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Password checks per account (or per known device of it) in a window. */
export const LOGIN_MAX_PER_ACCOUNT = 5;
/** Failures from one address in a window before it is slowed down (never locked). */
export const LOGIN_SLOW_AFTER_PER_ADDRESS = 30;
/** A slowed address gets one attempt per this many seconds: a hall's NAT still gets through. */
export const LOGIN_SLOW_SECONDS = 10;

const accountLimit = (kind: 'login' | 'password', username: string): Limit => ({
  key: `${kind}:account:${username}`,
  max: LOGIN_MAX_PER_ACCOUNT,
  windowSeconds: LOGIN_WINDOW_SECONDS,
});
const addressFailures = (ip: string): Limit => ({ key: `login:ip:${ip}`, max: LOGIN_SLOW_AFTER_PER_ADDRESS, windowSeconds: LOGIN_WINDOW_SECONDS });

const wrongLogin = () => new AppError('unauthenticated', { zh: '用户名或密码不正确', en: 'Wrong username or password' });

export async function login(db: Db, input: { username: string; password: string; ip: string; deviceToken?: string }, now: Date) {
  const account = await findAccountByUsername(db, input.username);
  const device = account && input.deviceToken ? await findLoginDevice(db, input.deviceToken, account.id) : undefined;
  // A browser that logged in to this account before has its own allowance and no address limit:
  // failures from elsewhere (a guesser, or a whole hall's NAT) cannot lock it out.
  const limits: Limit[] = device
    ? [{ key: `login:device:${device.tokenHash.slice(0, 32)}:${account!.id}`, max: LOGIN_MAX_PER_ACCOUNT, windowSeconds: LOGIN_WINDOW_SECONDS }]
    : [accountLimit('login', input.username)];
  if (!device && (await currentCount(db, addressFailures(input.ip), now)) >= LOGIN_SLOW_AFTER_PER_ADDRESS) {
    limits.push({ key: `login:ip-slow:${input.ip}`, max: 1, windowSeconds: LOGIN_SLOW_SECONDS });
  }
  const attempt = await reserve(db, limits, now);
  // Hash even when the account is missing so timing does not reveal which usernames exist.
  const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!account || !ok || !account.active) {
    if (!device) await countHit(db, addressFailures(input.ip), now);
    throw wrongLogin();
  }
  await attempt.refund();
  return db.transaction(async (tx) => {
    const deviceToken = await rememberLoginDevice(tx, input.deviceToken, account.id, now);
    const session = await createSession(tx, account.id, now);
    return { token: session.token, deviceToken, account: describeAccount(account) };
  });
}

export async function changeOwnPassword(db: Db, actor: Actor, input: { current: string; next: string }, now: Date) {
  const attempt = await reserve(db, [accountLimit('password', actor.username)], now);
  const account = await findAccount(db, actor.congressId, actor.accountId);
  if (!account || !(await verifyPassword(account.passwordHash, input.current))) {
    throw ruleViolation({ zh: '当前密码不正确', en: 'The current password is wrong' }, { field: 'current' });
  }
  await attempt.refund();
  const passwordHash = await hashPassword(input.next);
  return db.transaction(async (tx) => {
    await updateAccount(tx, actor.congressId, actor.accountId, { passwordHash, passwordChangedAt: now });
    // Every session ends, this one too: the caller gets a fresh one.
    await invalidateAccountSessions(tx, actor.accountId);
    await appendCongressEntry(tx, actor.congressId, 'account.password_changed', { accountId: actor.accountId, by: actor.accountId }, now);
    return createSession(tx, actor.accountId, now);
  });
}

/** Accounts of my congress locked out of login or password change in the last 24 hours. */
export async function recentLockouts(db: Db, actor: Actor, now: Date) {
  const rows = await lockedAccounts(db, actor.congressId, LOGIN_MAX_PER_ACCOUNT, new Date(now.getTime() - 24 * 3600_000));
  return rows.map((r) => ({
    accountId: r.accountId,
    username: r.username,
    displayName: r.displayName,
    kind: r.kind,
    attempts: r.attempts,
    since: r.windowStart.toISOString(),
    until: new Date(r.windowStart.getTime() + LOGIN_WINDOW_SECONDS * 1000).toISOString(),
  }));
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  departmentId?: string | null;
  deputyId?: string | null;
}

export async function createAccount(db: Db, actor: Actor, input: NewAccount, now: Date) {
  if (await findAccountByUsername(db, input.username)) {
    throw conflict({ zh: `用户名“${input.username}”已被使用`, en: `Username "${input.username}" is taken` }, { field: 'username' });
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    let departmentId: string | null = null;
    let deputyId: string | null = null;
    const binding = ACCOUNT_BINDING[input.role];
    if (binding.department === 'required') {
      const dept = input.departmentId ? await findDepartment(tx, actor.congressId, input.departmentId) : undefined;
      if (!dept || !dept.active)
        throw ruleViolation({ zh: '部门账号须绑定本级一个有效部门', en: 'A department account needs an active department of this congress' });
      departmentId = dept.id;
    }
    if (binding.deputy === 'required' || (binding.deputy === 'optional' && input.deputyId)) {
      const dep = input.deputyId ? await findDeputy(tx, actor.congressId, input.deputyId) : undefined;
      if (!dep || dep.status !== 'active')
        throw ruleViolation({ zh: '代表账号须绑定本级一名在册代表', en: 'A deputy account needs an active deputy of this congress' });
      deputyId = dep.id;
    }
    const account = await insertAccount(tx, {
      congressId: actor.congressId,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      departmentId,
      deputyId,
      passwordHash,
    });
    await appendCongressEntry(
      tx,
      actor.congressId,
      'account.created',
      {
        accountId: account.id,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        departmentId,
        deputyId,
        by: actor.accountId,
      },
      now,
    );
    return describeAccount(account);
  });
}

export async function updateAccountByStaff(
  db: Db,
  actor: Actor,
  id: string,
  input: { displayName?: string; active?: boolean; password?: string },
  now: Date,
) {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const account = await findAccount(tx, actor.congressId, id);
    if (!account) throw notFound({ zh: '未找到该账号', en: 'Account not found' });
    if (account.id === actor.accountId && input.active === false) {
      throw ruleViolation({ zh: '不能停用自己的账号', en: 'You cannot deactivate your own account' });
    }
    await updateAccount(tx, actor.congressId, id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(passwordHash ? { passwordHash, passwordChangedAt: now } : {}),
    });
    if (input.active === false || passwordHash) await invalidateAccountSessions(tx, id);
    const changed = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
    await appendCongressEntry(
      tx,
      actor.congressId,
      'account.updated',
      {
        accountId: id,
        changed: changed.map((k) => (k === 'password' ? 'password' : k)).sort(),
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        by: actor.accountId,
      },
      now,
    );
    return describeAccount((await findAccount(tx, actor.congressId, id))!);
  });
}

/** With the bound department's or deputy's name, so the list reads in one call. */
export async function listCongressAccounts(db: Db, actor: Actor) {
  const rows = await listAccounts(db, actor.congressId);
  return rows.map((r) => ({ ...describeAccount(r.account), departmentName: r.departmentName, deputyName: r.deputyName }));
}
