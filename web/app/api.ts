// The one HTTP agent. Every call to the server goes through here, so the session cookie, the
// language, JSON and the error shape are handled in one place.
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

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': lang() === 'en' ? 'en' : 'zh-CN',
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
    res = await fetch(withQuery(path, opts.query), { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', t('error.network'));
  }

  const text = await res.text();
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
    const error = new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? t('error.http', { status: res.status }), e?.details);
    if (res.status === 401 && !opts.expect401) unauthenticatedHandler?.();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, json: unknown = {}, opts: Pick<RequestOptions, 'query' | 'expect401'> = {}) => request<T>('POST', path, { ...opts, json }),
  patch: <T>(path: string, json: unknown) => request<T>('PATCH', path, { json }),
  put: <T>(path: string, json: unknown) => request<T>('PUT', path, { json }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Raw bytes as the body (the CSV import sends the file as it is, so the server can detect its encoding). */
  upload: <T>(path: string, body: BodyInit, contentType: string, query?: Query) => request<T>('POST', path, { raw: { body, contentType }, query }),
};
