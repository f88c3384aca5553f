import { z } from 'zod';
import { getCookie } from 'hono/cookie';
import { clearSessionCookie, setDeviceCookie, setSessionCookie } from '../../http/cookies';
import { defineRoute } from '../../http/route';
import { AccountAnswer } from './accounts.contract';
import { GetMeAnswer, LockoutsAnswer } from './auth.contract';
import { Ok } from '../../http/contract';
import { password } from '../../http/schemas';
import { findCongress } from './accounts.repository';
import { changeOwnPassword, login, recentLockouts } from './accounts.service';
import { DEVICE_COOKIE } from './devices';
import { invalidateSession } from './sessions';

export const postLogin = defineRoute({
  method: 'post',
  path: '/api/auth/login',
  access: 'public',
  summary:
    'Log in with username and password (5 checks per account per 15 min, counted before the check; a browser that logged in before keeps its own allowance)',
  responses: { 200: AccountAnswer },
  body: z.object({ username: z.string().trim().toLowerCase().min(1).max(100), password: z.string().min(1).max(200) }).strict(),
  handler: async ({ c, deps, body }) => {
    const result = await login(deps.db, { ...body, ip: c.get('clientIp'), deviceToken: getCookie(c, DEVICE_COOKIE) }, deps.clock());
    setSessionCookie(c, result.token);
    setDeviceCookie(c, result.deviceToken);
    return c.json({ account: result.account });
  },
});

export const postLogout = defineRoute({
  method: 'post',
  path: '/api/auth/logout',
  access: 'any',
  summary: 'End this session',
  responses: { 200: Ok },
  handler: async ({ c, deps, actor }) => {
    await invalidateSession(deps.db, actor.sessionId);
    clearSessionCookie(c);
    return c.json({ ok: true });
  },
});

export const getMe = defineRoute({
  method: 'get',
  path: '/api/auth/me',
  access: 'public',
  summary: 'Who is logged in (null when nobody)',
  responses: { 200: GetMeAnswer },
  handler: async ({ c, deps, actor }) => {
    if (!actor) return c.json({ account: null, congress: null });
    const congress = await findCongress(deps.db, actor.congressId);
    const { sessionId: _s, ...account } = actor;
    return c.json({
      account,
      congress: congress
        ? { id: congress.id, name: congress.name, jurisdiction: congress.jurisdiction, level: congress.level, code: congress.publicCode }
        : null,
    });
  },
});

export const postPassword = defineRoute({
  method: 'post',
  path: '/api/auth/password',
  access: 'any',
  summary: 'Change my password (ends all my other sessions; 5 checks of the current password per 15 min)',
  responses: { 200: Ok },
  body: z.object({ current: z.string().min(1).max(200), next: password }).strict(),
  handler: async ({ c, deps, actor, body }) => {
    const session = await changeOwnPassword(deps.db, actor, body, deps.clock());
    setSessionCookie(c, session.token);
    return c.json({ ok: true });
  },
});

export const getLockouts = defineRoute({
  method: 'get',
  path: '/api/auth/lockouts',
  access: 'account.manage',
  summary: 'Accounts of my congress locked out of login or password change in the last 24 hours',
  responses: { 200: LockoutsAnswer },
  handler: async ({ c, deps, actor }) => c.json({ lockouts: await recentLockouts(deps.db, actor, deps.clock()) }),
});
