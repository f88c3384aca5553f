// The web's one HTTP agent is typed from the route table (server/contract/api.ts): these lines are
// checked by `npx tsc --noEmit` (each @ts-expect-error must be an error, or tsc fails), and the
// path filling is run here.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ApiAnswer, ApiBody, ApiPath, BallotAnswer, GetMeAnswer } from '../../server/contract';
import { api, fillPath } from '../../web/app/api';

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
