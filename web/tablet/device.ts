// The hall tablet's identity and its calls. A paired tablet keeps a device token in localStorage
// and sends it as X-Device-Token. web/app/api.ts has no way to add a header, and its 401 handler
// would send a kiosk to the login page, so tablet calls go through this small agent instead; it
// answers with the same ApiError as api.ts (status 0 for a network failure).
import { ApiError } from '../app/api';
import { lang, t } from '../app/i18n';
import type { CardBallot, CastReply, Choices } from './hall-types';

const TOKEN_KEY = 'minsheng.tablet.device';

export function storedDeviceToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeDeviceToken(token: string | null) {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage blocked: the tablet pairs again after a reload */
  }
}

export async function hallRequest<T>(method: 'GET' | 'POST', path: string, json?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang() === 'en' ? 'en' : 'zh-CN' };
  const device = storedDeviceToken();
  if (device) headers['x-device-token'] = device;
  if (json !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
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
    const err = new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? t('error.http', { status: res.status }), e?.details);
    (err as ApiError & { retryAfter?: number }).retryAfter = Number(res.headers.get('retry-after')) || undefined;
    throw err;
  }
  return data as T;
}

export interface TabletIdentity {
  tablet: { id: string; name: string; paired: boolean; online: boolean };
  congress: { id: string; name: string };
}

export const hallApi = {
  pair: (code: string) => hallRequest<TabletIdentity & { deviceToken: string }>('POST', '/api/tablets/pair', { code }),
  me: () => hallRequest<TabletIdentity>('GET', '/api/tablets/me'),
  lookup: (token: string) => hallRequest<{ ballot: CardBallot }>('POST', '/api/cards/lookup', { token }).then((r) => r.ballot),
  cast: (ballotId: string, token: string, choices: Choices, castId: string) =>
    hallRequest<CastReply>('POST', `/api/ballots/${encodeURIComponent(ballotId)}/cast`, { token, choices, castId }),
};

/**
 * Whether a failed request may simply be sent again: the network, a server error or a busy
 * server. A 4xx other than 408/429 is an answer, not a failure.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  return err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500;
}
