import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
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
    httpOnly: true, sameSite: 'Lax', path: '/', secure: secure(c),
    maxAge: c.get('deps').env.SESSION_IDLE_MINUTES * 60,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
}
