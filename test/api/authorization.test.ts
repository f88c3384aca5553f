// The authorization matrix, generated from the route table: every route × every role (and no
// session) gets the status its access rule says. A new route is covered the moment it is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../db/schema';
import { ROUTES } from '../../server/routes';
import { DRIVERS, setUpCongress, startTestServer, type Client, type TestServer } from '../support/harness';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const concretePath = (p: string) => p.replace(/:[a-zA-Z]+/g, SOME_ID);

describe.each(DRIVERS)('authorization matrix [%s]', (driver) => {
  let server: TestServer;
  const clients = {} as Record<Role | 'nobody', Client>;
  const logins = {} as Record<Role, [string, string]>;
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
    await admin.post('/api/accounts', { username: 'dept', displayName: '教育局', role: 'department', password: pw, departmentId: dept.body.department.id });
    await admin.post('/api/accounts', { username: 'deputy', displayName: '张伟', role: 'deputy', password: pw, deputyId: dep.body.deputy.id });
    await admin.post('/api/accounts', { username: 'scrut', displayName: '监票人', role: 'scrutineer', password: pw });
    Object.assign(logins, { department: ['dept', pw], deputy: ['deputy', pw], scrutineer: ['scrut', pw] });
    clients.department = await server.client().login('dept', pw);
    clients.deputy = await server.client().login('deputy', pw);
    clients.scrutineer = await server.client().login('scrut', pw);
    const { ADMIN } = await import('../support/harness');
    logins.secretariat = [ADMIN.username, ADMIN.password];
    clients.nobody = server.client();
  });
  afterAll(async () => server?.stop());

  const guarded = ROUTES.filter((r) => r.access !== 'public');

  it('covers every guarded route', () => {
    expect(guarded.length).toBeGreaterThan(15);
  });

  describe.each(guarded.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', (_name, route) => {
    it.each([...ROLES, 'nobody' as const])('as %s', async (who) => {
      const method = route.method.toUpperCase();
      const client = who !== 'nobody' && endsSession.has(route.path) ? await server.client().login(...logins[who]) : clients[who];
      const r = await client.request(method, concretePath(route.path), method === 'GET' ? undefined : {});
      const allowed = who !== 'nobody' && (route.access === 'any' || (route.access as readonly Role[]).includes(who));
      if (who === 'nobody') expect(r.status).toBe(401);
      else if (!allowed) expect(r.status).toBe(403);
      else expect([401, 403]).not.toContain(r.status);
      expect(r.status).toBeLessThan(500);
      expect(r.body?.error?.code ?? 'ok').toBeTypeOf('string');
    });
  });
});
