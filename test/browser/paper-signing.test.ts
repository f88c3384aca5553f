// Paper totals (纸质票) signed in the scrutineers' browsers: one scrutineer enters the counted
// totals and signs their digest with the key their browser holds, a second checks the figures and
// signs too; only then do they count, and the ledger's ballot.paper entry carries both signatures,
// which anyone holding the congress's key register can check.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signerRegistry } from '../../server/core/domain/signatures';
import { ledgerCertifications } from '../../server/phase2-balloting/domain/certification';
import { buildHall, createBallot, openWithCards, type Hall } from '../support/ballot-fixtures';
import { expectNoSeriousA11yViolations, hasChromium, launchBrowser, logInThroughPage, screenshot } from '../support/browser';
import { makeKeyInBrowser } from '../support/browser-signing';
import { startTestServer, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';

describe.skipIf(!hasChromium)('paper totals signed by two scrutineers, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let hall: Hall;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function scrutineerPage(username: string) {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(`${p.url()}: ${err.message}`));
    await logInThroughPage(p, server.url, username, 'long-enough-1');
    return p;
  }

  /** The secretariat registers the key with this fingerprint (the console flow is tested in hall.test.ts). */
  async function register(fingerprint: string, role: 'chief' | 'member') {
    const keys = (await hall.admin.get('/api/signers')).body.keys as Array<{ keyId: string; fingerprint: string }>;
    const key = keys.find((k) => k.fingerprint === fingerprint)!;
    expect((await hall.admin.post(`/api/signers/${key.keyId}/register`, { role })).status).toBe(200);
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    browser = await launchBrowser();
    hall = await buildHall(server, { deputies: 5, candidates: 3, seats: 2 });
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  it('entered and signed in one browser, checked and signed in another; the entry carries both signatures', async () => {
    const ballot = await createBallot(hall, { secrecy: 'recorded' });
    await openWithCards(hall, ballot.id);
    const [first, second] = [await scrutineerPage('jianpiao1'), await scrutineerPage('jianpiao2')];
    const k1 = await makeKeyInBrowser(first, server.url);
    const k2 = await makeKeyInBrowser(second, server.url);
    await register(k1.fingerprint, 'chief');
    await register(k2.fingerprint, 'member');

    // 监票人1 enters one paper ballot: 赞成 the first project, 弃权 the others.
    await first.goto(`${server.url}/console/session/ballots/${ballot.id}`);
    await first.getByRole('button', { name: '录入纸质选票统计' }).click();
    const dialog = first.getByRole('dialog');
    await dialog.getByText('提交时以您本浏览器中的签名密钥签署这份统计的摘要').waitFor();
    await dialog.getByLabel('有效', { exact: true }).fill('1');
    const fieldsets = dialog.locator('fieldset');
    for (let i = 0; i < 3; i++)
      await fieldsets
        .nth(i)
        .getByLabel(i === 0 ? '赞成' : '弃权', { exact: true })
        .fill('1');
    await expectNoSeriousA11yViolations(first, 'paper totals dialog');
    await screenshot(first, 'paper-enter.png');
    await dialog.getByRole('button', { name: '签名并提交，待另一位监票人确认' }).click();
    await dialog.waitFor({ state: 'detached' });
    await first.getByText('须由另一位监票人确认。').waitFor();

    // 监票人2 sees the figures, is asked with them and the digest, and signs.
    await second.goto(`${server.url}/console/session/ballots/${ballot.id}`);
    await second.getByText('有效 1 张，无效 0 张').waitFor();
    await second.getByRole('button', { name: '核对并签名确认' }).click();
    const ask = second.getByRole('dialog');
    const listed = (await hall.admin.get(`/api/ballots/${ballot.id}/paper`)).body.paper[0];
    await ask.getByText(`签署统计摘要 ${listed.digest}`, { exact: false }).waitFor();
    await screenshot(second, 'paper-confirm.png');
    await ask.getByRole('button', { name: '签名确认' }).click();
    await ask.waitFor({ state: 'detached' });
    await second.locator('.ses-paper').getByText('已确认').waitFor();

    const ledger = (await hall.admin.get(`/api/ledgers/${ballot.ledgerId}`)).body;
    const paper = ledger.entries.find((e: { kind: string }) => e.kind === 'ballot.paper');
    expect(paper.data).toMatchObject({ enteredBy: '监票人1', confirmedBy: '监票人2', valid: 1, invalid: 0, digest: listed.digest });
    const congress = (await hall.admin.get('/api/ledgers')).body.ledgers.find((l: { kind: string }) => l.kind === 'congress');
    const keys = signerRegistry((await hall.admin.get(`/api/ledgers/${congress.id}`)).body.entries);
    const checked = ledgerCertifications(ledger.entries, keys);
    expect(checked.problems).toEqual([]);
    expect(checked.papers[0]!.signers.map((k) => k.name)).toEqual(['监票人1', '监票人2']);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
