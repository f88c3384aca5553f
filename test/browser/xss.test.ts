// XSS and injection payloads in every text field a user can fill, then every page that shows them,
// in a real Chromium: the payloads must appear as the literal text typed, no script may run (no
// dialog opens), and no element may carry an injected event handler. The pages' CSP would block
// inline scripts anyway; the browser context bypasses it so that this checks the escaping itself.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';
import { imgPayload as img, visitShowsText } from '../support/xss';

const P = {
  congress: `某县人大${img(1)}`,
  delegation: `团${img(2)}`,
  department: `局${img(3)}`,
  deputyA: '"><svg onload=alert(4)>',
  deputyB: '<script>alert(5)</script>',
  account: `监票${img(6)}`,
  sitting: `会议${img(7)}`,
  cycle: `2027年${img(8)}`,
  proposalTitle: `项目${img(9)}`,
  background: '<script>alert(10)</script>背景',
  content: '"><svg onload=alert(11)>内容',
  location: "'-alert(12)-'${7*7}{{7*7}}",
  suggestionTitle: `建议${img(13)}`,
  suggestionContent: '<script>alert(14)</script>建议内容',
  suggester: `民${img(15)}`,
  ballot: `票决${img(16)}`,
  tablet: `平板${img(17)}`,
  reason: `理由${img(18)}`,
};
const PW = 'correct-horse-1';

describe.skipIf(!hasChromium)('XSS payloads stay text (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  const dialogs: string[] = [];
  const ids = {} as Record<'congress' | 'cycle' | 'ballot' | 'proposal' | 'rejected' | 'suggestion' | 'ledger' | 'sitting', string>;
  let trackingCode = '';
  let cardToken = '';
  let staffCookie = '';

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    const must = async (p: Promise<{ status: number; text: string; body: any }>, ...ok: number[]) => {
      const r = await p;
      if (!(ok.length ? ok : [200, 201]).includes(r.status)) throw new Error(`${r.status} ${r.text.slice(0, 300)}`);
      return r.body;
    };
    const admin = server.client();
    ids.congress = (
      await must(
        admin.post('/api/setup', {
          congress: { name: P.congress, jurisdiction: '某县', level: 'county' },
          admin: { username: 'mishu', displayName: '秘书处', password: PW },
        }),
        201,
      )
    ).congress.id;
    const del = (await must(admin.post('/api/delegations', { name: P.delegation }), 201)).delegation.id;
    const dept = (await must(admin.post('/api/departments', { name: P.department }), 201)).department.id;
    const deputies: string[] = [];
    for (const [i, name] of [P.deputyA, P.deputyB, '王五', '赵六'].entries()) {
      deputies.push((await must(admin.post('/api/deputies', { name, delegationId: del, seatNo: String(i + 1) }), 201)).deputy.id);
    }
    await must(admin.post('/api/accounts', { username: 'jianpiao', displayName: P.account, role: 'scrutineer', password: PW }), 201);
    await must(admin.post('/api/accounts', { username: 'bumen', displayName: '部门', role: 'department', password: PW, departmentId: dept }), 201);
    ids.sitting = (await must(admin.post('/api/sittings', { title: P.sitting, date: '2027-01-15' }), 201)).sitting.id;
    await must(admin.post(`/api/sittings/${ids.sitting}/attendance`, { deputyIds: deputies, present: true }));
    ids.cycle = (
      await must(
        admin.post('/api/cycles', {
          title: P.cycle,
          year: 2027,
          opensOn: '2000-01-01',
          closesOn: '2099-12-31',
          seats: 2,
          minMargin: 1,
          allowEqual: false,
        }),
        201,
      )
    ).cycle.id;
    const dep = await server.client().login('bumen', PW);
    const proposals: string[] = [];
    for (let i = 1; i <= 4; i++) {
      proposals.push(
        (
          await must(
            dep.post(`/api/cycles/${ids.cycle}/proposals`, {
              title: i === 1 ? P.proposalTitle : `项目${i}`,
              category: '其他',
              background: P.background,
              content: P.content,
              location: P.location,
              estimateYuan: 1_000_000 * i,
              funding: [{ source: 'local_fiscal', amountYuan: 1_000_000 * i }],
              deadline: '2027-12-31',
              targets: [{ indicator: '完成', value: '1', unit: '项' }],
              contactName: '联系人',
              contactPhone: '0000-0000000',
              submit: true,
            }),
            201,
          )
        ).proposal.id,
      );
    }
    [ids.proposal] = proposals;
    ids.rejected = proposals[3]!;
    const sug = await must(
      server.client().post(`/api/public/cycles/${ids.cycle}/suggestions`, {
        title: P.suggestionTitle,
        content: P.suggestionContent,
        name: P.suggester,
        location: P.location,
      }),
      201,
    );
    trackingCode = sug.trackingCode ?? sug.suggestion?.trackingCode ?? sug.code;
    ids.suggestion = sug.suggestion?.id ?? sug.id ?? '';
    await must(admin.patch(`/api/cycles/${ids.cycle}`, { closesOn: '2000-01-31' }));
    await must(admin.post(`/api/cycles/${ids.cycle}/phase`, { to: 'screening' }));
    for (const id of proposals.slice(0, 3)) await must(admin.post(`/api/proposals/${id}/screening`, { outcome: 'shortlist' }));
    await must(admin.post(`/api/proposals/${ids.rejected}/screening`, { outcome: 'reject', reason: P.reason }));
    const list = (await must(admin.get(`/api/cycles/${ids.cycle}/suggestions`))).suggestions as Array<{ id: string }> | undefined;
    if (!ids.suggestion && list?.[0]) ids.suggestion = list[0].id;
    if (ids.suggestion) await must(admin.post(`/api/suggestions/${ids.suggestion}/screening`, { outcome: 'reject', reason: P.reason }));
    await must(admin.post(`/api/cycles/${ids.cycle}/candidate-list/fix`));
    await must(admin.post(`/api/cycles/${ids.cycle}/phase`, { to: 'balloting' }));
    const ballot = (await must(admin.post('/api/ballots', { cycleId: ids.cycle, sittingId: ids.sitting, title: P.ballot, rules: {} }), 201)).ballot;
    ids.ballot = ballot.id;
    const cards = (await must(admin.post(`/api/ballots/${ballot.id}/cards/print`), 201)).cards as Array<{ url: string }>;
    cardToken = cards[0]!.url.split('#')[1]!;
    await must(admin.post(`/api/ballots/${ballot.id}/open`));
    await must(admin.post('/api/tablets/pairing-codes', { name: P.tablet }), 201);
    ids.ledger = ((await must(admin.get('/api/ledgers'))).ledgers as Array<{ id: string; kind: string }>).find((l) => l.kind === 'congress')!.id;
    staffCookie = admin.cookie!.split('=')[1]!;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function context(staff: boolean): Promise<BrowserContext> {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    if (staff) await ctx.addCookies([{ name: 'session', value: staffCookie, url: server.url }]);
    return ctx;
  }

  const visit = (ctx: BrowserContext, path: string, expected: string[]) => visitShowsText(ctx, server.url, path, expected, dialogs);

  it('would notice an injection (the detector itself works, CSP bypassed)', async () => {
    expect(trackingCode).toMatch(/\w/);
    expect(ids.suggestion).toMatch(/\w/);
    const ctx = await context(false);
    const page = await ctx.newPage();
    const caught: string[] = [];
    page.on('dialog', (d) => {
      caught.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/public/c/${ids.congress}`);
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), P.delegation);
    await expect.poll(() => caught).toEqual(['2']);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(1);
    await ctx.close();
  });

  it('in the console (secretariat)', async () => {
    const ctx = await context(true);
    await visit(ctx, '/console/deputies', [P.deputyA, P.deputyB, P.delegation]);
    await visit(ctx, '/console/delegations', [P.delegation]);
    await visit(ctx, '/console/departments', [P.department]);
    await visit(ctx, '/console/accounts', [P.account]);
    await visit(ctx, '/console/ledgers', [P.congress]);
    await visit(ctx, `/console/ledgers/${ids.ledger}`, []);
    await visit(ctx, '/console/cycles', [P.cycle]);
    await visit(ctx, `/console/cycles/${ids.cycle}`, [P.cycle]);
    await visit(ctx, `/console/cycles/${ids.cycle}/screening`, [P.proposalTitle]);
    await visit(ctx, `/console/cycles/${ids.cycle}/candidate-list`, [P.proposalTitle]);
    await visit(ctx, `/console/cycles/${ids.cycle}/suggestions`, [P.suggestionTitle]);
    if (ids.suggestion) await visit(ctx, `/console/suggestions/${ids.suggestion}`, [P.suggestionTitle, P.suggester]);
    await visit(ctx, `/console/proposals/${ids.proposal}`, [P.proposalTitle, P.background, P.content]);
    await visit(ctx, `/console/proposals/${ids.rejected}`, [P.reason]);
    await visit(ctx, '/console/session', [P.deputyA, P.deputyB]);
    await visit(ctx, '/console/session/ballots', [P.ballot]);
    await visit(ctx, `/console/session/ballots/${ids.ballot}`, [P.ballot]);
    await visit(ctx, '/console/session/tablets', [P.tablet]);
    await ctx.close();
    expect(dialogs).toEqual([]);
  });

  it('on the public pages, the hall screen and the phone ballot (no account)', async () => {
    const ctx = await context(false);
    await visit(ctx, `/public/c/${ids.congress}`, [P.congress, P.cycle]);
    await visit(ctx, `/public/cycles/${ids.cycle}`, [P.proposalTitle]);
    if (trackingCode) await visit(ctx, `/public/track/${trackingCode}`, [P.suggestionTitle]);
    await visit(ctx, `/screen/${ids.ballot}`, [P.ballot]);
    await visit(ctx, `/v#${cardToken}`, [P.proposalTitle]);
    await ctx.close();
    expect(dialogs).toEqual([]);
  });
});
