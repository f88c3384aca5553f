// The session hall in a real browser against a real server and database: pairing tablets from the
// console, attendance and the quorum, printing cards, three tablets and a phone voting at once
// (typed code, a scanner typing like a keyboard, the phone URL) while the hall screen follows,
// the over-limit toggle refused, a cast with the network cut retried and landing exactly once, a
// used card refused, then close, tally, results on the screen, certification and the public
// receipt check. axe-core on every page; screenshots to test/artifacts/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHall, type Hall } from '../support/ballot-fixtures';
import { makeKeyInBrowser, registerInConsole, signInBrowser } from '../support/browser-signing';
import { CHROMIUM_PATH, hasChromium, launchBrowser, screenshot, expectNoSeriousA11yViolations, logInThroughPage } from '../support/browser';
import { writeQrY4m } from '../support/fake-camera';
import { ADMIN, startTestServer, type TestServer } from '../support/harness';
import { makeSigner, signResult } from '../support/signing';
import { ensureWebBuild } from '../support/web-build';

const SCRUTINEER = { username: 'jianpiao1', password: 'long-enough-1' };

interface Card {
  name: string;
  code: string;
}

describe.skipIf(!hasChromium)('the session hall in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let hall: Hall;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let consolePage: Page;
  let screenPage: Page;
  const tablets: Page[] = [];
  let ballotId = '';
  let cards: Card[] = [];
  const receipts: Record<string, string> = {};
  /** The receipt code as tablet A showed it. */
  let shownCode = '';

  const url = (path: string) => server.url + path;
  const tokenOf = (code: string) => code.replace(/-/g, '');

  async function newPage(opts: { width: number; height: number; mobile?: boolean }) {
    // bypassCSP: axe-core is injected as an inline script, which the app's CSP rightly forbids.
    const ctx = await browser.newContext({
      bypassCSP: true,
      locale: 'zh-CN',
      viewport: { width: opts.width, height: opts.height },
      deviceScaleFactor: 1,
      isMobile: opts.mobile ?? false,
      hasTouch: opts.mobile ?? false,
    });
    contexts.push(ctx);
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(`${p.url()}: ${err.message}`));
    return p;
  }

  const login = (p: Page, who: { username: string; password: string }) => logInThroughPage(p, server.url, who.username, who.password);

  const candidate = (p: Page, n: number) => p.getByRole('group', { name: new RegExp(`候选项目${n}$`) });
  const choose = async (p: Page, n: number, choice: '赞成' | '反对' | '弃权') => {
    const radio = candidate(p, n).getByRole('radio', { name: `候选项目${n} — ${choice}`, exact: true });
    await radio.click();
    expect(await radio.isChecked()).toBe(true);
  };
  const castCountOnScreen = async () => Number(await screenPage.getByTestId('cast-count').textContent());

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    // 6 deputies on the roster, 3 signed in (no quorum yet); 4 candidates for 2 seats.
    hall = await buildHall(server, { deputies: 6, present: 3, candidates: 4, seats: 2 });
    browser = await launchBrowser();
    consolePage = await newPage({ width: 1280, height: 900 });
    await login(consolePage, ADMIN);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('pairs a tablet with a code from the console; an unpaired tablet shows only the pairing screen', async () => {
    const p = consolePage;
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '会场平板' }).click();
    await p.waitForURL('**/console/session/tablets');
    await p.getByRole('button', { name: '添加平板' }).click();
    await p.getByRole('dialog').getByLabel('名称（座位或排号）').fill('A区1排');
    await p.getByRole('dialog').getByRole('button', { name: '获取配对码' }).click();
    const code = (await p.getByTestId('pairing-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await p.getByRole('dialog').getByRole('button', { name: '关闭', exact: true }).last().click();

    const tablet = await newPage({ width: 1280, height: 800 });
    tablets.push(tablet);
    await tablet.goto(url('/tablet'));
    await tablet.getByRole('heading', { name: '配对此平板' }).waitFor();
    // Nothing else is reachable: no card entry before pairing.
    expect(await tablet.getByLabel('或输入表决卡号码').count()).toBe(0);
    await expectNoSeriousA11yViolations(tablet, 'tablet pairing screen');
    await tablet.getByLabel('配对码').fill('0000-0000');
    await tablet.getByRole('button', { name: '配对', exact: true }).click();
    await tablet.getByText('配对码无效或已过期').waitFor();
    await tablet.getByLabel('配对码').fill(code.toLowerCase());
    await tablet.getByRole('button', { name: '配对', exact: true }).click();
    await tablet.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();
    await tablet.getByText('A区1排').waitFor();
    expect(await tablet.evaluate(() => Object.keys(localStorage))).toContain('minsheng.tablet.device');

    // The console sees it paired and online.
    const row = p.locator('main table tbody tr').filter({ hasText: 'A区1排' });
    await row.filter({ hasText: '已配对' }).filter({ hasText: '在线' }).waitFor({ timeout: 10_000 });
    await expectNoSeriousA11yViolations(p, 'console tablets page');

    // Two more tablets, paired the same way (their codes fetched through the API).
    for (const name of ['A区2排', 'A区3排']) {
      const r = await hall.admin.post('/api/tablets/pairing-codes', { name });
      expect(r.status).toBe(201);
      const t = await newPage({ width: 1280, height: 800 });
      tablets.push(t);
      await t.goto(url('/tablet'));
      await t.getByLabel('配对码').fill(r.body.code);
      await t.getByRole('button', { name: '配对', exact: true }).click();
      await t.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();
    }
    await expectNoSeriousA11yViolations(tablets[0]!, 'tablet idle screen');
    await screenshot(tablets[0]!, 'tablet-idle.png', { fullPage: false });
  });

  it('creates a ballot, is refused opening without a quorum, signs deputies in, prints the cards and opens', async () => {
    const p = consolePage;
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '票决', exact: true }).click();
    await p.waitForURL('**/console/session/ballots');
    await p.getByRole('button', { name: '新建票决' }).click();
    const dialog = p.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('年度项目').locator('option:checked').textContent()).toBe('2027年民生实事项目');
    expect(await dialog.getByLabel('名称').inputValue()).toBe('2027年民生实事项目票决');
    await dialog.getByLabel('过半数基数').selectOption({ label: '出席代表' });
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    await p.waitForURL('**/console/session/ballots/*');
    ballotId = p.url().split('/').pop()!;
    await p.getByRole('heading', { level: 1, name: '2027年民生实事项目票决' }).waitFor();

    // The check and the server both name the missing quorum.
    await p.getByRole('button', { name: '检查规则与人数' }).click();
    await p.getByText('出席人数不足：应到 6 人，实到 3 人').waitFor();
    await p.getByRole('button', { name: '开启投票' }).click();
    // It asks first, with the rules it will freeze and the turnout.
    await p.getByRole('dialog').getByRole('button', { name: '开启投票' }).click();
    await p.getByRole('alert').filter({ hasText: '出席人数不足：应到 6 人，实到 3 人' }).waitFor();
    // The refusal is said in the dialog, which stays open until the clerk closes it.
    await p.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await p.getByRole('dialog').waitFor({ state: 'detached' });

    // Sign two more in: one found by name, one by seat.
    await p.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '会场签到' }).click();
    await p.waitForURL('**/console/session?**');
    await expect.poll(() => p.getByTestId('present-count').textContent()).toBe('3');
    await p.getByText('尚差 2 人').waitFor();
    const search = p.getByRole('searchbox', { name: '查找代表' });
    await search.fill('代表4');
    await expect.poll(() => p.locator('main table tbody tr').count()).toBe(1);
    await p.getByRole('button', { name: '签到：代表4' }).click();
    await p.getByRole('button', { name: '撤销签到：代表4' }).waitFor();
    await search.fill('5');
    await p.getByRole('button', { name: '签到：代表5' }).click();
    await p.getByRole('button', { name: '撤销签到：代表5' }).waitFor();
    await expect.poll(() => p.getByTestId('present-count').textContent()).toBe('5');
    await p.locator('.ses-quorum').getByText('已达到').waitFor();
    await search.fill('');
    await expect.poll(() => p.locator('main table tbody tr').count()).toBe(6);
    await expectNoSeriousA11yViolations(p, 'console attendance page');
    await screenshot(p, 'console-attendance.png');

    // Print: the cards come back once and live only in the print page's memory.
    await p.goto(url(`/console/session/ballots/${ballotId}`));
    await p.getByRole('button', { name: '印制表决卡' }).click();
    await p.waitForURL('**/print/cards');
    await p.locator('.prt-card').first().waitFor();
    const names = await p.locator('.prt-name').allTextContents();
    const codes = await p.locator('.prt-code').allTextContents();
    expect(names).toEqual(['代表1', '代表2', '代表3', '代表4', '代表5']);
    for (const c of codes) expect(c).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    cards = names.map((name, i) => ({ name, code: codes[i]! }));
    expect(await p.locator('.prt-sheet').count()).toBe(1);
    expect(await p.locator('svg.prt-qr path[stroke]').first().getAttribute('d')).toMatch(/^M\d/);
    const stored = await p.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
    for (const c of codes) expect(stored).not.toContain(tokenOf(c));
    await expectNoSeriousA11yViolations(p, 'print page');
    await screenshot(p, 'print-cards.png');
    // In print only the A4 sheets come out (210 × 297 mm): no toolbar, no warning.
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('.prt-bar').isVisible()).toBe(false);
    expect(await p.locator('.prt-warning').isVisible()).toBe(false);
    const sheet = await p.locator('.prt-sheet').first().boundingBox();
    expect(Math.round((sheet!.width / 96) * 25.4)).toBe(210);
    expect(Math.round((sheet!.height / 96) * 25.4)).toBe(297);
    await p.emulateMedia({ media: 'screen' });
    // A reload loses the codes on purpose, and says so.
    await p.reload();
    await p.getByText('没有可打印的表决卡').waitFor();
    expect(await p.locator('.prt-card').count()).toBe(0);

    await p.goto(url(`/console/session/ballots/${ballotId}`));
    await p.getByRole('button', { name: '检查规则与人数' }).click();
    await p.getByText('✓ 可以开启投票。').waitFor();
    await p.getByRole('button', { name: '开启投票' }).click();
    // It asks first, with the rules it will freeze and the turnout.
    await p.getByRole('dialog').getByRole('button', { name: '开启投票' }).click();
    await p.locator('.ses-step-now').getByText('投票中').waitFor();
    await p.getByRole('button', { name: '截止投票' }).waitFor();
  });

  it('three tablets and a phone vote at once while the hall screen counts to 4 without a reload', async () => {
    screenPage = await newPage({ width: 1920, height: 1080 });
    await screenPage.goto(url(`/screen/${ballotId}`));
    await screenPage.getByRole('heading', { level: 1, name: '2027年民生实事项目票决' }).waitFor();
    await expect.poll(castCountOnScreen).toBe(0);
    await screenPage.getByText('投票中').first().waitFor();
    expect(await screenPage.locator('.scr-stat').first().textContent()).toContain('6');
    await expectNoSeriousA11yViolations(screenPage, 'hall screen (open)');

    const [a, b, c] = tablets as [Page, Page, Page];
    const phone = await newPage({ width: 390, height: 844, mobile: true });
    const [cardA, cardB, cardC, cardD] = cards as [Card, Card, Card, Card];

    // Tablet A: typed by hand in lower case without dashes, O for 0 and I for 1; tries one 赞成 too many.
    const voteA = async () => {
      const typed = tokenOf(cardA.code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'i');
      await a.getByLabel('或输入表决卡号码').fill(typed);
      await a.getByRole('button', { name: '确定', exact: true }).click();
      await a.getByRole('heading', { level: 1, name: '2027年民生实事项目票决' }).waitFor();
      await a.getByText('已赞成 0 / 最多 2').waitFor();
      await expectNoSeriousA11yViolations(a, 'tablet ballot');
      // Tap for the full materials.
      await a.getByRole('button', { name: '查看项目材料：候选项目1' }).click();
      const materials = a.getByRole('dialog', { name: '候选项目1' });
      await materials.getByText('100 万元', { exact: true }).waitFor();
      await expectNoSeriousA11yViolations(a, 'tablet materials dialog');
      await screenshot(a, 'tablet-materials.png', { fullPage: false });
      await materials.getByRole('button', { name: '关闭' }).last().click();
      await materials.waitFor({ state: 'hidden' });
      await choose(a, 1, '赞成');
      await choose(a, 2, '赞成');
      await a.getByText('已赞成 2 / 最多 2').waitFor();
      const third = candidate(a, 3).getByRole('radio', { name: '候选项目3 — 赞成', exact: true });
      // Marked unavailable (aria-disabled), yet a finger can still tap it: it must explain itself.
      expect(await third.getAttribute('aria-disabled')).toBe('true');
      await third.click({ force: true });
      expect(await third.isChecked()).toBe(false);
      await candidate(a, 3).locator('..').getByRole('alert').filter({ hasText: '赞成已达上限（最多 2 项）' }).waitFor();
      await a.getByText('已赞成 2 / 最多 2').waitFor();
      await choose(a, 3, '反对');
      await choose(a, 4, '弃权');
      await a.evaluate(() => window.scrollTo(0, 0));
      await screenshot(a, 'tablet-ballot.png', { fullPage: false });
      await a.getByRole('button', { name: '下一步：核对选择' }).first().click();
      await a.getByRole('heading', { name: '请核对您的选择' }).waitFor();
      await a.getByText('赞成 2 项，反对 1 项，弃权 1 项。').waitFor();
      await a.getByRole('button', { name: '确认投票' }).click();
      await a.getByRole('heading', { name: '投票成功' }).waitFor();
      receipts.a = (await a.locator('.receipt-code').getAttribute('data-receipt'))!;
    };

    // Tablet B: a scanner typing the card's QR text (the /v# URL) and Enter on the idle screen.
    const voteB = async () => {
      await b.locator('body').click({ position: { x: 5, y: 400 } });
      await b.keyboard.type(`${server.url}/v#${tokenOf(cardB.code)}`, { delay: 5 });
      await b.keyboard.press('Enter');
      await b.getByRole('heading', { level: 1, name: '2027年民生实事项目票决' }).waitFor();
      await choose(b, 1, '赞成');
      await choose(b, 2, '赞成');
      await b.getByRole('button', { name: '下一步：核对选择' }).first().click();
      await b.getByText('其中 2 项未选择，按弃权计。').waitFor();
      await b.getByRole('button', { name: '确认投票' }).click();
      await b.getByRole('heading', { name: '投票成功' }).waitFor();
      receipts.b = (await b.locator('.receipt-code').getAttribute('data-receipt'))!;
    };

    // Tablet C: the network fails on submit: first the request never leaves, then the server
    // takes it but the answer is lost. The tablet keeps the ballot, says so and retries.
    let attempts = 0;
    await c.route('**/api/ballots/*/cast', async (route) => {
      attempts++;
      if (attempts === 1) return route.abort('internetdisconnected');
      if (attempts === 2) {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    const voteC = async () => {
      await c.getByLabel('或输入表决卡号码').fill(cardC.code);
      await c.getByLabel('或输入表决卡号码').press('Enter');
      await c.getByRole('heading', { level: 1, name: '2027年民生实事项目票决' }).waitFor();
      await choose(c, 1, '赞成');
      await choose(c, 2, '反对');
      await choose(c, 3, '赞成');
      await choose(c, 4, '弃权');
      await c.getByRole('button', { name: '下一步：核对选择' }).first().click();
      await c.getByRole('button', { name: '确认投票' }).click();
      await c.getByText('网络中断，选票尚未提交成功').waitFor();
      await c.getByText('选票没有丢失').waitFor();
      await screenshot(c, 'tablet-retry.png', { fullPage: false });
      // The filled ballot stays on screen while it retries.
      expect(await c.locator('.review-row').count()).toBe(4);
      await c.getByRole('heading', { name: '投票成功' }).waitFor({ timeout: 30_000 });
      receipts.c = (await c.locator('.receipt-code').getAttribute('data-receipt'))!;
    };

    // The phone: the card's QR opens /v#<token>; the token leaves the address bar at once.
    const voteD = async () => {
      await phone.goto(url(`/v#${tokenOf(cardD.code)}`));
      await phone.getByRole('heading', { level: 1, name: '2027年民生实事项目票决' }).waitFor();
      expect(new URL(phone.url()).hash).toBe('');
      await expectNoSeriousA11yViolations(phone, 'phone ballot');
      await choose(phone, 1, '赞成');
      await choose(phone, 2, '赞成');
      await choose(phone, 3, '反对');
      await choose(phone, 4, '反对');
      await phone.evaluate(() => window.scrollTo(0, 0));
      await screenshot(phone, 'phone-ballot.png', { fullPage: false });
      await phone.getByRole('button', { name: '下一步：核对选择' }).first().click();
      await phone.getByRole('button', { name: '确认投票' }).click();
      await phone.getByRole('heading', { name: '投票成功' }).waitFor();
      receipts.d = (await phone.locator('.receipt-code').getAttribute('data-receipt'))!;
      await expectNoSeriousA11yViolations(phone, 'phone receipt');
      // The phone keeps the receipt: copy the code, or save it as an image (a PNG with the code and QR).
      await phone.getByRole('button', { name: '复制回执码' }).waitFor();
      const save = phone.getByRole('link', { name: '保存为图片' });
      await save.waitFor();
      expect(await save.getAttribute('href')).toMatch(/^data:image\/png;base64,/);
      await screenshot(phone, 'phone-receipt.png');
    };

    await Promise.all([voteA(), voteB(), voteC(), voteD()]);
    expect(attempts).toBe(3);
    const done = Date.now();
    await expect.poll(castCountOnScreen, { timeout: 2000, interval: 50 }).toBe(4);
    expect(Date.now() - done).toBeLessThan(1500);
    await screenPage.getByText('已投票 4 / 5（80%）').waitFor();
    await screenshot(screenPage, 'screen-open.png', { fullPage: false });

    // Exactly once: four ballots received (a secret ballot's choices wait for the close), four receipts.
    const ballot = (await hall.admin.get(`/api/ballots/${ballotId}`)).body.ballot;
    const ledger = await hall.admin.get(`/api/ledgers/${ballot.ledgerId}`);
    expect(ledger.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.received')).toHaveLength(4);
    expect(ledger.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast')).toHaveLength(0);
    expect(new Set(Object.values(receipts)).size).toBe(4);

    // The receipt: a short code and a QR to the verification page.
    await a.getByText('投票成功').waitFor();
    expect(await a.locator('.receipt-code').textContent()).toBe(
      receipts
        .a!.slice(0, 12)
        .toUpperCase()
        .replace(/(.{4})(?=.)/g, '$1 '),
    );
    expect(await a.getByRole('img', { name: /回执二维码/ }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await expectNoSeriousA11yViolations(a, 'tablet receipt');
    await screenshot(a, 'tablet-receipt.png', { fullPage: false });

    // The console followed live too.
    await expect.poll(() => consolePage.getByTestId('console-cast').textContent()).toBe('4');
    await expectNoSeriousA11yViolations(consolePage, 'console ballot page (open)');
    await screenshot(consolePage, 'console-session.png');
  }, 120_000);

  it('goes back to the start when the deputy taps 完成, leaving nothing of the ballot', async () => {
    const a = tablets[0]!;
    shownCode = (await a.locator('.receipt-code').textContent())!;
    await a.getByRole('button', { name: '完成' }).click();
    await a.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor({ timeout: 20_000 });
    const text = await a.locator('body').innerText();
    expect(text).not.toContain('候选项目1');
    expect(text).not.toContain(receipts.a!.slice(0, 4).toUpperCase());
    expect(await a.locator('input[type=radio]').count()).toBe(0);
  }, 30_000);

  it('refuses a used card with a plain message', async () => {
    const b = tablets[1]!;
    // Tablet B goes back to the start by itself: its receipt stays a minute unless 完成 is tapped.
    await b.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor({ timeout: 75_000 });
    await b.getByLabel('或输入表决卡号码').fill(cards[0]!.code);
    await b.getByRole('button', { name: '确定', exact: true }).click();
    await b.getByRole('alert').filter({ hasText: '此表决卡已经投过票' }).waitFor();
    await b.getByRole('button', { name: '返回' }).click();
    await b.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();
    // A scanner typing the card's URL into the code field (someone tapped it first) works as well.
    await b.getByLabel('或输入表决卡号码').click();
    await b.keyboard.type(`${server.url}/v#${tokenOf(cards[3]!.code)}`, { delay: 2 });
    await b.keyboard.press('Enter');
    await b.getByRole('alert').filter({ hasText: '此表决卡已经投过票' }).waitFor();
    await b.getByRole('button', { name: '返回' }).click();
    await b.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();
    // No camera here: turning it on says so plainly, and the other two ways still work.
    await b.getByRole('button', { name: '用摄像头扫描二维码' }).click();
    await b.locator('.camera-problem[role=alert]').waitFor();
    expect(await b.locator('.camera-problem').textContent()).toMatch(/请使用扫码器或输入号码/);
    await b.getByRole('button', { name: '用摄像头扫描二维码' }).waitFor();
    // A mistyped code never reaches the server.
    await b.getByLabel('或输入表决卡号码').fill('1234-5678');
    await b.getByRole('button', { name: '确定', exact: true }).click();
    await b.getByText('号码应为 20 位字母和数字').waitFor();
  }, 120_000);

  it('closes and tallies: the screen shows the results; after certification the receipt is found in the ledger', async () => {
    const p = consolePage;
    // Before certification the receipt is recorded but not yet visible; the code typed exactly as
    // the tablet showed it ("723E 8F21 4454") is accepted.
    const verify = await newPage({ width: 1280, height: 900 });
    await verify.goto(url('/verify'));
    expect(shownCode).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
    await verify.getByLabel('回执码').fill(shownCode);
    await verify.getByRole('button', { name: '查询' }).click();
    await verify.getByRole('heading', { name: '该票已记入账本，结果确认后即可查看' }).waitFor();

    // Before the tally the secretariat raises the certification rule to three signatures, on the
    // signing keys page; the confirmation says what follows, and that too few keys are registered.
    const clerk = await newPage({ width: 1280, height: 900 });
    await login(clerk, ADMIN);
    await clerk.goto(url('/console/signing'));
    await clerk.getByTestId('certification-rule').getByText('确认规则：总监票人 1 人，共 2 名监票人签名').waitFor();
    await clerk.getByLabel('签名的监票人共（名）').fill('1');
    await clerk.getByRole('button', { name: '更改确认规则' }).click();
    await clerk.getByText('签名的监票人至少 2 人：结果不能由一人确认').waitFor();
    await clerk.getByLabel('签名的监票人共（名）').fill('3');
    await clerk.getByRole('button', { name: '更改确认规则' }).click();
    const ask = clerk.getByRole('dialog');
    await ask.getByText('今后计票的表决须有总监票人 1 人、共 3 名监票人签名', { exact: false }).waitFor();
    expect(await ask.innerText()).toContain('现为总监票人 1 人、共 2 名');
    expect(await ask.innerText()).toContain('登记的密钥不足');
    await ask.getByRole('button', { name: '更改确认规则' }).click();
    await ask.waitFor({ state: 'detached' });
    await clerk.getByTestId('certification-rule').getByText('确认规则：总监票人 1 人，共 3 名监票人签名').waitFor();
    await expectNoSeriousA11yViolations(clerk, 'signing keys with the certification rule (secretariat)');
    await screenshot(clerk, 'signing-certification-rule.png');

    // The console switches the screens; the screen follows at once.
    await p.getByRole('button', { name: '候选项目', exact: true }).click();
    await screenPage.locator('.scr-cand').first().waitFor();
    expect(await screenPage.locator('.scr-cand').count()).toBe(4);
    await screenshot(screenPage, 'screen-candidates.png', { fullPage: false });
    await p.getByRole('button', { name: '自动', exact: true }).click();
    await screenPage.getByTestId('cast-count').waitFor();
    expect(await p.getByRole('button', { name: '自动', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await p.getByRole('button', { name: '截止投票' }).click();
    await p.getByRole('dialog').getByRole('button', { name: '截止投票' }).click();
    await p.locator('.ses-step-now').getByText('已截止').waitFor();
    await screenPage.getByText('投票已截止，正在计票').waitFor();
    await p.getByRole('button', { name: '计票', exact: true }).click();
    await p.getByRole('dialog').getByRole('button', { name: '计票' }).click();
    await p.locator('.ses-step-now').getByText('已计票').waitFor();
    await p.getByText('结果已提交监票人').waitFor();
    // Counted, not certified: the console shows the result, the hall screen does not yet.
    await p.getByText('选出 2 个项目（应选 2 个）。').waitFor();
    await screenPage.getByText('计票完毕，结果经监票人确认后公布').waitFor();
    expect(await screenPage.locator('.scr-bar').count()).toBe(0);

    // The scrutineers make their keys in their own browsers; the secretariat compares the
    // fingerprints and registers them; the 总监票人 signs (still pending), then the other 监票人.
    const s = await newPage({ width: 1280, height: 900 });
    await login(s, SCRUTINEER);
    const s2 = await newPage({ width: 1280, height: 900 });
    await login(s2, { username: 'jianpiao2', password: SCRUTINEER.password });
    const k1 = await makeKeyInBrowser(s, server.url);
    // The backup holds the private key only encrypted (scrypt + AES-GCM).
    expect(k1.backup).toMatchObject({ format: 'minsheng-signing-key-backup', alg: 'ed25519', kdf: { name: 'scrypt' }, cipher: { name: 'AES-GCM' } });
    expect(k1.suggestedName).toMatch(/^signing-key-jianpiao1-[0-9a-f]{8}\.json$/);
    await expectNoSeriousA11yViolations(s, 'signing keys (scrutineer)');
    await screenshot(s, 'signing-scrutineer-key.png');
    const k2 = await makeKeyInBrowser(s2, server.url);
    await registerInConsole(p, server.url, '监票人1', k1.fingerprint, 'chief');
    await registerInConsole(p, server.url, '监票人2', k2.fingerprint, 'member');
    await expectNoSeriousA11yViolations(p, 'signing keys (secretariat)');
    await screenshot(p, 'signing-secretariat-keys.png');
    await signInBrowser(s, server.url, `/console/session/ballots/${ballotId}`);
    // The ballot page states the rule set above and counts down to it.
    await s.getByTestId('certification-rule').getByText('确认规则：总监票人 1 人，共 3 名监票人签名').waitFor();
    await s.getByTestId('certification-progress').getByText('已签名：监票人1（总监票人）').waitFor();
    expect(await s.getByTestId('certification-progress').innerText()).toContain('还需 2 位监票人签名');
    expect(await s.locator('.ses-step-now').innerText()).toContain('已计票');
    await screenshot(s, 'signing-pending.png');
    await signInBrowser(s2, server.url, `/console/session/ballots/${ballotId}`);
    // Two of three: still pending, and the rule cannot change meanwhile.
    await s2.getByTestId('certification-progress').getByText('还需 1 位监票人签名', { exact: false }).waitFor();
    expect(await s2.locator('.ses-step-now').innerText()).toContain('已计票');
    await clerk.reload();
    await clerk.getByText('正在等待监票人签名确认；在其确认完成（或作废）之前不能更改确认规则', { exact: false }).waitFor();
    expect(await clerk.getByRole('button', { name: '更改确认规则' }).count()).toBe(0);
    // A third 监票人 signs (here through the API, as their browser would): certified.
    expect(
      (await hall.admin.post('/api/accounts', { username: 'jianpiao3', displayName: '监票人3', role: 'scrutineer', password: SCRUTINEER.password }))
        .status,
    ).toBe(201);
    const third = await makeSigner(await server.client().login('jianpiao3', SCRUTINEER.password), hall.admin, 'member');
    server.clock.advance(1000); // signed after 监票人2, so named after them
    expect((await signResult(third, ballotId)).body.ballot.state).toBe('certified');
    await s2.reload();
    await s2.locator('.ses-step-now').getByText('已确认').waitFor();
    await s2.getByText('监票人1、监票人2、监票人3', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(s2, 'console ballot page (scrutineer, certified)');
    await screenPage.locator('.scr-state').getByText('已确认').waitFor();

    // 5 present, basis "present" → threshold 3: candidate 1 has 4, candidate 2 has 3: both selected.
    await screenPage.getByText('选出 2 个项目（应选 2 个）。').waitFor();
    const bars = screenPage.locator('.scr-bar:not(.scr-bar-head)');
    expect(await bars.count()).toBe(4);
    expect(await bars.nth(0).textContent()).toContain('候选项目1');
    expect(await bars.nth(0).locator('.scr-bar-mark').innerText()).toMatch(/^第 1 名\s+当选$/);
    expect(await bars.nth(1).locator('.scr-bar-mark').innerText()).toMatch(/^第 2 名\s+当选$/);
    await screenPage.getByText('通过线 3 票').waitFor();
    const totals = await screenPage.locator('.scr-totals').innerText();
    for (const [k, v] of [
      ['发出', 5],
      ['收回', 4],
      ['有效', 4],
      ['无效', 0],
    ] as const)
      expect(totals).toMatch(new RegExp(`${k}\\s*${v}`));
    await screenPage.getByRole('img', { name: '公开账本与核验页面的二维码' }).waitFor();
    // Three signers listed, and the column with the QR still ends above the footer's rule.
    expect(await screenPage.getByTestId('signers').locator('li').allTextContents()).toEqual(['总监票人 监票人1', '监票人 监票人2', '监票人 监票人3']);
    const [qrBottom, footTop] = await screenPage.evaluate(() => [
      document.querySelector('.scr-qr')!.getBoundingClientRect().bottom,
      document.querySelector('.scr-foot')!.getBoundingClientRect().top,
    ]);
    expect(qrBottom).toBeLessThanOrEqual(footTop);
    await expectNoSeriousA11yViolations(screenPage, 'hall screen (results)');
    await screenshot(screenPage, 'screen-results.png', { fullPage: false });
    // The published ledger holds tablet C's ballot once, under its receipt.
    const published = await server.client().get(`/api/ledgers/${(await hall.admin.get(`/api/ballots/${ballotId}`)).body.ballot.ledgerId}`);
    const casts = published.body.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast');
    expect(casts).toHaveLength(4);
    expect(casts.filter((e: { data: { receipt: string } }) => e.data.receipt === receipts.c)).toHaveLength(1);

    // The receipt is now found by the same typed code: the seq, the content, the chain head, the hash recomputed here.
    await verify.getByRole('button', { name: '查询' }).click();
    await verify.getByRole('heading', { name: /^您的选票在账本第 \d+ 号$/ }).waitFor();
    await verify.getByText('已在本机按公开格式重新计算本条哈希，与账本一致').waitFor();
    const content = await verify.locator('.vfy-choices').innerText();
    expect(content).toMatch(/1\. 候选项目1\s*赞成/);
    expect(content).toMatch(/3\. 候选项目3\s*反对/);
    await expectNoSeriousA11yViolations(verify, 'verification page');
    await screenshot(verify, 'verify.png');
    // Typing an unknown receipt says so.
    await verify.getByLabel('回执码').fill('ab'.repeat(32));
    await verify.getByRole('button', { name: '查询' }).click();
    await verify.getByRole('heading', { name: '账本中没有这张回执' }).waitFor();
    // The screen's QR page: the ballot's public ledger.
    await verify.goto(url(`/verify?ballot=${ballotId}`));
    await verify.getByText('本次表决结果已于').waitFor();
    await verify.getByText('已核验：账本与公布的结果一致').waitFor();
    // The signatures checked here against the congress's public key register (the rule of 1 and 3 set above: three signers).
    expect(await verify.getByTestId('vfy-signed').innerText()).toBe(
      '✓ 监票人签名已核验：监票人1（总监票人）、监票人2（监票人）、监票人3（监票人）。本机已按本人大公开的签名密钥登记册逐一验证签名。',
    );
    await verify.getByText('供专业人士：账本文件与命令行核验').click();
    await verify.getByRole('link', { name: '下载完整账本（JSON）' }).waitFor();
  }, 120_000);

  it('the screen says when it is reconnecting, and recovers by itself', async () => {
    await screenPage.locator('.scr-conn').getByText('实时').waitFor();
    await screenPage.context().setOffline(true);
    await screenPage.getByText('正在重新连接服务器……以下数字可能不是最新').waitFor({ timeout: 15_000 });
    expect(await screenPage.locator('.scr-conn').textContent()).toBe('连接中断');
    await screenPage.context().setOffline(false);
    await screenPage.locator('.scr-conn').getByText('实时').waitFor({ timeout: 20_000 });
    expect(await screenPage.getByText('正在重新连接服务器').count()).toBe(0);
  }, 60_000);

  it('reads a QR code from a camera: the receipt QR on the verification page, decoded from video frames', async () => {
    // Chromium's fake webcam plays a file showing the receipt's QR code, as a phone camera would see it.
    const dir = mkdtempSync(path.join(tmpdir(), 'hall-camera-'));
    const video = path.join(dir, 'qr.y4m');
    writeQrY4m(video, `${server.url}/verify#${receipts.b}`);
    const camBrowser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const ctx = await camBrowser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      await ctx.grantPermissions(['camera'], { origin: server.url });
      const p = await ctx.newPage();
      p.on('pageerror', (err) => pageErrors.push(`camera page: ${err.message}`));
      await p.goto(url('/verify'));
      await p.getByRole('button', { name: '用摄像头扫描回执' }).click();
      const found = p.getByRole('heading', { name: /^您的选票在账本第 \d+ 号$/ });
      const problem = p.locator('.camera-problem');
      await found.or(problem).first().waitFor({ timeout: 30_000 });
      if (await problem.count()) throw new Error(`the camera failed: ${await problem.textContent()}`);
      expect(await p.getByLabel('回执码').inputValue()).toBe(receipts.b);
      // The camera is off again once it has read the code.
      expect(await p.locator('video').evaluate((v) => (v as HTMLVideoElement).srcObject)).toBeNull();
    } finally {
      await camBrowser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('threw no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
