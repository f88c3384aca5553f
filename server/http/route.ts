// One declaration per endpoint: method, path, who may call it, how its input is validated and
// what it does. The app registers them all; the authorization tests read the same table.
import { zValidator } from '@hono/zod-validator';
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { Role } from '../../db/schema';
import { AppError } from '../core/errors';
import type { Actor, AppEnv, Deps } from '../core/context';

/** 'public': anyone, logged in or not. 'any': any logged-in account. Else: the roles listed. */
export type Access = 'public' | 'any' | readonly Role[];

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<A extends Access, P, Q, B> {
  c: Context<AppEnv>;
  deps: Deps;
  actor: A extends 'public' ? Actor | null : Actor;
  params: P;
  query: Q;
  body: B;
}

export interface RouteDef<A extends Access = Access, P = any, Q = any, B = any> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  access: A;
  /** Short description; shows in docs/api.md and test names. */
  summary: string;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /** Bytes; default 256 KiB. */
  maxBody?: number;
  /** Raw bodies (CSV upload) skip JSON validation; the handler reads c.req. */
  rawBody?: boolean;
  handler: (input: RouteInput<A, P, Q, B>) => Promise<Response> | Response;
}

export function defineRoute<
  A extends Access,
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
>(def: {
  method: RouteDef['method'];
  path: string;
  access: A;
  summary: string;
  params?: PS;
  query?: QS;
  body?: BS;
  maxBody?: number;
  rawBody?: boolean;
  handler: (input: RouteInput<A, Out<PS>, Out<QS>, Out<BS>>) => Promise<Response> | Response;
}): RouteDef<A, Out<PS>, Out<QS>, Out<BS>> {
  return def as RouteDef<A, Out<PS>, Out<QS>, Out<BS>>;
}

export const DEFAULT_MAX_BODY = 256 * 1024;

const invalid = (target: string) => (result: { success: boolean; error?: unknown }) => {
  if (!result.success) {
    const issues = (result.error as z.ZodError).issues.map((i) => ({
      path: [target, ...i.path.map(String)].join('.'),
      message: i.message,
    }));
    throw new AppError('bad_request', { zh: '请求内容不合格式', en: 'The request is malformed' }, { issues });
  }
};

export function accessCheck(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next();
    const actor = c.get('actor');
    if (!actor) throw new AppError('unauthenticated', { zh: '请先登录', en: 'Please log in' });
    if (access !== 'any' && !access.includes(actor.role)) {
      throw new AppError('forbidden', { zh: '您的角色无权执行此操作', en: 'Your role may not do this' });
    }
    return next();
  };
}

/** The middleware chain of one route: access first (so strangers learn nothing from validation), then size, then shape. */
export function routeChain(def: RouteDef): MiddlewareHandler<AppEnv>[] {
  const chain: MiddlewareHandler<AppEnv>[] = [accessCheck(def.access)];
  if (def.method !== 'get') chain.push(readBody(def.maxBody ?? DEFAULT_MAX_BODY, !def.rawBody));
  if (def.params) chain.push(zValidator('param', def.params, invalid('params')) as MiddlewareHandler<AppEnv>);
  if (def.query) chain.push(zValidator('query', def.query, invalid('query')) as MiddlewareHandler<AppEnv>);
  if (def.body && !def.rawBody) {
    chain.push(async (c, next) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.toLowerCase().startsWith('application/json')) {
        throw new AppError('bad_request', { zh: '请求须为 JSON（Content-Type: application/json）', en: 'Send JSON with Content-Type: application/json' });
      }
      return next();
    });
    chain.push(zValidator('json', def.body, invalid('body')) as MiddlewareHandler<AppEnv>);
    // A PATCH that changes nothing is a client mistake, not a no-op to record in a ledger.
    if (def.method === 'patch') {
      chain.push(async (c, next) => {
        const body = (c.req as unknown as { valid: (t: string) => Record<string, unknown> }).valid('json');
        if (!body || Object.values(body).every((v) => v === undefined)) {
          throw new AppError('bad_request', { zh: '没有要修改的内容', en: 'Nothing to change' });
        }
        return next();
      });
    }
  }
  return chain;
}

const tooLarge = (max: number) => new AppError('payload_too_large', { zh: '请求内容过大', en: 'The request body is too large' }, { maxBytes: max });
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the body straight from Node's request stream, with the size limit, and hands it to
 * Hono's body cache, so the validators read it from there. Building a WHATWG Request for every
 * cast (what c.req.json() does on Node) costs more CPU than the rest of the cast put together.
 * Outside Node (app.request in tests) it falls back to Hono's own body limit.
 */
function readBody(max: number, isText: boolean): MiddlewareHandler<AppEnv> {
  const fallback = bodyLimit({ maxSize: max, onError: () => { throw tooLarge(max); } });
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming || typeof incoming.on !== 'function') return fallback(c, next);
    if (Number(incoming.headers['content-length'] ?? 0) > max) {
      incoming.resume(); // drain, so the 413 reaches the client instead of a reset
      throw tooLarge(max);
    }
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let over = false;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) over = true; // keep draining, stop keeping
        else chunks.push(chunk);
      });
      incoming.once('end', () => (over ? reject(tooLarge(max)) : resolve(Buffer.concat(chunks))));
      incoming.once('error', reject);
    });
    const cache = (c.req as unknown as { bodyCache: Record<string, Promise<unknown>> }).bodyCache;
    cache.arrayBuffer = Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    // Raw bodies (a CSV in GB18030) are bytes; JSON must be UTF-8.
    if (isText) {
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        throw new AppError('bad_request', { zh: '请求内容不是有效的 UTF-8', en: 'The body is not valid UTF-8' });
      }
      cache.text = Promise.resolve(text);
    }
    return next();
  };
}

export function runHandler(def: RouteDef) {
  return async (c: Context<AppEnv>) => {
    const req = c.req as unknown as { valid: (t: string) => unknown };
    return def.handler({
      c,
      deps: c.get('deps'),
      actor: c.get('actor') as Actor,
      params: def.params ? req.valid('param') : c.req.param(),
      query: def.query ? req.valid('query') : undefined,
      body: def.body && !def.rawBody ? req.valid('json') : undefined,
    });
  };
}
