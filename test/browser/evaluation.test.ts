// The satisfaction evaluation (满意度测评, phase 4) in the hall, in a real browser against a real
// server and database: a cycle in implementation moved to evaluation, the evaluation created in
// the console (4 present, basis "present": more than half is 3), cards printed, deputies rating
// each project 满意 / 基本满意 / 不满意 on a paired tablet and on phones, the screen following live,
// then close, tally, certify and the grades with their rates on the screen and the ballot page —
// including the boundary: exactly half is not more than half. axe-core and screenshots throughout.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, expectNoSeriousA11yViolations, logInThroughPage } from '../support/browser';
import { ADMIN, startTestServer, type TestServer } from '../support/harness';
import { buildImplementation, ok, type Implementation } from '../support/implementation-fixtures';
import { ensureWebBuild } from '../support/web-build';
import { makeKeyInBrowser, registerInConsole, signInBrowser } from '../support/browser-signing';

const SCRUTINEER = { username: 'jianpiao1', password: 'long-enough-1' };
const TITLE = '2027年民生实事项目满意度测评';
type Rating = '满意' | '基本满意' | '不满意';

describe.skipIf(!hasChromium)('the satisfaction evaluation in the hall, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let impl: Implementation;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let consolePage: Page;
  let screenPage: Page;
  let ballotId = '';
  let codes: string[] = [];
  let titles: string[] = [];
  const receipts: string[] = [];

  const url = (p: string) => server.url + p;
  const tokenOf = (code: string) => code.replace(/-/g, '');

  async function newPage(opts: { width: number; height: number; mobile?: boolean }) {
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

  const project = (p: Page, i: number) => p.getByRole('group', { name: new RegExp(`${titles[i]}$`) });
  const rate = async (p: Page, i: number, r: Rating) => {
    const radio = project(p, i).getByRole('radio', { name: `${titles[i]} — ${r}`, exact: true });
    await radio.click();
    expect(await radio.isChecked()).toBe(true);
  };
  /** Rates every project, reviews (checking each line), casts; answers the receipt. */
  async function vote(p: Page, ratings: Rating[], shot?: string) {
    await p.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    for (const [i, r] of ratings.entries()) await rate(p, i, r);
    await p.getByText(`已评价 ${ratings.length} / 共 ${ratings.length} 项`).waitFor();
    if (shot) {
      await p.evaluate(() => window.scrollTo(0, 0));
      await screenshot(p, shot, { fullPage: false });
    }
    await p.getByRole('button', { name: '下一步：核对选择' }).first().click();
    await p.getByRole('heading', { name: '请核对您的选择' }).waitFor();
    const rows = await p.locator('.review-row').allInnerTexts();
    expect(rows).toHaveLength(ratings.length);
    for (const [i, r] of ratings.entries()) expect(rows[i]!.replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${i + 1} ${titles[i]} [✓≈✕] ${r}$`));
    const n = (x: Rating) => ratings.filter((r) => r === x).length;
    await p.getByText(`满意 ${n('满意')} 项，基本满意 ${n('基本满意')} 项，不满意 ${n('不满意')} 项。`).waitFor();
    await p.getByRole('button', { name: '确认投票' }).click();
    await p.getByRole('heading', { name: '投票成功' }).waitFor();
    const receipt = (await p.locator('.receipt-code').getAttribute('data-receipt'))!;
    receipts.push(receipt);
    return receipt;
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    impl = await buildImplementation(server);
    titles = impl.projects.map((p) => p.title);
    ok(await impl.admin.post(`/api/cycles/${impl.cycleId}/phase`, { to: 'evaluation' }));
    // One of the five deputies is away: 4 present, so "more than half of those present" is 3 and
    // 2 votes are exactly half.
    ok(await impl.admin.post(`/api/sittings/${impl.hall.sittingId}/attendance`, { deputyIds: [impl.hall.deputyIds[4]], present: false }));
    browser = await launchBrowser();
    consolePage = await newPage({ width: 1280, height: 900 });
    await login(consolePage, ADMIN);
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('creates the evaluation in the console, prints the cards and opens it', async () => {
    const p = consolePage;
    await p.goto(url('/console/session/ballots'));
    await p.getByRole('button', { name: '新建满意度测评' }).click();
    const dialog = p.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('年度项目').locator('option:checked').textContent()).toBe('2027年民生实事项目');
    await expect.poll(() => dialog.getByLabel('名称').inputValue()).toBe(TITLE);
    expect(await dialog.getByLabel('评议人员').locator('option:checked').textContent()).toBe('人大代表（代表大会）');
    await dialog.getByLabel('过半数基数').selectOption({ label: '出席的评议人员' });
    // Running counts on the screen are offered only for a recorded (记名) evaluation.
    expect(await dialog.getByLabel('投票中在大屏显示各项目实时票数').isDisabled()).toBe(true);
    await dialog.getByText('无记名表决进行中只显示投票人数').waitFor();
    await dialog.getByLabel('投票方式').selectOption({ label: '记名' });
    await dialog.getByLabel('投票中在大屏显示各项目实时票数').check();
    // A re-evaluation would list the cycle's projects to choose from.
    await dialog.getByLabel('再次测评：只测评选定的项目（如整改后的项目）').check();
    await dialog.getByRole('group', { name: '测评项目' }).getByText(titles[2]!).waitFor();
    await expectNoSeriousA11yViolations(p, 'console: new evaluation dialog');
    await screenshot(p, 'eval-console-new.png', { fullPage: false });
    await dialog.getByLabel('再次测评：只测评选定的项目（如整改后的项目）').uncheck();
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    await p.waitForURL('**/console/session/ballots/*');
    ballotId = p.url().split('/').pop()!;
    await p.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const rules = p.locator('section').filter({ has: p.getByRole('heading', { name: '表决规则' }) });
    await rules.getByText('满意 / 基本满意 / 不满意，逐项评价').waitFor();
    await rules.getByText('出席代表').waitFor();
    // The default grading rule was sent and stored with the ballot.
    await rules.getByText('满意票超过半数为满意；满意与基本满意合计超过半数为基本满意').waitFor();
    for (const title of titles) await rules.getByText(title).waitFor();

    await p.getByRole('button', { name: '检查规则与人数' }).click();
    await p.getByText('尚未印制表决卡。').waitFor();
    await p.getByRole('button', { name: '印制表决卡' }).click();
    await p.waitForURL('**/print/cards');
    await p.locator('.prt-card').first().waitFor();
    codes = await p.locator('.prt-code').allTextContents();
    expect(codes).toHaveLength(4);
    await p.goto(url(`/console/session/ballots/${ballotId}`));
    await p.getByRole('button', { name: '检查规则与人数' }).click();
    await p.getByText('✓ 可以开启投票。').waitFor();
    await p.getByRole('button', { name: '开启投票' }).click();
    // It asks first, with the rules it will freeze and the turnout.
    await p.getByRole('dialog').getByRole('button', { name: '开启投票' }).click();
    await p.locator('.ses-step-now').getByText('投票中').waitFor();
    await expectNoSeriousA11yViolations(p, 'console: evaluation ballot (open)');
  }, 60_000);

  it('deputies rate every project on a tablet and on phones; the screen follows live', async () => {
    screenPage = await newPage({ width: 1920, height: 1080 });
    await screenPage.goto(url(`/screen/${ballotId}`));
    await screenPage.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => screenPage.getByTestId('cast-count').textContent()).toBe('0');

    // A paired tablet.
    const code = ok(await impl.admin.post('/api/tablets/pairing-codes', { name: 'B区1排' }), 201).code as string;
    const tablet = await newPage({ width: 1280, height: 800 });
    await tablet.goto(url('/tablet'));
    await tablet.getByLabel('配对码').fill(code);
    await tablet.getByRole('button', { name: '配对', exact: true }).click();
    await tablet.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();

    // Deputy 1 on the tablet: no 弃权 offered; the review is refused until every project is rated.
    await tablet.getByLabel('或输入表决卡号码').fill(codes[0]!);
    await tablet.getByRole('button', { name: '确定', exact: true }).click();
    await tablet.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await tablet.getByText('请对每个项目的实施情况逐项作出评价').waitFor();
    expect(await project(tablet, 0).getByRole('radio').count()).toBe(3);
    expect(await tablet.getByRole('radio', { name: '弃权' }).count()).toBe(0);
    expect(await tablet.locator('.eval-cand').nth(0).locator('.cand-meta').innerText()).toMatch(/^责任单位：\S+/);
    await expectNoSeriousA11yViolations(tablet, 'tablet: evaluation ballot');
    await rate(tablet, 0, '满意');
    await tablet.getByRole('button', { name: '下一步：核对选择' }).first().click();
    await tablet.getByRole('alert').filter({ hasText: '还有 2 个项目未评价，请逐项评价后再核对。' }).waitFor();
    expect(await tablet.getByRole('heading', { name: '请核对您的选择' }).count()).toBe(0);
    // What was done: the project's public record, in a dialog.
    await tablet.getByRole('button', { name: `查看实施情况：${titles[0]}` }).click();
    const details = tablet.getByRole('dialog', { name: titles[0] });
    await details.getByText('完成进度').waitFor();
    await details.getByText('项目投资').waitFor();
    await expectNoSeriousA11yViolations(tablet, 'tablet: project record dialog');
    await screenshot(tablet, 'eval-tablet-details.png', { fullPage: false });
    await details.getByRole('button', { name: '关闭' }).last().click();
    await details.waitFor({ state: 'hidden' });
    receipts.length = 0;
    await vote(tablet, ['满意', '满意', '满意'], 'eval-tablet-ballot.png');
    await expectNoSeriousA11yViolations(tablet, 'tablet: receipt');
    await screenshot(tablet, 'eval-tablet-receipt.png', { fullPage: false });
    await tablet.getByRole('button', { name: '完成' }).click();
    await tablet.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();

    // Deputy 2 on the same tablet, review checked line by line.
    await tablet.getByLabel('或输入表决卡号码').fill(codes[1]!);
    await tablet.getByRole('button', { name: '确定', exact: true }).click();
    await vote(tablet, ['满意', '满意', '基本满意']);
    await expect.poll(() => screenPage.getByTestId('cast-count').textContent()).toBe('2');

    // Deputies 3 and 4 on their phones (the card's QR opens /v#<token>).
    const phone = await newPage({ width: 360, height: 780, mobile: true });
    await phone.goto(url(`/v#${tokenOf(codes[2]!)}`));
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(phone.url()).hash).toBe('');
    await expectNoSeriousA11yViolations(phone, 'phone: evaluation ballot');
    // Nothing may overflow a 360 px phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await vote(phone, ['满意', '基本满意', '不满意'], 'eval-phone-ballot.png');
    await expectNoSeriousA11yViolations(phone, 'phone: receipt');
    const phone2 = await newPage({ width: 390, height: 844, mobile: true });
    await phone2.goto(url(`/v#${tokenOf(codes[3]!)}`));
    await phone2.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await rate(phone2, 0, '不满意');
    await rate(phone2, 1, '不满意');
    await rate(phone2, 2, '不满意');
    await phone2.getByRole('button', { name: '下一步：核对选择' }).first().click();
    await phone2.getByRole('heading', { name: '请核对您的选择' }).waitFor();
    await screenshot(phone2, 'eval-phone-review.png', { fullPage: true });
    await phone2.getByRole('button', { name: '返回修改' }).click();
    await rate(phone2, 0, '不满意');
    await phone2.getByRole('button', { name: '下一步：核对选择' }).first().click();
    await phone2.getByText('满意 0 项，基本满意 0 项，不满意 3 项。').waitFor();
    await phone2.getByRole('button', { name: '确认投票' }).click();
    await phone2.getByRole('heading', { name: '投票成功' }).waitFor();
    receipts.push((await phone2.locator('.receipt-code').getAttribute('data-receipt'))!);

    // The screen counted all four without a reload, and (liveCounts) each project's running counts.
    await expect.poll(() => screenPage.getByTestId('cast-count').textContent()).toBe('4');
    await screenPage.getByText('已投票 4 / 4（100%）').waitFor();
    const live = screenPage.locator('.scr-eval-live tbody tr');
    await expect
      .poll(() =>
        live
          .nth(0)
          .innerText()
          .then((x) => x.replace(/\s+/g, ' ')),
      )
      .toContain(`${titles[0]} 3 0 1`);
    expect((await live.nth(1).innerText()).replace(/\s+/g, ' ')).toContain(`${titles[1]} 2 1 1`);
    await expectNoSeriousA11yViolations(screenPage, 'screen: evaluation open');
    await screenshot(screenPage, 'eval-screen-open.png', { fullPage: false });
    // The ledger has exactly four casts, each mapping every project to a satisfaction choice.
    const ballot = ok(await impl.admin.get(`/api/ballots/${ballotId}`)).ballot;
    const ledger = ok(await impl.admin.get(`/api/ledgers/${ballot.ledgerId}`));
    const casts = ledger.entries.filter((e: { kind: string }) => e.kind === 'ballot.cast');
    expect(casts).toHaveLength(4);
    expect(casts[0].data.choices).toEqual(Object.fromEntries(impl.projects.map((x) => [x.id, 'satisfied'])));
  }, 120_000);

  it('closes, tallies and certifies: grades and rates on the screen and the ballot page, exactly half is not more than half', async () => {
    const p = consolePage;
    await p.getByRole('button', { name: '截止投票' }).click();
    await p.getByRole('dialog').getByRole('button', { name: '截止投票' }).click();
    await p.locator('.ses-step-now').getByText('已截止').waitFor();
    await p.getByRole('button', { name: '计票', exact: true }).click();
    await p.getByRole('dialog').getByRole('button', { name: '计票' }).click();
    await p.locator('.ses-step-now').getByText('已计票').waitFor();
    // Counted, not certified: the hall screen waits for the scrutineers.
    await screenPage.getByText('计票完毕，结果经监票人确认后公布').waitFor();
    // 4 present, threshold 3. Project 1: 满意 3 → 满意. Project 2: 满意 2 (exactly half) but with
    // 基本满意 3 → 基本满意. Project 3: 满意 1 + 基本满意 1 = 2, exactly half → 不满意.
    const expected = [
      { counts: '3 0 1', grade: '满意', rate: '75.0%' },
      { counts: '2 1 1', grade: '基本满意', rate: '75.0%' },
      { counts: '1 1 2', grade: '不满意', rate: '50.0%' },
    ];

    // The ballot page: the same grades, rates and the CSV.
    const table = p.locator('main table').filter({ hasText: '评价等次' });
    await table.waitFor();
    for (const [i, e] of expected.entries()) {
      const row = (await table.locator('tbody tr').nth(i).innerText()).replace(/\s+/g, ' ');
      expect(row).toContain(`${titles[i]} ${e.counts}`);
      expect(row).toContain(e.grade);
      expect(row).toContain(e.rate);
    }
    await p.getByText('评为“不满意”的项目责令整改，整改后再次测评。').waitFor();
    const csvHref = await p.getByRole('link', { name: '下载结果（CSV）' }).getAttribute('href');
    expect(csvHref).toBe(`/api/ballots/${ballotId}/results.csv`);
    const csv = await impl.admin.get(csvHref!);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('基本满意');
    await expectNoSeriousA11yViolations(p, 'console: evaluation results');
    await screenshot(p, 'eval-console-results.png');

    // The scrutineers sign in their browsers (keys made and registered first); the grades are written onto the projects.
    const s = await newPage({ width: 1280, height: 900 });
    await login(s, SCRUTINEER);
    const s2 = await newPage({ width: 1280, height: 900 });
    await login(s2, { username: 'jianpiao2', password: SCRUTINEER.password });
    const k1 = await makeKeyInBrowser(s, server.url);
    const k2 = await makeKeyInBrowser(s2, server.url);
    await registerInConsole(p, server.url, '监票人1', k1.fingerprint, 'chief');
    await registerInConsole(p, server.url, '监票人2', k2.fingerprint, 'member');
    await signInBrowser(s, server.url, `/console/session/ballots/${ballotId}`);
    await signInBrowser(s2, server.url, `/console/session/ballots/${ballotId}`);
    await s2.locator('.ses-step-now').getByText('已确认').waitFor();
    await s.goto(url(`/console/session/ballots/${ballotId}`));
    await s.locator('.ses-step-now').getByText('已确认').waitFor();
    await screenPage.locator('.scr-state').getByText('已确认').waitFor();
    await screenPage.getByRole('heading', { name: '测评结果' }).waitFor();
    for (const [i, e] of expected.entries()) {
      expect(await screenPage.getByTestId(`grade-${i + 1}`).innerText()).toContain(e.grade);
      expect(await screenPage.getByTestId(`rate-${i + 1}`).innerText()).toBe(e.rate);
      const row = (await screenPage.locator('.scr-eval-results tbody tr').nth(i).innerText()).replace(/\s+/g, ' ');
      expect(row).toContain(`${titles[i]} ${e.counts}`);
    }
    await screenPage.getByText('满意 1 项，基本满意 1 项，不满意 1 项。').waitFor();
    await screenPage.getByText('满意票超过出席代表（4 人）的半数，即至少 3 票，评为“满意”', { exact: false }).waitFor();
    await screenPage.getByText('满意率 =（满意 + 基本满意）÷ 有效票，保留一位小数。').waitFor();
    await expectNoSeriousA11yViolations(screenPage, 'screen: evaluation results');
    await screenshot(screenPage, 'eval-screen-results.png', { fullPage: false });

    await s.getByRole('link', { name: '下载结果（CSV）' }).waitFor();
    const p3 = ok(await impl.admin.get(`/api/projects/${impl.projects[2]!.id}`));
    expect(JSON.stringify(p3)).toContain('unsatisfied');

    // The receipt check shows the satisfaction choices.
    const verify = await newPage({ width: 1280, height: 900 });
    await verify.goto(url(`/verify#${receipts[2]}`));
    await verify.getByRole('heading', { name: /^您的选票在账本第 \d+ 号$/ }).waitFor();
    const content = (await verify.locator('.vfy-choices').innerText()).replace(/\s+/g, ' ');
    expect(content).toContain(`1. ${titles[0]} 满意`);
    expect(content).toContain(`2. ${titles[1]} 基本满意`);
    expect(content).toContain(`3. ${titles[2]} 不满意`);
    await expectNoSeriousA11yViolations(verify, 'verify: evaluation receipt');
  }, 120_000);

  it('threw no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
