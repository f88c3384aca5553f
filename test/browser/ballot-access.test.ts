// The ballot for older deputies and screen-reader users, on the hall tablet and the phone card
// ballot (390×844): a 大字 (large text) setting kept for the card's session, ballot text at
// least 7:1 against its ground (computed here from the colours the browser paints), and each
// choice announced with its project ("城区第一小学改扩建工程 — 赞成", checked). axe on every
// page; screenshots to test/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHall, createBallot, openWithCards, type Hall } from '../support/ballot-fixtures';
import { expectNoSeriousA11yViolations, hasChromium, launchBrowser, screenshot } from '../support/browser';
import { startTestServer, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';

const TITLES = ['城区第一小学改扩建工程', '县人民医院门急诊综合楼及配套停车场建设工程', '农村互助养老服务站建设与运营补助项目'];
const LARGE_KEY = 'minsheng.ballot.largeText';

/** Every visible text of the ballot whose contrast with its painted ground is below 7:1. */
async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (s: string) => {
      const m = s.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a = '1'] = m[1]!.split(/[ ,/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => {
        const x = c / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    // The ground an element's text is painted on: its ancestors' backgrounds, blended up from the page.
    const ground = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3]! > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      let out = [255, 255, 255];
      for (const c of layers.reverse()) out = out.map((v, i) => v * (1 - c[3]!) + c[i]! * c[3]!);
      return out;
    };
    const found: string[] = [];
    const root = document.querySelector('.card-vote');
    if (!root) return ['no ballot on the page'];
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim());
      if (own.length === 0) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width <= 1 || r.height <= 1 || style.visibility === 'hidden' || style.opacity === '0') continue;
      const fg = rgba(style.color);
      const bg = ground(el);
      const paint = fg.slice(0, 3).map((v, i) => v * fg[3]! + bg[i]! * (1 - fg[3]!));
      const [a, b] = [lum(paint), lum(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      if (ratio < 7) found.push(`${own.join(' ')}: ${ratio.toFixed(2)} (${style.color} on rgb(${bg.map(Math.round).join(',')}))`);
    }
    return found;
  });
}

/** How tall one line of the first 赞成 toggle's text is drawn, in CSS pixels of the screen. */
const choiceTextHeight = (page: Page) =>
  page
    .locator('.choice-text')
    .first()
    .evaluate((e) => e.getBoundingClientRect().height);

describe.skipIf(!hasChromium)('the ballot for older deputies and screen readers (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  let hall: Hall;
  let cards: Array<{ code: string; url: string }> = [];
  const contexts: BrowserContext[] = [];

  async function newPage(viewport: { width: number; height: number }, mobile = false) {
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport, deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile });
    contexts.push(ctx);
    return ctx.newPage();
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    hall = await buildHall(server, { deputies: 4, candidates: 3, seats: 2, titles: TITLES });
    const ballot = await createBallot(hall);
    cards = await openWithCards(hall, ballot.id);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('phone: each choice is announced with its project; text ≥ 7:1; 大字 enlarges the ballot and is kept for the session', async () => {
    const phone = await newPage({ width: 390, height: 844 }, true);
    await phone.goto(`${server.url}/v#${cards[0]!.url.split('#')[1]}`);
    const first = phone.getByRole('group', { name: new RegExp(`${TITLES[0]}$`) });
    await first.waitFor();

    // The screen reader hears the project with the choice, and its state.
    const radio = phone.getByRole('radio', { name: `${TITLES[0]} — 赞成`, exact: true });
    expect(await radio.isChecked()).toBe(false);
    await radio.click();
    expect(await radio.isChecked()).toBe(true);
    const snapshot = await first.ariaSnapshot();
    expect(snapshot).toContain(`radio "${TITLES[0]} — 赞成" [checked]`);
    expect(snapshot).toContain(`radio "${TITLES[0]} — 反对"`);
    expect(snapshot).not.toContain(`radio "${TITLES[0]} — 反对" [checked]`);
    expect(await phone.getByRole('radio', { name: `${TITLES[1]} — 弃权`, exact: true }).count()).toBe(1);

    expect(await lowContrast(phone)).toEqual([]);
    await expectNoSeriousA11yViolations(phone, 'phone ballot');
    await screenshot(phone, 'phone-ballot-normal.png', { fullPage: false });

    const normal = await choiceTextHeight(phone);
    const toggle = phone.getByRole('button', { name: '大字' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect((await choiceTextHeight(phone)) / normal).toBeGreaterThanOrEqual(1.3);
    // Still one column that fits the phone: nothing to scroll sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await radio.isChecked()).toBe(true);
    expect(await lowContrast(phone)).toEqual([]);
    await expectNoSeriousA11yViolations(phone, 'phone ballot, large text');
    await screenshot(phone, 'phone-ballot-large.png', { fullPage: false });

    // Kept for the card's session: after a reload the card is typed again and the ballot is large.
    expect(await phone.evaluate((k) => sessionStorage.getItem(k), LARGE_KEY)).toBe('1');
    await phone.reload();
    await phone.getByLabel('或输入表决卡号码').fill(cards[0]!.code);
    await phone.getByRole('button', { name: '确定' }).click();
    await phone.getByRole('group', { name: new RegExp(`${TITLES[0]}$`) }).waitFor();
    expect(await phone.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
    expect((await choiceTextHeight(phone)) / normal).toBeGreaterThanOrEqual(1.3);
  });

  it('tablet: the same, and the next deputy starts with normal text', async () => {
    const code = await hall.admin.post('/api/tablets/pairing-codes', { name: 'B区1排' });
    expect(code.status).toBe(201);
    const tablet = await newPage({ width: 1280, height: 800 });
    await tablet.goto(`${server.url}/tablet`);
    await tablet.getByLabel('配对码').fill(code.body.code);
    await tablet.getByRole('button', { name: '配对', exact: true }).click();
    await tablet.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();

    const openCard = async (k: number) => {
      await tablet.getByLabel('或输入表决卡号码').fill(cards[k]!.code);
      await tablet.getByRole('button', { name: '确定' }).click();
      await tablet.getByRole('group', { name: new RegExp(`${TITLES[0]}$`) }).waitFor();
    };
    await openCard(1);
    const normal = await choiceTextHeight(tablet);
    await tablet.getByRole('button', { name: '大字' }).click();
    expect((await choiceTextHeight(tablet)) / normal).toBeGreaterThanOrEqual(1.3);
    for (const [i, choice] of ['赞成', '反对', '弃权'].entries()) {
      const radio = tablet.getByRole('radio', { name: `${TITLES[i]} — ${choice}`, exact: true });
      await radio.click();
      expect(await radio.isChecked()).toBe(true);
    }
    expect(await tablet.getByRole('radio', { checked: true }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      `${TITLES[0]} — 赞成`,
      `${TITLES[1]} — 反对`,
      `${TITLES[2]} — 弃权`,
    ]);
    expect(await lowContrast(tablet)).toEqual([]);
    await expectNoSeriousA11yViolations(tablet, 'tablet ballot, large text');
    await screenshot(tablet, 'tablet-ballot-large.png', { fullPage: false });

    // Cast, then 完成: the tablet is back at its start, and the next card opens in normal text.
    await tablet.getByRole('button', { name: '下一步：核对选择' }).first().click();
    await tablet.getByRole('button', { name: '确认投票' }).click();
    await tablet.getByRole('heading', { name: '投票成功' }).waitFor();
    expect(await lowContrast(tablet)).toEqual([]);
    await tablet.getByRole('button', { name: '完成' }).click();
    await tablet.getByRole('heading', { name: '请扫描您的表决卡' }).waitFor();
    expect(await tablet.evaluate((k) => sessionStorage.getItem(k), LARGE_KEY)).toBeNull();
    await openCard(2);
    expect(await tablet.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('false');
    expect(await choiceTextHeight(tablet)).toBeCloseTo(normal, 0);
    await screenshot(tablet, 'tablet-ballot-normal.png', { fullPage: false });
  });
});
