// The one HTTP agent. Every call to the server goes through here, so the session cookie, the
// language, JSON and the error shape are handled in one place. The pages use `api`; the hall
// tablet makes its own client of the same agent (`createApi`, web/tablet/device.ts) that adds
// its device token and has no session to lose.
import type { ApiAnswer, ApiBody, ApiMethod, ApiParams, ApiPath, ApiQuery } from '@contract';
import { lang, t } from './i18n';

export interface ApiIssue {
  path: string;
  message: string;
}

/** The server's `{"error": {"code", "message", "details"}}`, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds the server asked to wait before trying again (Retry-After on a 429 or 503). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-level problems from input validation, paths like `body.name`. */
  get issues(): ApiIssue[] {
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    return Array.isArray(issues) ? (issues as ApiIssue[]) : [];
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

// A 401 on an ordinary call means the session ended; main.tsx decides where that leads.
let unauthenticatedHandler: (() => void) | null = null;
export function onUnauthenticated(handler: () => void) {
  unauthenticatedHandler = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** What sets one client apart: the pages' `api`, or the hall tablet's. */
export interface ClientOptions {
  /** Headers sent with every call (the tablet's device token). */
  headers?: () => Record<string, string>;
  /**
   * Whether a 401 means the signed-in session ended (main.tsx then leads to the login). A kiosk has
   * no session: its 401 is an answer for the caller.
   */
  session?: boolean;
  /** Never answered from the browser's cache (a kiosk's state must be the server's, now). */
  noStore?: boolean;
}

interface RequestOptions {
  query?: Query;
  json?: unknown;
  raw?: { body: BodyInit; contentType: string };
  /** For the login form: a 401 there is a wrong password, not an ended session. */
  expect401?: boolean;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(client: ClientOptions, method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': lang() === 'en' ? 'en' : 'zh-CN',
    ...client.headers?.(),
  };
  let body: BodyInit | undefined;
  if (opts.raw) {
    body = opts.raw.body;
    headers['content-type'] = opts.raw.contentType;
  } else if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['content-type'] = 'application/json';
  }

  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
      ...(client.noStore ? { cache: 'no-store' as const } : {}),
    });
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', t('error.network'));
  }

  const text = await res.text().catch(() => '');
  let data: unknown = null;
  if (text && (res.headers.get('content-type') ?? '').includes('json')) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    const retryAfter = Number(res.headers.get('retry-after')) || undefined;
    const error = new ApiError(
      res.status,
      e?.code ?? `http_${res.status}`,
      e?.message ?? t('error.http', { status: res.status }),
      e?.details,
      retryAfter,
    );
    if (res.status === 401 && client.session !== false && !opts.expect401) unauthenticatedHandler?.();
    throw error;
  }
  return data as T;
}

/** '/api/ballots/:id' with { id } → '/api/ballots/3f2a…' (each value URL-encoded). */
export function fillPath(path: string, params?: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

// What one call sends, typed from the route it names (server/contract/api.ts): params are
// required when the path has them, the body when the route's schema requires one. A query value
// may also be '' or null: withQuery leaves those out (a filter set to "all").
type Nothing = Record<string, never>;
type Part<Name extends string, T> = [T] extends [undefined]
  ? { [K in Name]?: undefined }
  : undefined extends T
    ? { [K in Name]?: T }
    : Nothing extends T
      ? { [K in Name]?: T }
      : { [K in Name]: T };
type Loose<Q> = [Q] extends [undefined] ? undefined : { [K in keyof Q]: Q[K] | '' | null };
/** The query a GET of path P takes, as a filter form holds it ('' or null for "any"). */
export type QueryOf<P extends ApiPath<'get'>> = Loose<ApiQuery<'get', P>>;
type Call<M extends ApiMethod, P> = Part<'params', ApiParams<M, P>> & Part<'query', Loose<ApiQuery<M, P>>> & Part<'body', ApiBody<M, P>>;
type Needed<M extends ApiMethod, P, Extra> = Nothing extends Call<M, P> ? [call?: Call<M, P> & Extra] : [call: Call<M, P> & Extra];

interface Extra {
  /** For the login form: a 401 there is a wrong password, not an ended session. */
  expect401?: boolean;
  signal?: AbortSignal;
}

/**
 * A client: the calls by the path a route declares, `client.get('/api/ballots/:id', { params: { id } })`
 * answering that route's declared answer type; a wrong path, params or body does not compile.
 */
export function createApi(client: ClientOptions = {}) {
  const send = <M extends ApiMethod, P extends ApiPath<M>>(method: M, path: P, call: object = {}) => {
    const { params, query, body, ...opts } = call as { params?: Record<string, string>; query?: Query; body?: unknown } & Extra;
    // A POST, PUT or PATCH always carries JSON (`{}` when the route takes no body), as the server's body reader expects.
    const json = method === 'get' || method === 'delete' ? undefined : (body ?? {});
    return request<ApiAnswer<M, P>>(client, method.toUpperCase(), fillPath(path, params), { query, json, ...opts });
  };
  return {
    get: <P extends ApiPath<'get'>>(path: P, ...call: Needed<'get', P, Extra>) => send('get', path, call[0]),
    post: <P extends ApiPath<'post'>>(path: P, ...call: Needed<'post', P, Extra>) => send('post', path, call[0]),
    patch: <P extends ApiPath<'patch'>>(path: P, ...call: Needed<'patch', P, Extra>) => send('patch', path, call[0]),
    put: <P extends ApiPath<'put'>>(path: P, ...call: Needed<'put', P, Extra>) => send('put', path, call[0]),
    delete: <P extends ApiPath<'delete'>>(path: P, ...call: Needed<'delete', P, Extra>) => send('delete', path, call[0]),
    /** Raw bytes as the body (the CSV import sends the file as it is, so the server can detect its encoding). */
    upload: <P extends ApiPath<'post'>>(path: P, file: { body: BodyInit; contentType: string }, ...call: Needed<'post', P, Extra>) => {
      const { params, query } = (call[0] ?? {}) as { params?: Record<string, string>; query?: Query };
      return request<ApiAnswer<'post', P>>(client, 'POST', fillPath(path, params), { raw: file, query });
    },
  };
}

/** The pages' client: the session cookie, and a 401 that ends the session. */
export const api = createApi();
