import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from '../core/accounts/devices';
import { SESSION_COOKIE } from '../core/accounts/sessions';
import type { AppEnv } from '../core/context';

function secure(c: Context<AppEnv>): boolean {
  const mode = c.get('deps').env.COOKIE_SECURE;
  if (mode !== 'auto') return mode === 'true';
  const proto = c.get('deps').env.TRUST_PROXY === 'true' ? c.req.header('x-forwarded-proto') : undefined;
  return (proto ?? new URL(c.req.url).protocol.replace(':', '')) === 'https';
}

export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c),
    maxAge: c.get('deps').env.SESSION_IDLE_MINUTES * 60,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
}

/** Sent only to the login routes; Strict, since a login is always posted from our own page. */
export function setDeviceCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/api/auth',
    secure: secure(c),
    maxAge: DEVICE_COOKIE_DAYS * 86400,
  });
}
