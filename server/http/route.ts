// One declaration per endpoint: method, path, who may call it, how its input is validated and
// what it does. The app registers them all; the authorization tests read the same table.
import { zValidator } from '@hono/zod-validator';
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { can, type Permission, type Role } from '../core/access/permissions';
import { ErrorBody, NoBody, RawBody, type ResponseSpec } from './contract';
import { AppError } from '../core/errors';
import type { Actor, AppEnv, Deps } from '../core/context';

/**
 * 'public': anyone, logged in or not. 'any': any logged-in account (its own session and password).
 * Else the permission the caller's role must hold (server/core/access/permissions.ts).
 */
export type Access = 'public' | 'any' | Permission;

/** Whether an account of this role (or nobody, null) passes the access rule. */
export function allows(access: Access, actor: { role: Role } | null): boolean {
  if (access === 'public') return true;
  if (!actor) return false;
  return access === 'any' || can(actor, access);
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a route answers, by status: a zod schema for JSON, RawBody for other media, NoBody for none. Errors (4xx/5xx) are always ErrorBody. */
export type Responses = { [status: number]: ResponseSpec };
/** What the handler may return: a JSON response whose body fits one of the declared schemas, or any Response when a raw body is declared. */
type Reply<R extends Responses> =
  | { [S in keyof R]: R[S] extends z.ZodType ? Response & TypedResponse<z.input<R[S]>, any, any> : Response }[keyof R]
  | (Response & TypedResponse<z.input<typeof ErrorBody>, any, any>);

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
  /** The answer's shape by status; the contract (OpenAPI, web types) and the test-mode response check read it. */
  responses: Responses;
  handler: (input: RouteInput<A, P, Q, B>) => Promise<Response> | Response;
}

/**
 * A route as declared, keeping its method, its path and its zod shapes in the type: the web's
 * typed client (web/app/api.ts) reads them through `ApiRoute` (server/routes.ts, `@contract`).
 */
export type DeclaredRoute<
  A extends Access,
  M extends RouteDef['method'],
  Path extends string,
  PS extends Schema | undefined,
  QS extends Schema | undefined,
  BS extends Schema | undefined,
  R extends Responses,
> = Omit<RouteDef<A, Out<PS>, Out<QS>, Out<BS>>, 'method' | 'path' | 'params' | 'query' | 'body' | 'responses'> & {
  method: M;
  path: Path;
  params: PS;
  query: QS;
  body: BS;
  responses: R;
};

export function defineRoute<
  A extends Access,
  M extends RouteDef['method'],
  Path extends string,
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
  R extends Responses = Responses,
>(def: {
  method: M;
  path: Path;
  access: A;
  summary: string;
  params?: PS;
  query?: QS;
  body?: BS;
  maxBody?: number;
  rawBody?: boolean;
  responses: R;
  handler: (input: RouteInput<A, Out<PS>, Out<QS>, Out<BS>>) => Promise<Reply<R>> | Reply<R>;
}): DeclaredRoute<A, M, Path, PS, QS, BS, R> {
  return def as unknown as DeclaredRoute<A, M, Path, PS, QS, BS, R>;
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
    if (!allows(access, actor)) {
      throw new AppError('forbidden', { zh: '您的角色无权执行此操作', en: 'Your role may not do this' });
    }
    return next();
  };
}

/** The middleware chain of one route: access first (so strangers learn nothing from validation), then size, then shape. */
export function routeChain(def: RouteDef): MiddlewareHandler<AppEnv>[] {
  const chain: MiddlewareHandler<AppEnv>[] = [responseCheck(def), accessCheck(def.access)];
  if (def.method !== 'get') chain.push(readBody(def.maxBody ?? DEFAULT_MAX_BODY, !def.rawBody));
  chain.push(wellFormedInput(def.method !== 'get' && !!def.body && !def.rawBody));
  if (def.params) chain.push(zValidator('param', def.params, invalid('params')) as MiddlewareHandler<AppEnv>);
  if (def.query) chain.push(zValidator('query', def.query, invalid('query')) as MiddlewareHandler<AppEnv>);
  if (def.body && !def.rawBody) {
    chain.push(async (c, next) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.toLowerCase().startsWith('application/json')) {
        throw new AppError('bad_request', {
          zh: '请求须为 JSON（Content-Type: application/json）',
          en: 'Send JSON with Content-Type: application/json',
        });
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

/** Paths (`body.name`, `query.q`) of strings and keys that are not well-formed Unicode (a lone surrogate). */
// In a u-mode regexp a paired surrogate is one code point: only lone ones match.
const LONE_SURROGATE = /\p{Cs}/u;
const shown = (k: string) => k.replace(/\p{Cs}/gu, '\uFFFD');

export function illFormedPaths(root: unknown, rootPath: string, out: string[] = []): string[] {
  // A loop, not recursion: bodies nested thousands deep are valid JSON (the fuzz test sends them).
  const todo: Array<[unknown, string]> = [[root, rootPath]];
  while (todo.length) {
    const [value, path] = todo.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) out.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => todo.push([v, `${path}.${i}`]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (LONE_SURROGATE.test(k)) out.push(`${path}.${shown(k)}`);
        todo.push([v, `${path}.${shown(k)}`]);
      }
    }
  }
  return out.sort();
}

/**
 * The one input guard of every route: a string with a lone surrogate (valid JSON such as
 * "x\ud800", but no text) is refused with 400 naming each field, before any schema or service
 * sees it: PostgreSQL would refuse it (a 500) or a driver would silently replace it.
 */
function wellFormedInput(checkJson: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const paths = illFormedPaths(c.req.queries(), 'query');
    if (checkJson && (c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      let parsed: unknown;
      try {
        parsed = await c.req.json();
      } catch {
        parsed = undefined; /* malformed JSON: the validator says so */
      }
      illFormedPaths(parsed, 'body', paths);
    }
    if (paths.length) {
      throw new AppError(
        'bad_request',
        { zh: '请求含有无效的 Unicode 文本（孤立代理项）', en: 'The request contains ill-formed Unicode text (a lone surrogate)' },
        { issues: paths.map((path) => ({ path, message: 'ill-formed Unicode / 无效的 Unicode 文本' })) },
      );
    }
    return next();
  };
}

/** How much of an oversized body is read (and thrown away) so its 413 arrives; past this, or this long, the connection is closed. */
const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
const DRAIN_MAX_MS = 15_000;

function drain(incoming: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    let size = 0;
    const done = () => {
      clearTimeout(timer);
      incoming.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_MAX_BYTES) done();
    };
    const timer = setTimeout(done, DRAIN_MAX_MS);
    incoming.on('data', onData);
    incoming.once('end', done);
    incoming.once('error', done);
    incoming.resume();
  });
}

/** The problem with an answer that does not fit its route's declared responses, or null when it fits. */
export async function responseProblem(def: RouteDef, res: Response): Promise<string | null> {
  const spec = res.status >= 400 ? ErrorBody : def.responses[res.status];
  if (spec === undefined) return `status ${res.status} is not declared (declared: ${Object.keys(def.responses).join(', ')})`;
  if (spec instanceof RawBody || spec === NoBody) return null;
  if (!(res.headers.get('content-type') ?? '').includes('json')) return `status ${res.status} should be JSON, is ${res.headers.get('content-type')}`;
  const result = spec.safeParse(await res.clone().json());
  if (result.success) return null;
  return result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * In test mode (deps.checkResponses), every answer is checked against the route's declared
 * responses; a mismatch replaces the answer with a 500 that names the route and the problem, so
 * the test that made the request fails loudly.
 */
function responseCheck(def: RouteDef): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const report = c.get('deps').checkResponses;
    if (!report) return;
    const problem = await responseProblem(def, c.res);
    if (!problem) return;
    const message = `${def.method.toUpperCase()} ${def.path} answered ${c.res.status} outside its contract: ${problem}`;
    report(message);
    c.res = undefined;
    c.res = new Response(JSON.stringify({ error: { code: 'internal', message } }), { status: 500, headers: { 'content-type': 'application/json' } });
  };
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
  const fallback = bodyLimit({
    maxSize: max,
    onError: () => {
      throw tooLarge(max);
    },
  });
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming || typeof incoming.on !== 'function') return fallback(c, next);
    if (Number(incoming.headers['content-length'] ?? 0) > max) {
      // Read the body to its end before answering: closing a socket with unread bytes in it sends
      // a reset, which can reach the client before the 413 does.
      await drain(incoming);
      throw tooLarge(max);
    }
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let over = false;
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max)
          over = true; // keep draining, stop keeping
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
