// The annual report page in Chromium against a real server and database: it reads like the
// official report with the cycle's real figures (projects, the vote, a decision with its 文号, the
// evaluation, the ledgers); printing shows the document alone (no toolbar, no site frame) on A4
// pages; axe-core finds nothing serious; screenshots of the screen, the phone and print views go
// to test/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser';
import { startTestServer, type TestServer } from '../support/harness';
import { buildReportCycle, DECISION_NUMBER, FORMULA_DEPARTMENT, type ReportCycle } from '../support/report-fixtures';
import { ensureWebBuild } from '../support/web-build';

describe.skipIf(!hasChromium)('annual report page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let rc: ReportCycle;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    rc = await buildReportCycle(server, { evaluate: true });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  async function open(opts: { phone?: boolean } = {}): Promise<Page> {
    const ctx = await browser.newContext({
      bypassCSP: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...(opts.phone
        ? { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
        : { viewport: { width: 1280, height: 900 } }),
    });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/public/cycles/${rc.impl.cycleId}/report`);
    await page.locator('[data-report-state="ready"]').waitFor();
    return page;
  }

  it('reads like the official report with the real figures', async () => {
    const page = await open();
    await expect.poll(() => page.title()).toBe('2027年民生实事项目实施情况报告 · 某县人民代表大会');
    const paper = page.locator('article.rep-paper');
    await expect(paper.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('某县2027年民生实事项目实施情况报告');
    const text = (await paper.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('（截至2027年12月20日）');
    expect(await paper.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      '一、总体情况',
      '二、项目票决情况',
      '三、各项目实施情况',
      '四、监督评议情况',
      '五、责任单位履职情况',
      '六、公开账本',
    ]);
    const report = (await server.client().get(`/api/public/cycles/${rc.impl.cycleId}/report`)).body;
    const [p1, p2] = report.projects.map((x: any) => x.project);
    // Summary: 3 projects, budget and disbursed in 万元 (25 万元 of the total).
    expect(text).toContain(`确定民生实事项目3项，总预算${report.totals.budgetWan}万元`);
    expect(text).toContain('累计拨付资金25万元');
    // The vote: 5 deputies, 赞成 5/4/3.
    expect(text).toContain('应到代表5名，实到5名');
    // Each project: its heading with 编号, its facts, the decision with its 文号, the evaluation.
    expect(await paper.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      report.projects.map((x: any, i: number) => `（${'一二三'[i]}）${x.project.title}（${x.project.code}）`),
    );
    expect(text).toContain(`${FORMULA_DEPARTMENT}`);
    expect(text).toContain(`第2号报告（截至2027年3月5日）：完成25%，已拨付20万元。`);
    expect(text).toContain('2028年6月30日（原定');
    expect(text).toContain(`文号${DECISION_NUMBER}`);
    expect(text).toContain('测评结果为“满意”，满意率80.0%');
    expect(text).toContain('测评结果为“不满意”，满意率40.0%');
    expect(text).toContain('已责令整改');
    // The ledgers with their head hashes.
    for (const l of report.ledgers) expect(text).toContain(l.head.hash);
    expect(p1.code && p2.code).toBeTruthy();
    // The toolbar: print, PDF and the CSVs.
    const tools = page.getByRole('navigation', { name: '报告的打印与下载' });
    await expect(tools.getByRole('button', { name: '打印' }).isVisible()).resolves.toBe(true);
    await expect(tools.getByRole('link', { name: '下载 PDF' }).getAttribute('href')).resolves.toBe(
      `/api/public/cycles/${rc.impl.cycleId}/report.pdf`,
    );
    await expect(tools.getByRole('link', { name: '项目清单' }).getAttribute('href')).resolves.toBe(
      `/api/public/cycles/${rc.impl.cycleId}/projects.csv`,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'annual-report-screen.png');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('prints the document alone: no toolbar, no site frame, black on white, A4 pages', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: '打印' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.rep-tools').isVisible()).resolves.toBe(false);
    await expect(page.locator('.public-top').isVisible()).resolves.toBe(false);
    await expect(page.locator('.public-foot').isVisible()).resolves.toBe(false);
    const look = await page.locator('article.rep-paper').evaluate((el) => {
      const s = getComputedStyle(el);
      const p = getComputedStyle(el.querySelector('.rep-para')!);
      return {
        color: s.color,
        background: s.backgroundColor,
        shadow: s.boxShadow,
        indent: p.textIndent,
        align: p.textAlign,
        lineHeight: parseFloat(p.lineHeight) / parseFloat(p.fontSize),
      };
    });
    expect(look).toMatchObject({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', shadow: 'none', indent: '32px', align: 'justify' });
    expect(look.lineHeight).toBeCloseTo(1.8, 1);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, for the artifact
    await screenshot(page, 'annual-report-print.png');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const raw = pdf.toString('latin1');
    const pages = raw.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  }, 60_000);

  it('fits a phone: no sideways scrolling of the page, tables scroll in their own box', async () => {
    const page = await open({ phone: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'annual-report-phone.png');
  }, 60_000);
});
