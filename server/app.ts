// Builds the Hono app: security headers, language, client address, session, origin check, the
// route table, JSON errors for /api, and the built single-page app for everything else.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { SESSION_COOKIE, validateSessionToken } from './core/accounts/sessions';
import { WEB_DIST } from './core/web-dist';
import { AppError, errorBody, pickMessage, type ErrorCode } from './core/errors';
import { routeChain, runHandler } from './http/route';
import type { AppEnv, Deps } from './core/context';
import { ROUTES } from './routes';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// postgres.js and node:net codes for a connection that failed or broke, and PostgreSQL's own
// (class 08 connection exception, 57P0x shutdown/crash, 53 insufficient resources such as too many
// connections, 57014 a statement cancelled by statement_timeout, 25P03 a transaction ended by
// idle_in_transaction_session_timeout, 55P03 a lock not available): all say "try again shortly".
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01',
  '57P02',
  '57P03',
  '57P04',
  '57014',
  '25P03',
  '55P03',
  '53000',
  '53100',
  '53200',
  '53300',
  '53400',
]);

export function isDatabaseDown(err: unknown, depth = 0): boolean {
  const e = err as { code?: string; errno?: string; message?: string; cause?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (UNAVAILABLE_CODES.has(code) || /^08...$/.test(code)) return true;
  return e?.cause && depth < 5 ? isDatabaseDown(e.cause, depth + 1) : false;
}

function pgCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: unknown };
  if (typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return e?.cause ? pgCode(e.cause) : undefined;
}

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  const allowedOrigins = new Set(
    deps.env.ALLOWED_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      // Camera for the tablet's QR scanner; nothing else.
      permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [] },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const lang = (c.req.header('accept-language') ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh';
    c.set('lang', lang);
    let ip = 'unknown';
    // Behind a proxy, the address the proxy saw is the LAST entry of X-Forwarded-For: the ones
    // before it come from the client and can be made up (and would let a guesser dodge the
    // per-address limits by sending a new one each time).
    if (deps.env.TRUST_PROXY === 'true') ip = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() || ip;
    if (ip === 'unknown') {
      try {
        ip = getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        /* not on a node socket (app.request in tests) */
      }
    }
    c.set('clientIp', ip);
    c.set('actor', null);
    await next();
  });

  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      // A cookie-carrying state change must come from our own pages (CSRF defence, with SameSite=Lax).
      if (!SAFE_METHODS.has(c.req.method)) {
        const origin = c.req.header('origin');
        const host = c.req.header('host');
        const own = origin && host && (origin === `http://${host}` || origin === `https://${host}`);
        if (!own && !(origin && allowedOrigins.has(origin))) {
          throw new AppError('forbidden', { zh: '请求来源不被允许', en: 'Request origin not allowed' });
        }
      }
      c.set('actor', await validateSessionToken(deps.db, token, deps.clock(), deps.env.SESSION_IDLE_MINUTES));
    }
    await next();
  });

  for (const def of ROUTES) {
    app.on([def.method.toUpperCase()], [def.path], ...routeChain(def), runHandler(def));
  }

  app.all('/api/*', () => {
    throw new AppError('not_found', { zh: '没有这个接口', en: 'No such API endpoint' });
  });

  if (existsSync(WEB_DIST)) {
    app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), WEB_DIST) }));
    const indexHtml = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    app.use('*', serveStatic({ root: path.relative(process.cwd(), WEB_DIST) }));
    app.get('*', (c) => c.html(indexHtml));
  } else {
    app.get('*', (c) => c.text('The web app is not built: run `npm run build` (npm start does this for you).', 503));
  }

  app.onError((err, c) => respondError(err, c));
  app.notFound((c) => c.json(errorBody('not_found', 'Not found'), 404));
  return app;
}

function respondError(err: unknown, c: Context<AppEnv>) {
  const lang = c.get('lang') ?? 'zh';
  const send = (code: ErrorCode, status: number, message: string, details?: unknown, retryAfter?: number) => {
    if (retryAfter) c.header('Retry-After', String(retryAfter));
    // The unread body of an oversized request makes the connection unusable for the next one.
    if (status === 413) c.header('Connection', 'close');
    return c.json(errorBody(code, message, details), status as 400);
  };
  if (err instanceof AppError) return send(err.code, err.status, pickMessage(err.msg, lang), err.details, err.retryAfter);
  if (err instanceof HTTPException) {
    if (err.status === 413) return send('payload_too_large', 413, lang === 'en' ? 'The request body is too large' : '请求内容过大');
    if (err.status >= 400 && err.status < 500) {
      return send('bad_request', 400, lang === 'en' ? `Malformed request: ${err.message}` : `请求格式错误：${err.message}`);
    }
  }
  if (isDatabaseDown(err)) {
    return send('unavailable', 503, lang === 'en' ? 'The database is unavailable; try again shortly' : '数据库暂时不可用，请稍后重试', undefined, 2);
  }
  const code = pgCode(err);
  if (code === '23505') return send('conflict', 409, lang === 'en' ? 'That already exists' : '该记录已存在');
  if (code === '40001' || code === '40P01') return send('unavailable', 503, lang === 'en' ? 'Busy; try again' : '系统繁忙，请重试', undefined, 1);
  // Class 22 (data exception: a value PostgreSQL cannot store, e.g. \u0000 in JSON or a number out
  // of range), 23502 (a required value missing) and 54000 (a value too large to index) come from
  // the request's values.
  if (code && (code.startsWith('22') || code === '23502' || code === '54000')) {
    return send('bad_request', 400, lang === 'en' ? 'Malformed value' : '数据格式错误');
  }
  if (code === '23503') return send('rule_violation', 422, lang === 'en' ? 'It refers to a record that does not exist' : '引用的记录不存在');
  if (code === '23514') return send('rule_violation', 422, lang === 'en' ? 'A value breaks a rule' : '数据不符合规则');
  c.get('deps')?.log('error', 'unhandled error', err);
  return send('internal', 500, lang === 'en' ? 'Internal error' : '服务器内部错误');
}
