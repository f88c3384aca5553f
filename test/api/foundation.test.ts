import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/core/domain/ledger-chain';
import { ADMIN, DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';

describe.each(DRIVERS)('foundation [%s]', (driver) => {
  let server: TestServer;
  let admin: Client;
  let congressId: string;
  let adminUsername: string;

  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(async () => server?.stop());

  it('reports health with the driver in use', async () => {
    const r = await server.client().get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, db: driver });
  });

  it('needs setup on an empty database, and nothing works before it', async () => {
    const anon = server.client();
    expect((await anon.get('/api/setup')).body).toEqual({ needed: true });
    const login = await anon.post('/api/auth/login', { username: ADMIN.username, password: ADMIN.password });
    expect(login.status).toBe(401);
  });

  it('runs setup once; a second (even concurrent) setup is refused with 409', async () => {
    const c = server.client();
    const bodies = [0, 1, 2].map((i) => ({
      congress: { name: `某县人民代表大会${i}`, jurisdiction: '某县', level: 'county' },
      admin: { ...ADMIN, username: `mishu${i}` },
    }));
    const results = await Promise.all(bodies.map((b) => server.client().post('/api/setup', b)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const winner = results.find((r) => r.status === 201)!;
    congressId = winner.body.congress.id;
    const username = winner.body.account.username;
    expect((await c.get('/api/setup')).body).toEqual({ needed: false });
    const again = await c.post('/api/setup', bodies[0]);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    adminUsername = username;
    admin = await server.client().login(username, ADMIN.password);
    const me = await admin.get('/api/auth/me');
    expect(me.body.account.role).toBe('secretariat');
    expect(me.body.congress.id).toBe(congressId);
  });

  it('validates setup input with a JSON 400 listing the fields', async () => {
    const r = await server.client().post('/api/setup', { congress: { name: '' }, admin: { username: 'x' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_request');
    expect(r.body.error.details.issues.length).toBeGreaterThan(1);
  });

  it('adds delegations, deputies and departments, searchable, and deactivates instead of deleting', async () => {
    const del = await admin.post('/api/delegations', { name: '城关镇代表团', sortOrder: 1 });
    expect(del.status).toBe(201);
    const dupDel = await admin.post('/api/delegations', { name: '城关镇代表团' });
    expect(dupDel.status).toBe(409);
    const d1 = await admin.post('/api/deputies', { name: '张伟', delegationId: del.body.delegation.id, seatNo: 'A-01', gender: 'male' });
    expect(d1.status).toBe(201);
    const taken = await admin.post('/api/deputies', { name: '李娜', delegationId: del.body.delegation.id, seatNo: 'a-01' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain('A-01');
    const d2 = await admin.post('/api/deputies', { name: '李娜', delegationId: del.body.delegation.id, seatNo: 'A-02', gender: 'female' });
    expect(d2.status).toBe(201);

    const byName = await admin.get('/api/deputies?q=' + encodeURIComponent('李'));
    expect(byName.body.deputies.map((d: any) => d.name)).toEqual(['李娜']);
    const bySeat = await admin.get('/api/deputies?q=A-01');
    expect(bySeat.body.deputies.map((d: any) => d.name)).toEqual(['张伟']);

    const edited = await admin.patch(`/api/deputies/${d2.body.deputy.id}`, { phone: '13800000000' });
    expect(edited.status).toBe(200);
    expect(edited.body.deputy.phone).toBe('13800000000');

    const off = await admin.post(`/api/deputies/${d1.body.deputy.id}/deactivate`, { reason: '调离本县' });
    expect(off.body.deputy.status).toBe('terminated');
    const stillThere = await admin.get(`/api/deputies/${d1.body.deputy.id}`);
    expect(stillThere.status).toBe(200);
    expect((await admin.get('/api/deputies?status=active')).body.total).toBe(1);
    // The seat is free again once its holder is deactivated.
    const reuse = await admin.post('/api/deputies', { name: '王强', delegationId: del.body.delegation.id, seatNo: 'A-01' });
    expect(reuse.status).toBe(201);

    const dept = await admin.post('/api/departments', { name: '县教育局', contactName: '赵老师', contactPhone: '0571-1234567' });
    expect(dept.status).toBe(201);
    const deact = await admin.patch(`/api/departments/${dept.body.department.id}`, { active: false });
    expect(deact.body.department.active).toBe(false);
    const list = await admin.get('/api/departments');
    expect(list.body.departments).toHaveLength(1);
  });

  it('creates bound accounts; a department account needs an active department', async () => {
    const dept = await admin.post('/api/departments', { name: '县卫健局' });
    const bad = await admin.post('/api/accounts', { username: 'weijian', displayName: '卫健局', role: 'department', password: 'long-enough-1' });
    expect(bad.status).toBe(422);
    const ok = await admin.post('/api/accounts', {
      username: 'weijian',
      displayName: '卫健局',
      role: 'department',
      password: 'long-enough-1',
      departmentId: dept.body.department.id,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.account).not.toHaveProperty('passwordHash');
    const dup = await admin.post('/api/accounts', { username: 'WeiJian', displayName: 'x', role: 'scrutineer', password: 'long-enough-1' });
    expect(dup.status).toBe(409);
    const user = await server.client().login('weijian', 'long-enough-1');
    expect((await user.get('/api/auth/me')).body.account.departmentId).toBe(dept.body.department.id);
    // Deactivating the account ends its sessions at once.
    await admin.patch(`/api/accounts/${ok.body.account.id}`, { active: false });
    expect((await user.get('/api/auth/me')).body.account).toBeNull();
  });

  it('logout and password change end sessions', async () => {
    await admin.post('/api/accounts', { username: 'jianpiao', displayName: '监票人', role: 'scrutineer', password: 'long-enough-1' });
    const a = await server.client().login('jianpiao', 'long-enough-1');
    const b = await server.client().login('jianpiao', 'long-enough-1');
    const wrong = await a.post('/api/auth/password', { current: 'nope', next: 'another-long-2' });
    expect(wrong.status).toBe(422);
    const changed = await a.post('/api/auth/password', { current: 'long-enough-1', next: 'another-long-2' });
    expect(changed.status).toBe(200);
    expect((await b.get('/api/auth/me')).body.account).toBeNull();
    expect((await a.get('/api/auth/me')).body.account.username).toBe('jianpiao');
    await a.post('/api/auth/logout');
    expect((await a.get('/api/auth/me')).body.account).toBeNull();
    expect((await server.client().post('/api/auth/login', { username: 'jianpiao', password: 'long-enough-1' })).status).toBe(401);
  });

  it('ends a session after the idle timeout', async () => {
    const c = await server.client().login('jianpiao', 'another-long-2');
    server.clock.advance((server.deps.env.SESSION_IDLE_MINUTES + 1) * 60_000);
    const me = await c.get('/api/accounts');
    expect(me.status).toBe(401);
    // Every session idled out, the secretariat's too: log it in again for the tests below.
    admin = await server.client().login(adminUsername, ADMIN.password);
  });

  it('rate limits login failures per account with 429 and Retry-After', async () => {
    const c = server.client();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await c.post('/api/auth/login', { username: 'weijian-x', password: 'wrong' })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
    const r = await c.post('/api/auth/login', { username: 'weijian-x', password: 'wrong' });
    expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(r.body.error.code).toBe('rate_limited');
  });

  it('refuses a cookie-carrying state change from another origin', async () => {
    const c = admin;
    const r = await c.post('/api/delegations', { name: '外来' }, { origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    const none = await c.request('POST', '/api/delegations', { name: '外来' }, { origin: '' });
    expect(none.status).toBe(403);
  });

  it('answers errors as JSON with the right status', async () => {
    const c = admin;
    const unknown = await c.get('/api/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const malformed = await c.request('POST', '/api/delegations', '{"name": ', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_request');
    const huge = await c.post('/api/delegations', { name: 'x'.repeat(400_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    const notJson = await c.request('POST', '/api/delegations', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(notJson.status).toBe(400);
    const badId = await c.get('/api/deputies/not-a-uuid');
    expect(badId.status).toBe(400);
    const missing = await c.get('/api/deputies/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    const someone = (await c.get('/api/deputies?pageSize=1')).body.deputies[0];
    const empty = await c.patch(`/api/deputies/${someone.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('没有要修改的内容');
    const nul = await c.post('/api/delegations', { name: 'a\u0000b' });
    expect(nul.status).toBe(400);
    const en = server.client();
    en.lang = 'en';
    expect((await en.get('/api/accounts')).body.error.message).toBe('Please log in');
  });

  it('sets security headers', async () => {
    const r = await server.client().get('/api/health');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('records every change in the congress ledger, with a valid chain', async () => {
    const c = admin;
    const list = await c.get('/api/ledgers');
    expect(list.status).toBe(200);
    const congressLedger = list.body.ledgers.find((l: any) => l.kind === 'congress');
    const exp = await c.get(`/api/ledgers/${congressLedger.id}`);
    expect(exp.status).toBe(200);
    const kinds = exp.body.entries.map((e: any) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['congress.created', 'account.created']);
    for (const k of [
      'delegation.created',
      'deputy.added',
      'deputy.updated',
      'deputy.deactivated',
      'department.created',
      'department.deactivated',
      'account.updated',
      'account.password_changed',
    ]) {
      expect(kinds).toContain(k);
    }
    const check = verifyChain(exp.body.entries);
    expect(check.ok).toBe(true);
    expect(exp.body.head).toEqual({ seq: exp.body.entries.length, hash: exp.body.entries.at(-1).hash });
    // Private contact data never lands in the ledger.
    expect(JSON.stringify(exp.body.entries)).not.toContain('13800000000');
    // Nobody without a session reads a private ledger; it looks missing.
    expect((await server.client().get(`/api/ledgers/${congressLedger.id}`)).status).toBe(404);
  });
});
