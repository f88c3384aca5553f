// The public portal (issue #13): every congress with its years and what is current in each, a
// congress found by its public code, the code chosen at setup and set once in the console — with
// caching like the other public reads, 400/404 JSON for bad and unknown codes, and no staff data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCongress } from '../../server/core/setup/congress.service';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';
import { buildImplementation, ok, PW, type Implementation } from '../support/implementation-fixtures';

const YEAR_FIELDS = ['acceptingSubmissions', 'closesOn', 'current', 'cycleId', 'listFixed', 'opensOn', 'phase', 'title', 'year'];
const CONGRESS_FIELDS = ['code', 'id', 'jurisdiction', 'level', 'name', 'years'];

describe.each(DRIVERS)('public portal [%s]', (driver) => {
  let server: TestServer;
  let impl: Implementation;
  let firstEtag = '';
  const nobody = () => server.client();

  beforeAll(async () => {
    server = await startTestServer(driver);
    // The harness's setup sends no code, like a caller from before codes: it gets "county-1".
    impl = await buildImplementation(server);
    await addCongress(
      server.deps.db,
      {
        congress: { name: '邻县人民代表大会', jurisdiction: '邻县', level: 'county', code: 'lin-xian' },
        admin: { username: 'linxian', displayName: '邻县秘书处', password: PW },
      },
      server.clock.read(),
    );
  });
  afterAll(async () => server?.stop());

  it('lists every congress with its code and years, each year with its current pages, cached like the other public reads', async () => {
    const r = await nobody().get('/api/public/portal');
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=30');
    firstEtag = r.headers.get('etag')!;
    expect(firstEtag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(r.body.congresses.map((c: any) => [c.code, c.name, c.years.length])).toEqual([
      ['county-1', '某县人民代表大会', 1],
      ['lin-xian', '邻县人民代表大会', 0],
    ]);
    const [year] = r.body.congresses[0].years;
    // In implementation after a certified vote: progress, the results, the list and the report.
    expect(year).toMatchObject({ year: 2027, cycleId: impl.cycleId, phase: 'implementation', listFixed: true, acceptingSubmissions: false });
    expect(year.current).toEqual(['progress', 'results', 'candidates', 'report']);

    const again = await nobody().request('GET', '/api/public/portal', undefined, { 'if-none-match': firstEtag });
    expect(again.status).toBe(304);
  });

  it('shows a new year at once (a new ETag), newest first, with the suggestion form while solicitation is open', async () => {
    ok(
      await impl.admin.post('/api/cycles', {
        title: '2028年民生实事项目',
        year: 2028,
        opensOn: '2027-01-01',
        closesOn: '2027-03-31',
        seats: 3,
      }),
      201,
    );
    const r = await nobody().request('GET', '/api/public/portal', undefined, { 'if-none-match': firstEtag });
    expect(r.status).toBe(200);
    expect(r.headers.get('etag')).not.toBe(firstEtag);
    const years = r.body.congresses[0].years;
    expect(years.map((y: any) => [y.year, y.phase, y.current])).toEqual([
      [2028, 'solicitation', ['suggest']],
      [2027, 'implementation', ['progress', 'results', 'candidates', 'report']],
    ]);
  });

  it('answers nothing of the staff: only the public fields, no ledger, override reason, account or contact', async () => {
    const r = await nobody().get('/api/public/portal');
    for (const c of r.body.congresses) {
      expect(Object.keys(c).sort()).toEqual(CONGRESS_FIELDS);
      for (const y of c.years) expect(Object.keys(y).sort()).toEqual(YEAR_FIELDS);
    }
    for (const secret of ['ledgerId', 'windowOverrideReason', 'username', 'mishu', 'linxian', 'contactPhone', 'password', 'publicCodeChosenAt'])
      expect(r.text).not.toContain(secret);
  });

  it('finds a congress by its code, case and spaces forgiven', async () => {
    const r = await nobody().get('/api/public/portal/LIN-XIAN');
    expect(r.status).toBe(200);
    expect(r.body.congress).toMatchObject({ code: 'lin-xian', name: '邻县人民代表大会', years: [] });
    expect(r.headers.get('cache-control')).toBe('public, max-age=30');
    const mine = ok(await nobody().get('/api/public/portal/county-1')).congress;
    expect(mine.years.map((y: any) => y.year)).toEqual([2028, 2027]);
  });

  it('answers 404 JSON for an unknown code and 400 JSON for a malformed or reserved one', async () => {
    const unknown = await nobody().get('/api/public/portal/no-such-county');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect(unknown.body.error.message).toBe('没有使用这个公开代码的人大');
    for (const bad of ['x', 'bad_code', '-lead', 'trail-', 'double--hyphen', '9lives', '%E5%8E%BF', 'cycles', 'track', 'a'.repeat(41)]) {
      const r = await nobody().get(`/api/public/portal/${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.code, bad).toBe('bad_request');
    }
    const script = await nobody().get(`/api/public/portal/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(script.status).toBe(400);
    expect(script.headers.get('content-type')).toContain('application/json');
  });

  describe('the code in the console', () => {
    let other: Client;
    beforeAll(async () => {
      other = await server.client().login('linxian', PW);
    });

    it('shows the derived code as changeable, and a chosen code of a congress without years as changeable too', async () => {
      expect(ok(await impl.admin.get('/api/congress/public-code'))).toEqual({ code: 'county-1', chosen: false, changeable: true });
      expect(ok(await other.get('/api/congress/public-code'))).toEqual({ code: 'lin-xian', chosen: true, changeable: true });
    });

    it('refuses a code another congress has (409) and a malformed one (400), changing nothing', async () => {
      const taken = await impl.admin.request('PUT', '/api/congress/public-code', { code: 'lin-xian' });
      expect(taken.status).toBe(409);
      expect(taken.body.error.message).toContain('lin-xian');
      const bad = await impl.admin.request('PUT', '/api/congress/public-code', { code: 'Shi Fan' });
      expect(bad.status).toBe(400);
      expect(ok(await impl.admin.get('/api/congress/public-code')).code).toBe('county-1');
    });

    it('sets the code once, records it in the congress ledger, moves the public address, then keeps it', async () => {
      const set = await impl.admin.request('PUT', '/api/congress/public-code', { code: 'Shifan-Xian' });
      expect(set.status).toBe(200);
      // The congress has opened years, so the chosen code is now in citizens' hands.
      expect(set.body).toEqual({ code: 'shifan-xian', chosen: true, changeable: false });
      expect(ok(await nobody().get('/api/public/portal/shifan-xian')).congress.years).toHaveLength(2);
      expect((await nobody().get('/api/public/portal/county-1')).status).toBe(404);

      const again = await impl.admin.request('PUT', '/api/congress/public-code', { code: 'shifan' });
      expect(again.status).toBe(422);
      expect(again.body.error.details.problems.map((p: any) => p.code)).toEqual(['public_code_published']);
      expect(ok(await impl.admin.get('/api/auth/me')).congress.code).toBe('shifan-xian');

      const ledgers = ok(await impl.admin.get('/api/ledgers')).ledgers as Array<{ id: string; kind: string }>;
      const admin = ledgers.find((l) => l.kind === 'congress')!;
      const entries = ok(await impl.admin.get(`/api/ledgers/${admin.id}`)).entries as Array<{ kind: string; data: any }>;
      expect(entries.filter((e) => e.kind === 'congress.public_code_set').map((e) => [e.data.from, e.data.to])).toEqual([
        ['county-1', 'shifan-xian'],
      ]);
    });

    it('lets a congress without years change its chosen code', async () => {
      const r = await other.request('PUT', '/api/congress/public-code', { code: 'linxian' });
      expect(r.body).toEqual({ code: 'linxian', chosen: true, changeable: true });
    });
  });
});

describe.each(DRIVERS)('public code at setup [%s]', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(async () => server?.stop());

  const body = (code: unknown) => ({
    congress: { name: '某某县人民代表大会', jurisdiction: '某某县', level: 'county', code },
    admin: { username: 'mishu', displayName: '秘书处', password: 'correct-horse-1' },
  });

  it('refuses a malformed or reserved code with 400 naming the field', async () => {
    for (const code of ['县人大', 'a', 'public/x', 'c']) {
      const r = await server.client().post('/api/setup', body(code));
      expect(r.status, code).toBe(400);
      expect(JSON.stringify(r.body.error.details), code).toContain('code');
    }
  });

  it('stores the chosen code normalized, and /api/auth/me carries it', async () => {
    const c = server.client();
    ok(await c.post('/api/setup', body('  XX-County ')), 201);
    expect(ok(await c.get('/api/auth/me')).congress.code).toBe('xx-county');
    expect(ok(await c.get('/api/congress/public-code'))).toEqual({ code: 'xx-county', chosen: true, changeable: true });
    expect(ok(await server.client().get('/api/public/portal/xx-county')).congress.name).toBe('某某县人民代表大会');
  });
});
