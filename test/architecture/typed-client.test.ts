// The web's one HTTP agent is typed from the route table (server/contract/api.ts): these lines are
// checked by `npx tsc --noEmit` (each @ts-expect-error must be an error, or tsc fails), and the
// path filling is run here. The hall tablet's client is the same agent (createApi), so it is typed
// the same way, and what sets it apart (the device token, no session to end) is run here too.
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type {
  ApiAnswer,
  ApiBody,
  ApiEvent,
  ApiPath,
  ApiStreamPath,
  BallotAnswer,
  BallotSnapshot,
  CastAnswer,
  GetMeAnswer,
  TabletBallotAnswer,
  TabletMeAnswer,
} from '../../server/contract';
import { api, ApiError, fillPath, onUnauthenticated } from '../../web/app/api';
import { tabletApi } from '../../web/tablet/device';

// Never called: only compiled.
export function typedCalls() {
  expectTypeOf(api.get('/api/ballots/:id', { params: { id: 'b' } })).resolves.toEqualTypeOf<BallotAnswer>();
  expectTypeOf(api.get('/api/auth/me')).resolves.toEqualTypeOf<GetMeAnswer>();
  expectTypeOf<ApiAnswer<'post', '/api/ballots/:id/open'>>().toEqualTypeOf<BallotAnswer>();
  expectTypeOf<ApiBody<'post', '/api/auth/login'>>().toHaveProperty('password');
  // @ts-expect-error a path no route declares
  void api.get('/api/ballot/:id', { params: { id: 'b' } });
  // @ts-expect-error a declared path with the wrong method
  void api.delete('/api/auth/login');
  // @ts-expect-error the path has :id, so params are required
  void api.get('/api/ballots/:id');
  // @ts-expect-error a param the path does not have
  void api.get('/api/ballots/:id', { params: { ballotId: 'b' } });
  // @ts-expect-error the login body needs a password
  void api.post('/api/auth/login', { body: { username: 'clerk' } });
  // @ts-expect-error a query field the route does not take
  void api.get('/api/ballots', { query: { year: 2026 } });
  // A CSV, a PDF or an event stream is a link, not a JSON call.
  expectTypeOf<'/api/ballots/:id/results.csv'>().not.toMatchTypeOf<ApiPath<'get'>>();

  // An event stream is typed by the events its route declares.
  expectTypeOf<ApiEvent<'/api/ballots/:id/events', 'ballot'>>().toEqualTypeOf<BallotSnapshot>();
  expectTypeOf<'/api/ballots/:id/events'>().toMatchTypeOf<ApiStreamPath>();
  expectTypeOf<'/api/ballots/:id/results.csv'>().not.toMatchTypeOf<ApiStreamPath>();
  // @ts-expect-error the stream has no such event
  expectTypeOf<ApiEvent<'/api/ballots/:id/events', 'tally'>>().toBeUnknown();

  // The tablet's calls, by the same table.
  expectTypeOf(tabletApi.get('/api/tablets/me')).resolves.toEqualTypeOf<TabletMeAnswer>();
  expectTypeOf(tabletApi.post('/api/cards/lookup', { body: { token: 't' } })).resolves.toEqualTypeOf<TabletBallotAnswer>();
  expectTypeOf(
    tabletApi.post('/api/ballots/:id/cast', { params: { id: 'b' }, body: { token: 't', choices: {}, castId: 'c' } }),
  ).resolves.toEqualTypeOf<CastAnswer>();
  // @ts-expect-error a cast without its castId (the retry would count twice)
  void tabletApi.post('/api/ballots/:id/cast', { params: { id: 'b' }, body: { token: 't', choices: {} } });
  // @ts-expect-error the pairing code is a string
  void tabletApi.post('/api/tablets/pair', { body: { code: 123456 } });
}

describe('the typed client', () => {
  it('fills a declared path with its params, each encoded', () => {
    expect(fillPath('/api/ballots/:id/paper/:paperId/confirm', { id: 'a b', paperId: 'x/y' })).toBe('/api/ballots/a%20b/paper/x%2Fy/confirm');
    expect(fillPath('/api/public/cycles/:id/projects.csv', { id: 'c1' })).toBe('/api/public/cycles/c1/projects.csv');
  });

  it('refuses a path whose param is missing rather than calling a wrong address', () => {
    expect(() => fillPath('/api/ballots/:id', {})).toThrow(':id');
  });
});

describe('the tablet client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    onUnauthenticated(() => {});
  });

  /** Answers every fetch with `status` and `body`, and keeps what was sent. */
  function serve(status: number, body: unknown, headers: Record<string, string> = {}) {
    const sent: Array<{ url: string; init: RequestInit }> = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
    });
    return sent;
  }

  it('sends the device token, never from the cache, and answers as declared', async () => {
    vi.stubGlobal('localStorage', { getItem: () => 'device-token-1', setItem() {}, removeItem() {} });
    const sent = serve(200, { ballot: { id: 'b1' } });
    const ballot = await tabletApi.post('/api/cards/lookup', { body: { token: 'T' } });
    expect(ballot).toEqual({ ballot: { id: 'b1' } });
    expect(sent[0]!.url).toBe('/api/cards/lookup');
    expect(sent[0]!.init.headers).toMatchObject({ 'x-device-token': 'device-token-1', 'content-type': 'application/json' });
    expect(sent[0]!.init.cache).toBe('no-store');
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ token: 'T' });
  });

  it("leaves a 401 to the kiosk (the pages' client ends the session) and carries Retry-After", async () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem() {}, removeItem() {} });
    const ended = vi.fn();
    onUnauthenticated(ended);
    const sent = serve(401, { error: { code: 'unauthenticated', message: 'no' } });
    await expect(tabletApi.get('/api/tablets/me')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(ended).not.toHaveBeenCalled();
    expect(sent[0]!.init.headers).not.toHaveProperty('x-device-token');
    await expect(api.get('/api/auth/me')).rejects.toBeInstanceOf(ApiError);
    expect(ended).toHaveBeenCalledTimes(1);

    serve(503, { error: { code: 'unavailable', message: 'busy' } }, { 'retry-after': '7' });
    await expect(tabletApi.get('/api/tablets/me')).rejects.toMatchObject({ status: 503, retryAfter: 7 });
  });
});
