// The hall tablet's identity and its calls. A paired tablet keeps a device token in localStorage
// and sends it as X-Device-Token with every call, through its own client of the one typed agent
// (web/app/api.ts): typed from the same route table, answering the same ApiError (status 0 for a
// network failure), but a 401 there never sends a kiosk to the login page.
import type { TabletMeAnswer } from '@contract';
import { ApiError, createApi } from '../app/api';
import type { Choices } from './hall-types';

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

/** The device token as a header, when this tablet has one (a phone has none). */
function deviceHeaders(): Record<string, string> {
  const device = storedDeviceToken();
  return device ? { 'x-device-token': device } : {};
}

/**
 * The hall's client: the one typed agent (web/app/api.ts) with the device token, no session to end
 * (a 401 goes to the caller, never to the login page) and nothing answered from the cache.
 */
export const tabletApi = createApi({ headers: deviceHeaders, session: false, noStore: true });

export type TabletIdentity = TabletMeAnswer;

export const hallApi = {
  pair: (code: string) => tabletApi.post('/api/tablets/pair', { body: { code } }),
  me: () => tabletApi.get('/api/tablets/me'),
  lookup: (token: string) => tabletApi.post('/api/cards/lookup', { body: { token } }).then((r) => r.ballot),
  cast: (ballotId: string, token: string, choices: Choices, castId: string) =>
    tabletApi.post('/api/ballots/:id/cast', { params: { id: ballotId }, body: { token, choices, castId } }),
};

/**
 * Whether a failed request may simply be sent again: the network, a server error or a busy
 * server. A 4xx other than 408/429 is an answer, not a failure.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  return err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500;
}
