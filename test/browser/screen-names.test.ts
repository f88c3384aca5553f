// The hall screen with 15 candidates whose names are long, real ones, at 1920×1080 and 1280×720:
// every name is shown whole (no ellipsis, nothing outside the screen) at no less than the minimum
// text size (2.5% of the screen's height, docs/phase2-balloting.md); equal votes share a rank
// (并列第 1 名) on the screen, in the console and in the CSV sheet alike; once certified the screen
// names the signers with their roles and shows the ledger head beside a QR code that decodes to the
// verify page. axe on each page; screenshots to test/artifacts/.
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHall, createBallot, newCastId, openWithCards, type Hall } from '../support/ballot-fixtures';
import { expectNoSeriousA11yViolations, hasChromium, launchBrowser, logInThroughPage, screenshot } from '../support/browser';
import { ADMIN, startTestServer, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';
import { certifyResult } from '../support/signing';

const NAMES = [
  '县人民医院门急诊综合楼及配套停车场建设工程',
  '城区第一小学改扩建及学生食堂提质改造工程',
  '农村互助养老服务站建设与运营补助项目',
  '城乡供水一体化及农村饮水安全巩固提升工程',
  '老旧小区改造及加装电梯和无障碍设施项目',
  '县城区雨污分流管网改造及内涝积水点治理工程',
  '乡镇卫生院标准化建设及远程医疗设备配置',
  '城区公共停车场及新能源汽车充电桩建设项目',
  '农村公路提档升级及危桥改造安全防护工程',
  '县城全民健身中心及社区健身步道建设项目',
  '普惠性幼儿园新建及公办园学位扩充工程',
  '城区背街小巷路灯亮化与人行道整治工程',
  '农贸市场标准化改造及食品安全快检室建设',
  '残疾人康复托养中心建设及辅具适配服务项目',
  '县职业教育实训基地及技能人才培训中心建设',
];
/** "For" per candidate, in ballot order: 20 present → more than half is 11; 8 seats. */
const FOR = [18, 18, 16, 15, 15, 15, 13, 12, 11, 8, 6, 4, 3, 2, 1];
/** The minimum text size on the hall screen, as a share of the screen's height. */
const MIN_TEXT = 0.025;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** Every name element on the page, measured: the problems found (none expected). */
async function nameProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, minText }) => {
      const problems: string[] = [];
      const els = [...document.querySelectorAll<HTMLElement>(selector)];
      if (els.length === 0) problems.push(`no ${selector}`);
      for (const el of els) {
        const name = el.textContent ?? '';
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (el.scrollWidth > el.clientWidth) problems.push(`${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        if (style.textOverflow === 'ellipsis') problems.push(`${name}: text-overflow ellipsis`);
        if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
          problems.push(
            `${name}: outside the viewport (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`,
          );
        const size = parseFloat(style.fontSize);
        if (size < minText * innerHeight) problems.push(`${name}: ${size}px < ${minText * innerHeight}px`);
      }
      // Nothing of the screen's main area is pushed out of it.
      const main = document.querySelector<HTMLElement>('.scr-main');
      if (main && main.scrollHeight > main.clientHeight + 1) problems.push(`main overflows: ${main.scrollHeight} > ${main.clientHeight}`);
      return problems;
    },
    { selector, minText: MIN_TEXT },
  );
}

/** A QR code on the page (the hall screen's by default) decoded (jsQR) from a screenshot of it, as a phone camera would read it. */
async function qrOnScreen(page: Page, selector = '.scr-qr img'): Promise<string | null> {
  const png = await page.locator(selector).screenshot();
  const { width, height, data } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return { width: canvas.width, height: canvas.height, data: [...g.getImageData(0, 0, canvas.width, canvas.height).data] };
  }, png.toString('base64'));
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

describe.skipIf(!hasChromium)('hall screen with 15 long names (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  let hall: Hall;
  let ballotId = '';
  const contexts: BrowserContext[] = [];
  const screens: Page[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    hall = await buildHall(server, { deputies: 20, candidates: 15, seats: 8, titles: NAMES });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('shows every candidate name whole at both sizes, in a polite live region', async () => {
    const ballot = await createBallot(hall);
    ballotId = ballot.id;
    const cards = await openWithCards(hall, ballotId);
    expect((await hall.admin.post(`/api/ballots/${ballotId}/screen`, { mode: 'candidates' })).status).toBe(200);
    for (const size of SIZES) {
      const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: size, deviceScaleFactor: 1 });
      contexts.push(ctx);
      const page = await ctx.newPage();
      await page.goto(`${server.url}/screen/${ballotId}`);
      await expect.poll(() => page.locator('.scr-cand-title').count()).toBe(15);
      expect(await page.locator('.scr-cand-title').allTextContents()).toEqual(NAMES);
      expect(await page.locator('main').getAttribute('aria-live')).toBe('polite');
      expect(await nameProblems(page, '.scr-cand-title')).toEqual([]);
      await expectNoSeriousA11yViolations(page, `hall screen candidates ${size.width}×${size.height}`);
      await screenshot(page, `screen-15-candidates-${size.width}x${size.height}.png`, { fullPage: false });
      screens.push(page);
    }

    // The deputies vote: each candidate gets FOR[i] "for", spread so no one is for more than 8.
    const load = cards.map(() => 0);
    const picks = cards.map(() => new Set<number>());
    FOR.forEach((n, i) => {
      const voters = [...load.keys()].sort((a, b) => load[a]! - load[b]! || a - b).slice(0, n);
      for (const v of voters) {
        picks[v]!.add(i);
        load[v]!++;
      }
    });
    const voter = server.client();
    for (const [k, card] of cards.entries()) {
      const choices = Object.fromEntries(hall.candidateIds.map((id, i) => [id, picks[k]!.has(i) ? 'for' : 'abstain']));
      const r = await voter.post(`/api/ballots/${ballotId}/cast`, { castId: newCastId(), token: card.url.split('#')[1], choices });
      expect(r.status, r.text).toBe(201);
    }
    expect((await hall.admin.post(`/api/ballots/${ballotId}/close`, {})).status).toBe(200);
    expect((await hall.admin.post(`/api/ballots/${ballotId}/tally`)).status).toBe(200);
    const certified = await certifyResult(hall, ballotId);
    expect(certified.status, certified.text).toBe(200);
    expect((await hall.admin.post(`/api/ballots/${ballotId}/screen`, { mode: 'auto' })).status).toBe(200);
  });

  it('shows the results with every name whole, and equal votes sharing a rank (并列第 1 名)', async () => {
    for (const [i, page] of screens.entries()) {
      const size = SIZES[i]!;
      const bars = page.locator('.scr-bar:not(.scr-bar-head)');
      await expect.poll(() => bars.count()).toBe(15);
      await page.getByText('选出 8 个项目（应选 8 个）。').waitFor();
      expect(await page.locator('.scr-bar-title').allTextContents()).toEqual(NAMES);
      await screenshot(page, `screen-15-results-${size.width}x${size.height}.png`, { fullPage: false });
      expect(await nameProblems(page, '.scr-bar-title')).toEqual([]);
      const marks = await page
        .locator('.scr-bar:not(.scr-bar-head) .scr-bar-mark')
        .evaluateAll((els) => els.map((e) => [...e.children].map((c) => c.textContent).join('|')));
      expect(marks).toEqual([
        '并列第 1 名|当选',
        '并列第 1 名|当选',
        '第 3 名|当选',
        '并列第 4 名|当选',
        '并列第 4 名|当选',
        '并列第 4 名|当选',
        '第 7 名|当选',
        '第 8 名|当选',
        '过半数未当选',
        '未过半数',
        '未过半数',
        '未过半数',
        '未过半数',
        '未过半数',
        '未过半数',
      ]);
      await expectNoSeriousA11yViolations(page, `hall screen results ${size.width}×${size.height}`);

      // Certified: the signers with the role each signed in, the QR, and the ledger head in the footer.
      expect(await page.getByTestId('signers').locator('li').allTextContents()).toEqual(['总监票人 监票人1', '监票人 监票人2']);
      const { head } = (await server.client().get(`/api/ballots/${ballotId}/results`)).body as { head: { seq: number; hash: string } };
      await expect
        .poll(() => page.getByTestId('screen-head').textContent())
        .toBe(`账本链头 第 ${head.seq} 号 ${head.hash.slice(0, 10)}…${head.hash.slice(-6)}`);
      expect(await nameProblems(page, '.scr-signers li')).toEqual([]);
      // The column with the QR and the head ends above the footer's rule: nothing written over it.
      const [qrBottom, footTop] = await page.evaluate(() => [
        document.querySelector('.scr-qr')!.getBoundingClientRect().bottom,
        document.querySelector('.scr-foot')!.getBoundingClientRect().top,
      ]);
      expect(qrBottom).toBeLessThanOrEqual(footTop);
      // What a phone reads off the screen: the QR as shown, decoded from a screenshot of it.
      expect(await qrOnScreen(page)).toBe(`${server.url}/verify?ballot=${ballotId}`);
    }
  });

  it('writes the same ranks in the console and in the CSV sheet', async () => {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(ctx);
    const page = await ctx.newPage();
    await logInThroughPage(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(`${server.url}/console/session/ballots/${ballotId}`);
    const table = page.getByRole('table', { name: '表决结果' });
    await table.waitFor();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(rows.map((r) => [r[0], r[2], r.at(-1)])).toEqual(
      NAMES.map((name, i) => [
        [
          '并列第 1 名',
          '并列第 1 名',
          '第 3 名',
          '并列第 4 名',
          '并列第 4 名',
          '并列第 4 名',
          '第 7 名',
          '第 8 名',
          '第 9 名',
          '第 10 名',
          '第 11 名',
          '第 12 名',
          '第 13 名',
          '第 14 名',
          '第 15 名',
        ][i],
        name,
        i < 8 ? '当选' : i === 8 ? '过半数未当选' : '未过半数',
      ]),
    );
    await expectNoSeriousA11yViolations(page, 'console results with ties');
    await screenshot(page, 'console-results-ties.png');

    // The printed result sheet: the signers in their roles, the ledger head and its QR to the verify page.
    await expect.poll(() => page.getByTestId('sheet-signers').textContent()).toBe('签名确认：总监票人 监票人1、监票人 监票人2');
    const { head } = (await server.client().get(`/api/ballots/${ballotId}/results`)).body as { head: { seq: number; hash: string } };
    await page.getByText(head.hash).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ses-sheet-print-title').isVisible()).toBe(true);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(await qrOnScreen(page, '.ses-sheet-qr')).toBe(`${server.url}/verify?ballot=${ballotId}`);
    await screenshot(page, 'console-result-sheet-print.png');
    await page.emulateMedia({ media: 'screen' });

    const csv = await hall.admin.get(`/api/ballots/${ballotId}/results.csv`);
    expect(csv.status).toBe(200);
    const lines = csv.text.split('\r\n').filter((l) => l.includes('"城') || l.includes('"县') || l.includes('"农') || l.includes('"老'));
    expect(lines.find((l) => l.includes(NAMES[0]!))).toMatch(/^"并列第 1 名","1",/);
    expect(lines.find((l) => l.includes(NAMES[1]!))).toMatch(/^"并列第 1 名","2",/);
    expect(lines.find((l) => l.includes(NAMES[3]!))).toMatch(/^"并列第 4 名","4",.*"当选"$/);
    expect(lines.find((l) => l.includes(NAMES[8]!))).toMatch(/^"第 9 名","9",.*"过半数未当选"$/);
  });
});
