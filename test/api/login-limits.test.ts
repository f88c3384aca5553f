// Login and password change under attack: concurrent bursts, lockouts of the rightful user, a
// hall's shared address. Real server, real database, both drivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, DRIVERS, setUpCongress, startTestServer, type Client, type TestServer } from '../support/harness';

const MAX = 5;

describe.each(DRIVERS)('login and password limits [%s]', (driver) => {
  let server: TestServer;
  let admin: Client;
  /** A browser that logged in as the secretariat before the attack. */
  let knownBrowser: Client;

  beforeAll(async () => {
    server = await startTestServer(driver);
    admin = (await setUpCongress(server)).client;
    knownBrowser = await server.client().login(ADMIN.username, ADMIN.password);
    expect(knownBrowser.device).toMatch(/^device=[a-z2-9]{24}$/);
    // A fresh window for each attack below.
    server.clock.advance(16 * 60_000);
  });
  afterAll(async () => server?.stop());

  const nextWindow = () => server.clock.advance(16 * 60_000);

  it('a burst of 60 concurrent guesses, the right password last, checks at most 5 passwords and gets no session', async () => {
    const bodies = Array.from({ length: 60 }, (_, i) => ({ username: ADMIN.username, password: i === 59 ? ADMIN.password : `wrong-guess-${i}` }));
    const replies = await Promise.all(bodies.map((b) => server.client().post('/api/auth/login', b)));
    const statuses = replies.map((r) => r.status);
    const checked = statuses.filter((s) => s === 401 || s === 200).length;
    expect(checked).toBeLessThanOrEqual(MAX);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(60 - MAX);
    expect(statuses.every((s) => s === 401 || s === 429 || s === 200)).toBe(true);
    // The right password came last: it must not have been among the checked ones here.
    expect(statuses[59]).toBe(429);
    expect(replies[59]!.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('the rightful user keeps logging in from a browser that logged in before; a new browser is locked out', async () => {
    expect((await server.client().post('/api/auth/login', { username: ADMIN.username, password: ADMIN.password })).status).toBe(429);
    const r = await knownBrowser.post('/api/auth/login', { username: ADMIN.username, password: ADMIN.password });
    expect(r.status).toBe(200);
    // A made-up device cookie is no better than none.
    const forged = server.client();
    forged.device = 'device=abcdefghijkmnpqrstuvwxyz';
    expect((await forged.post('/api/auth/login', { username: ADMIN.username, password: ADMIN.password })).status).toBe(429);
  });

  it('shows the secretariat recent lockouts; other roles may not read them', async () => {
    const r = await admin.get('/api/auth/lockouts');
    expect(r.status).toBe(200);
    const lock = r.body.lockouts.find((l: { username: string; kind: string }) => l.username === ADMIN.username && l.kind === 'login');
    expect(lock).toBeTruthy();
    expect(lock.attempts).toBeGreaterThanOrEqual(MAX);
    expect(new Date(lock.until).getTime() - new Date(lock.since).getTime()).toBe(15 * 60_000);
    expect((await server.client().get('/api/auth/lockouts')).status).toBe(401);
  });

  it('a known browser has its own allowance: its own failures lock only itself', async () => {
    nextWindow();
    const statuses: number[] = [];
    for (let i = 0; i < MAX + 1; i++)
      statuses.push((await knownBrowser.post('/api/auth/login', { username: ADMIN.username, password: 'wrong-password' })).status);
    expect(statuses).toEqual([...Array(MAX).fill(401), 429]);
    // A new browser still has the account's allowance.
    const fresh = await server.client().post('/api/auth/login', { username: ADMIN.username, password: ADMIN.password });
    expect(fresh.status).toBe(200);
  });

  it('an address with many failures is slowed to one attempt per 10 s, not locked (a hall behind one NAT)', async () => {
    nextWindow();
    // 40 failures on 40 different accounts from this one address.
    for (let i = 0; i < 40; i++) await server.client().post('/api/auth/login', { username: `ghost-${i}`, password: 'wrong-password' });
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => server.client().post('/api/auth/login', { username: `other-${i}`, password: 'wrong-password' })),
    );
    const through = burst.filter((r) => r.status !== 429);
    expect(through.length).toBeLessThanOrEqual(1);
    const refused = burst.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(10);
    // Ten seconds later the rightful user at that address gets in.
    server.clock.advance(10_000);
    expect((await server.client().post('/api/auth/login', { username: ADMIN.username, password: ADMIN.password })).status).toBe(200);
    // A known browser at that address is not slowed at all.
    expect((await knownBrowser.post('/api/auth/login', { username: ADMIN.username, password: ADMIN.password })).status).toBe(200);
  });

  it('successful logins do not use up an allowance', async () => {
    nextWindow();
    for (let i = 0; i < MAX + 3; i++) await server.client().login(ADMIN.username, ADMIN.password);
  });

  it('password change: the current password is checked at most 5 times per window, even in a concurrent burst', async () => {
    nextWindow();
    const user = await server.client().login(ADMIN.username, ADMIN.password);
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => user.post('/api/auth/password', { current: `wrong-current-${i}`, next: 'new-password-123' })),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 422).length).toBeLessThanOrEqual(MAX);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20 - MAX);
    // Even the right current password is refused until the window ends.
    expect((await user.post('/api/auth/password', { current: ADMIN.password, next: 'new-password-123' })).status).toBe(429);
    const lockouts = (await user.get('/api/auth/lockouts')).body.lockouts as Array<{ kind: string }>;
    expect(lockouts.some((l) => l.kind === 'password')).toBe(true);
    nextWindow();
    // The sessions were not ended by the refusals.
    expect((await user.post('/api/auth/password', { current: ADMIN.password, next: 'new-password-123' })).status).toBe(200);
  });
});
