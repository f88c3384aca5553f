// The authorization matrix, generated from the route table and the permission table: every route ×
// every role (and no session, and an expired session) gets the status its permission says. A new route is covered
// the moment it is added. Then: another congress's staff get 404 on this congress's records
// (never 200 with foreign data) and change nothing; logout and password change end sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../server/core/access/permissions';
import { allows } from '../../server/http/route';
import { createSession } from '../../server/core/accounts/sessions';
import { addCongress } from '../../server/core/setup/congress.service';
import { ROUTES } from '../../server/routes';
import { buildHall, createBallot, type Hall } from '../support/ballot-fixtures';
import { databaseDigest, digestChanges } from '../support/db-digest';
import { DRIVERS, setUpCongress, startTestServer, type Client, type TestServer } from '../support/harness';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const concretePath = (p: string) => p.replace(/:[a-zA-Z]+/g, SOME_ID);

describe.each(DRIVERS)('authorization matrix [%s]', (driver) => {
  let server: TestServer;
  const clients = {} as Record<Role | 'nobody', Client>;
  const logins = {} as Record<Role, [string, string]>;
  let adminAccountId: string;
  // Logging out ends the session the other rows share: that row gets a session of its own.
  const endsSession = new Set(['/api/auth/logout']);

  beforeAll(async () => {
    server = await startTestServer(driver);
    const { client: admin } = await setUpCongress(server);
    clients.secretariat = admin;
    const del = await admin.post('/api/delegations', { name: '城关镇代表团' });
    const dep = await admin.post('/api/deputies', { name: '张伟', delegationId: del.body.delegation.id, seatNo: '1' });
    const dept = await admin.post('/api/departments', { name: '县教育局' });
    const pw = 'long-enough-1';
    await admin.post('/api/accounts', {
      username: 'dept',
      displayName: '教育局',
      role: 'department',
      password: pw,
      departmentId: dept.body.department.id,
    });
    await admin.post('/api/accounts', { username: 'deputy', displayName: '张伟', role: 'deputy', password: pw, deputyId: dep.body.deputy.id });
    await admin.post('/api/accounts', { username: 'scrut', displayName: '监票人', role: 'scrutineer', password: pw });
    Object.assign(logins, { department: ['dept', pw], deputy: ['deputy', pw], scrutineer: ['scrut', pw] });
    clients.department = await server.client().login('dept', pw);
    clients.deputy = await server.client().login('deputy', pw);
    clients.scrutineer = await server.client().login('scrut', pw);
    const { ADMIN } = await import('../support/harness');
    logins.secretariat = [ADMIN.username, ADMIN.password];
    clients.nobody = server.client();
    adminAccountId = (await admin.get('/api/auth/me')).body.account.accountId;
  });
  afterAll(async () => server?.stop());

  const guarded = ROUTES.filter((r) => r.access !== 'public');

  it('covers every guarded route', () => {
    expect(guarded.length).toBeGreaterThan(15);
  });

  /** A secretariat session that was valid until it sat idle longer than SESSION_IDLE_MINUTES. */
  async function requestExpired(method: string, path: string) {
    const c = server.client();
    const { token } = await createSession(server.deps.db, adminAccountId, server.clock.read());
    c.cookie = `session=${token}`;
    const saved = server.clock.now;
    server.clock.advance((server.deps.env.SESSION_IDLE_MINUTES + 1) * 60_000);
    try {
      return await c.request(method, path, method === 'GET' ? undefined : {});
    } finally {
      server.clock.now = saved;
    }
  }

  describe.each(guarded.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', (_name, route) => {
    it('with an expired session: 401', async () => {
      const r = await requestExpired(route.method.toUpperCase(), concretePath(route.path));
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthenticated');
    });

    it.each([...ROLES, 'nobody' as const])('as %s', async (who) => {
      const method = route.method.toUpperCase();
      const client = who !== 'nobody' && endsSession.has(route.path) ? await server.client().login(...logins[who]) : clients[who];
      const r = await client.request(method, concretePath(route.path), method === 'GET' ? undefined : {});
      const allowed = allows(route.access, who === 'nobody' ? null : { role: who });
      if (who === 'nobody') expect(r.status).toBe(401);
      else if (!allowed) expect(r.status).toBe(403);
      else expect([401, 403]).not.toContain(r.status);
      expect(r.status).toBeLessThan(500);
      expect(r.body?.error?.code ?? 'ok').toBeTypeOf('string');
    });
  });

  it('logout ends the session: the old cookie no longer works', async () => {
    const c = await server.client().login(...logins.scrutineer);
    const cookie = c.cookie;
    expect((await c.get('/api/deputies')).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    c.cookie = cookie;
    expect((await c.get('/api/deputies')).status).toBe(401);
    expect((await c.get('/api/auth/me')).body.account).toBeNull();
  });

  it('a password change ends every other session of the account; the changer gets a fresh one', async () => {
    const admin = clients.secretariat;
    const pw = 'long-enough-1';
    expect((await admin.post('/api/accounts', { username: 'pwtest', displayName: '改密测试', role: 'scrutineer', password: pw })).status).toBe(201);
    const a = await server.client().login('pwtest', pw);
    const b = await server.client().login('pwtest', pw);
    const oldA = a.cookie;
    expect((await a.post('/api/auth/password', { current: pw, next: 'another-long-1' })).status).toBe(200);
    expect(a.cookie).not.toBe(oldA);
    expect((await a.get('/api/deputies')).status).toBe(200);
    expect((await b.get('/api/deputies')).status).toBe(401);
    const stale = server.client();
    stale.cookie = oldA;
    expect((await stale.get('/api/deputies')).status).toBe(401);
  });
});

// ---------------------------------------------------------------------------------------------
// Another congress on the same deployment: its secretariat and scrutineer are logged in and their
// roles allow the routes, but every record of this congress must answer 404 (not found in your
// congress), never 200 with foreign data, and nothing may change.

const SEGMENT_RECORD: Record<string, keyof Records> = {
  deputies: 'deputy',
  delegations: 'delegation',
  departments: 'department',
  accounts: 'account',
  cycles: 'cycle',
  proposals: 'proposal',
  sittings: 'sitting',
  ballots: 'ballot',
  tablets: 'tablet',
};
// (GET /api/ledgers/:id is public: checked below against what an anonymous visitor gets.)
interface Records {
  deputy: string;
  delegation: string;
  department: string;
  account: string;
  cycle: string;
  proposal: string;
  sitting: string;
  ballot: string;
  ledger: string;
  tablet: string;
}

/** Valid bodies for the state changes with a record id, so a refusal cannot come from validation. */
const VALID_BODIES = (r: Records): Record<string, unknown> => ({
  'PATCH /api/deputies/:id': { name: '改名' },
  'POST /api/deputies/:id/deactivate': {},
  'POST /api/deputies/:id/reactivate': {},
  'PATCH /api/delegations/:id': { name: '改名代表团' },
  'PATCH /api/departments/:id': { name: '改名单位' },
  'PATCH /api/accounts/:id': { displayName: '改名' },
  'PATCH /api/cycles/:id': { title: '改名的年度项目' },
  'POST /api/cycles/:id/phase': { to: 'implementation' },
  'POST /api/cycles/:id/candidate-list/unlock': { reason: '他县尝试' },
  'PATCH /api/proposals/:id': { title: '改名项目' },
  'POST /api/sittings/:id/attendance': { deputyIds: [r.deputy], present: false },
  'PATCH /api/ballots/:id': { title: '改名票决' },
  'POST /api/ballots/:id/cards/print': {},
  'POST /api/ballots/:id/cards/pdf': {},
  'POST /api/ballots/:id/cards/issue': { deputyId: r.deputy },
  'POST /api/ballots/:id/open': {},
  'POST /api/ballots/:id/screen': { mode: 'welcome' },
  'PATCH /api/tablets/:id': { name: '改名平板' },
});

describe.each(DRIVERS)("another congress's session [%s]", (driver) => {
  let server: TestServer;
  let hall: Hall;
  let records: Records;
  const foreign = {} as Record<'secretariat' | 'scrutineer', Client>;

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 4, candidates: 3, seats: 2 });
    const ballot = await createBallot(hall);
    const tablet = await hall.admin.post('/api/tablets/pairing-codes', { name: '本县平板' });
    const accounts = (await hall.admin.get('/api/accounts')).body.accounts as Array<{ id: string; role: string }>;
    const ledgers = (await hall.admin.get('/api/ledgers')).body.ledgers as Array<{ id: string; kind: string }>;
    records = {
      deputy: hall.deputyIds[0]!,
      delegation: (await hall.admin.get('/api/delegations')).body.delegations[0].id,
      department: (await hall.admin.get('/api/departments')).body.departments[0].id,
      account: accounts.find((a) => a.role === 'scrutineer')!.id,
      cycle: hall.cycleId,
      proposal: hall.candidateIds[0]!,
      sitting: hall.sittingId,
      ballot: ballot.id,
      ledger: ledgers.find((l) => l.kind === 'congress')!.id,
      tablet: tablet.body.tablet.id,
    };
    // The second congress, added as an operator would (scripts/add-congress.ts).
    await addCongress(
      server.deps.db,
      {
        congress: { name: '另一县人民代表大会', jurisdiction: '另一县', level: 'county' },
        admin: { username: 'other-mishu', displayName: '他县秘书处', password: 'long-enough-1' },
      },
      server.clock.read(),
    );
    foreign.secretariat = await server.client().login('other-mishu', 'long-enough-1');
    expect(
      (
        await foreign.secretariat.post('/api/accounts', {
          username: 'other-scrut',
          displayName: '他县监票人',
          role: 'scrutineer',
          password: 'long-enough-1',
        })
      ).status,
    ).toBe(201);
    foreign.scrutineer = await server.client().login('other-scrut', 'long-enough-1');
  });
  afterAll(async () => server?.stop());

  const withRecord = ROUTES.filter((r) => r.access !== 'public' && SEGMENT_RECORD[r.path.split('/')[2]!] && r.path.split('/')[3] === ':id');

  it('reaches every kind of record', () => {
    expect(new Set(withRecord.map((r) => SEGMENT_RECORD[r.path.split('/')[2]!])).size).toBe(Object.keys(SEGMENT_RECORD).length);
  });

  it('answers 404 on every route with one of our records, for each foreign role the route allows, and changes nothing', async () => {
    const before = await databaseDigest(server.deps.db);
    const bodies = VALID_BODIES(records);
    const seen: string[] = [];
    for (const route of withRecord) {
      const method = route.method.toUpperCase();
      const kind = SEGMENT_RECORD[route.path.split('/')[2]!]!;
      const path = route.path.replace(':id', records[kind]).replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
      for (const role of ['secretariat', 'scrutineer'] as const) {
        if (!allows(route.access, { role })) continue;
        const key = `${method} ${route.path}`;
        const r = await foreign[role].request(method, path, method === 'GET' ? undefined : (bodies[key] ?? {}));
        seen.push(`${key} as ${role}: ${r.status}`);
        if (method === 'GET' || key in bodies) expect(r.status, `${key} as another congress's ${role}: ${r.text.slice(0, 200)}`).toBe(404);
        else expect(r.status, `${key} as another congress's ${role}`).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
      }
    }
    expect(digestChanges(before, await databaseDigest(server.deps.db))).toEqual([]);
    expect(seen.length).toBeGreaterThan(20);
  });

  it('lists show none of our records', async () => {
    const ours = Object.values(records);
    for (const path of [
      '/api/deputies',
      '/api/delegations',
      '/api/departments',
      '/api/accounts',
      '/api/cycles',
      '/api/sittings',
      '/api/ballots',
      '/api/tablets',
      '/api/ledgers',
      '/api/deputy-directory',
    ]) {
      for (const role of ['secretariat', 'scrutineer'] as const) {
        const r = await foreign[role].get(path);
        if (r.status === 403) continue;
        expect(r.status, `${path} as ${role}`).toBe(200);
        for (const id of ours) expect(r.text, `${path} as another congress's ${role} shows ${id}`).not.toContain(id);
      }
    }
  });

  it('reads our ledgers exactly as an anonymous visitor does (public ones only)', async () => {
    const ledgers = (await hall.admin.get('/api/ledgers')).body.ledgers as Array<{ id: string; public: boolean }>;
    expect(ledgers.some((l) => !l.public)).toBe(true);
    for (const l of ledgers) {
      const anon = await server.client().get(`/api/ledgers/${l.id}`);
      const other = await foreign.secretariat.get(`/api/ledgers/${l.id}`);
      expect(other.status).toBe(anon.status);
      expect(other.status).toBe(l.public ? 200 : 404);
    }
  });
});
