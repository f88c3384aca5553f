// The console in a real browser against a real server and database: first-run setup, roster
// pages, CSV import (errors listed, then a GB18030 file), language switch, logout and login,
// a read-only scrutineer, a department account. Screenshots go to test/artifacts/.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, expectNoSeriousA11yViolations } from '../support/browser';
import { startTestServer, type TestServer } from '../support/harness';
import { ensureWebBuild } from '../support/web-build';

const CONGRESS = '某某县人民代表大会';
const CLERK = { username: 'mishu', displayName: '王秘书', password: 'correct-horse-1' };

// Without Chromium these are skipped; test/support/browser.ts prints why (NO_CHROMIUM_REASON).
describe.skipIf(!hasChromium)('console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const url = (path: string) => server.url + path;
  const rows = (p: Page = page) => p.locator('main table tbody tr');
  const dialog = (p: Page = page) => p.getByRole('dialog');

  async function newContext() {
    // bypassCSP: axe-core is injected as an inline script, which the app's CSP rightly forbids.
    const ctx = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    const p = await ctx.newPage();
    p.on('pageerror', (err) => pageErrors.push(err.message));
    return { ctx, p };
  }

  async function login(p: Page, username: string, password: string) {
    await p.getByLabel('用户名', { exact: true }).fill(username);
    await p.getByLabel('密码', { exact: true }).fill(password);
    await p.getByRole('button', { name: '登录', exact: true }).click();
  }

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer('pglite');
    browser = await launchBrowser();
    ({ p: page } = await newContext());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on the setup page on a fresh server; setup in Chinese lands in the console', async () => {
    await page.goto(url('/'));
    await page.waitForURL('**/setup');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('首次使用设置');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expectNoSeriousA11yViolations(page, 'setup page');
    await screenshot(page, 'setup.png');

    // Nothing is possible before setup: other pages lead back here.
    await page.goto(url('/console/deputies'));
    await page.waitForURL('**/setup');

    // A mismatched confirmation is caught next to its field.
    await page.getByLabel('代表大会名称').fill(CONGRESS);
    await page.getByLabel('行政区域').fill('某某县');
    await page.getByLabel('层级').selectOption({ label: '县级' });
    await page.getByLabel('公开代码').fill('mou-xian');
    await page.getByLabel('用户名').fill(CLERK.username);
    await page.getByLabel('姓名').fill(CLERK.displayName);
    await page.getByLabel('密码', { exact: true }).fill(CLERK.password);
    await page.getByLabel('再次输入密码').fill('something-else');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByText('两次输入的密码不一致').waitFor();

    await page.getByLabel('再次输入密码').fill(CLERK.password);
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.waitForURL('**/console/deputies');
    await page.getByRole('heading', { level: 1, name: '代表名册' }).waitFor();
    await expect.poll(() => page.locator('.topbar').textContent()).toContain(CONGRESS);
    expect(await page.locator('.topbar').textContent()).toContain(CLERK.displayName);
    await page.getByText('名册中还没有代表').waitFor();
  });

  it('adds delegations and deputies, shows a field error from the API, and finds a deputy by seat', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '代表团', exact: true }).click();
    await page.waitForURL('**/console/delegations');
    for (const name of ['城关镇代表团', '东城代表团']) {
      await page.getByRole('button', { name: '新增代表团' }).click();
      await dialog().getByLabel('代表团名称').fill(name);
      await dialog().getByRole('button', { name: '新增代表团' }).click();
      await dialog().waitFor({ state: 'hidden' });
      await rows().filter({ hasText: name }).waitFor();
    }
    expect(await rows().count()).toBe(2);
    // A name taken: the server's refusal shows above the buttons, and goes as soon as the name is changed.
    await page.getByRole('button', { name: '新增代表团' }).click();
    await dialog().getByLabel('代表团名称').fill('城关镇代表团');
    await dialog().getByRole('button', { name: '新增代表团' }).click();
    await dialog().getByRole('alert').filter({ hasText: '代表团“城关镇代表团”已存在' }).waitFor();
    await screenshot(page, 'console-refusal-delegation.png');
    await dialog().getByLabel('代表团名称').fill('城关镇代表团二');
    await dialog().getByRole('alert').waitFor({ state: 'detached' });
    await dialog().getByRole('button', { name: '取消' }).click();
    await dialog().waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: '代表名册' }).click();
    await page.waitForURL('**/console/deputies');
    const addDeputy = async (d: { name: string; seat: string; delegation: string; gender: string }) => {
      await page.getByRole('button', { name: '新增代表' }).click();
      await dialog().getByLabel('姓名').fill(d.name);
      await dialog().getByLabel('座位号').fill(d.seat);
      await dialog().getByLabel('代表团').selectOption({ label: d.delegation });
      await dialog().getByLabel('性别').selectOption({ label: d.gender });
      await dialog().getByRole('button', { name: '新增代表' }).click();
    };
    await addDeputy({ name: '张伟', seat: 'A-012', delegation: '城关镇代表团', gender: '男' });
    await dialog().waitFor({ state: 'hidden' });
    await rows().filter({ hasText: '张伟' }).waitFor();
    await addDeputy({ name: '李娜', seat: 'A-013', delegation: '东城代表团', gender: '女' });
    await dialog().waitFor({ state: 'hidden' });
    await rows().filter({ hasText: '李娜' }).waitFor();

    // The server refuses a taken seat; the message sits under the seat field.
    await addDeputy({ name: '王强', seat: 'a-012', delegation: '东城代表团', gender: '男' });
    await dialog().locator('.field-invalid').filter({ hasText: '座位号' }).getByText('张伟').waitFor();
    // Corrected, the seat's message goes at once, before any new submit.
    await dialog().getByLabel('座位号').fill('A-014');
    await expect.poll(() => dialog().locator('.field-invalid').count()).toBe(0);
    expect(await dialog().getByText('张伟').count()).toBe(0);
    await dialog().getByRole('button', { name: '取消' }).click();
    await dialog().waitFor({ state: 'hidden' });

    await page.getByRole('searchbox', { name: '搜索' }).fill('A-012');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('张伟');
    await page.getByRole('searchbox', { name: '搜索' }).fill('');
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('lists every bad row of a CSV with row, column and reason, then imports a GB18030 file', async () => {
    await page.getByRole('link', { name: '导入 CSV' }).click();
    await page.waitForURL('**/console/deputies/import');

    const bad = [
      '姓名,代表团,座位号,性别',
      '王五,城关镇代表团,A-012,男', // row 2: seat held by 张伟
      '赵六,西城代表团,B-001,男', // row 3: unknown delegation
      ',东城代表团,B-002,女', // row 4: no name
      '孙七,东城代表团,B-003,未知', // row 5: gender
      '周八,东城代表团,B-003,男', // row 6: seat repeats row 5
    ].join('\r\n');
    await page.locator('input[type=file]').setInputFiles({ name: '代表名单-有错.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await page.getByRole('heading', { name: '发现 5 处错误，未导入任何代表' }).waitFor();
    const errorRows = page.locator('.card-error table tbody tr');
    expect(await errorRows.count()).toBe(5);
    const cells = await errorRows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(cells.map((c) => c[0])).toEqual(['2', '3', '4', '5', '6']);
    expect(cells.map((c) => c[1])).toEqual(['座位号', '代表团', '姓名', '性别', '座位号']);
    expect(cells[1]![2]).toContain('西城代表团');
    expect(cells[4]![2]).toContain('第5行');
    await screenshot(page, 'import-errors.png');

    const good = [
      '姓名,代表团,座位号,性别,联系电话,备注',
      '陈静,城关镇代表团,A-020,女,13900000001,',
      '刘洋,东城代表团,B-010,男,,',
      '黄磊,东城代表团,B-011,男,,新任代表',
    ].join('\r\n');
    const gb = iconv.encode(good, 'gb18030');
    await page.locator('input[type=file]').setInputFiles({ name: '代表名单.csv', mimeType: 'text/csv', buffer: gb });
    await page.getByRole('heading', { name: '3 名代表可以导入' }).waitFor();
    await page.getByText('文件编码：GB18030').waitFor();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('heading', { name: '已导入 3 名代表' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: '返回代表名册' }).last().click();
    await page.waitForURL('**/console/deputies');
    for (const name of ['陈静', '刘洋', '黄磊', '张伟', '李娜']) await rows().filter({ hasText: name }).waitFor();
    expect(await rows().count()).toBe(5);
    await page.getByText('共 5 条').waitFor();

    await expectNoSeriousA11yViolations(page, 'deputies page');
    await screenshot(page, 'console-deputies.png');
  });

  it('switches to English and keeps it', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deputies' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const label of ['Deputies', 'Delegations', 'Departments', 'Accounts', 'Ledgers', 'My account']) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
    }
    const headers = await page.locator('main table thead th').allTextContents();
    expect(headers).toEqual(['Seat', 'Name', 'Delegation', 'Gender', 'Phone', 'Status', 'Actions']);
    await page.getByRole('button', { name: 'Add deputy' }).waitFor();
    await screenshot(page, 'console-en.png');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Deputies' }).waitFor();
  });

  it('logs out and logs in again; setup cannot be run again', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'login page (English)');

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'login page');
    await screenshot(page, 'login.png');

    await page.goto(url('/setup'));
    await page.waitForURL('**/login');

    // A wrong password is said so on the form, without leaving it.
    await login(page, CLERK.username, 'not-the-password');
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
    await login(page, CLERK.username, CLERK.password);
    await page.waitForURL('**/console/deputies');
    await page.getByRole('heading', { level: 1, name: '代表名册' }).waitFor();
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('creates a department and its account; that account lands on the department home', async () => {
    await page.getByRole('link', { name: '部门', exact: true }).click();
    await page.waitForURL('**/console/departments');
    await page.getByRole('button', { name: '新增部门' }).click();
    await dialog().getByLabel('部门名称').fill('县教育局');
    await dialog().getByLabel('联系人').fill('赵老师');
    await dialog().getByRole('button', { name: '新增部门' }).click();
    await rows().filter({ hasText: '县教育局' }).waitFor();

    await page.getByRole('link', { name: '账号', exact: true }).click();
    await page.waitForURL('**/console/accounts');
    await rows().filter({ hasText: CLERK.username }).waitFor();
    await page.getByRole('button', { name: '新建账号' }).click();
    await dialog().getByLabel('用户名').fill('jiaoyu');
    await dialog().getByLabel('姓名').fill('教育局联络员');
    await dialog().getByLabel('角色').selectOption({ label: '部门' });
    await dialog().getByLabel('所属部门').selectOption({ label: '县教育局' });
    await dialog().getByLabel('初始密码').fill('long-enough-1');
    await dialog().getByRole('button', { name: '新建账号' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await rows().filter({ hasText: 'jiaoyu' }).filter({ hasText: '县教育局' }).waitFor();
    // The same user name again: refused at the field, and the message goes once the name is changed.
    await page.getByRole('button', { name: '新建账号' }).click();
    await dialog().getByLabel('用户名').fill('jiaoyu');
    await dialog().getByLabel('姓名').fill('教育局联络员二');
    await dialog().getByLabel('角色').selectOption({ label: '部门' });
    await dialog().getByLabel('所属部门').selectOption({ label: '县教育局' });
    await dialog().getByLabel('初始密码').fill('long-enough-1');
    await dialog().getByRole('button', { name: '新建账号' }).click();
    const taken = dialog().locator('.field-invalid').filter({ hasText: '用户名“jiaoyu”已被使用' });
    await taken.waitFor();
    await screenshot(page, 'console-refusal-account.png');
    await dialog().getByLabel('用户名').fill('jiaoyu2');
    await taken.waitFor({ state: 'detached' });
    expect(await dialog().locator('.field-invalid, .form-message').count()).toBe(0);
    await dialog().getByRole('button', { name: '取消' }).click();
    await dialog().waitFor({ state: 'hidden' });

    const { ctx, p } = await newContext();
    try {
      // Without a session, / is the public portal; its 工作人员登录 link leads to the login.
      await p.goto(url('/'));
      await p.getByRole('link', { name: '工作人员登录' }).click();
      await p.waitForURL('**/login');
      await login(p, 'jiaoyu', 'long-enough-1');
      await p.waitForURL('**/department');
      await p.getByRole('heading', { level: 1, name: '欢迎，教育局联络员' }).waitFor();
      expect(await p.locator('.topbar').textContent()).toContain(CONGRESS);
      // The console is not theirs.
      await p.goto(url('/console/deputies'));
      await p.waitForURL('**/department');
    } finally {
      await ctx.close();
    }
  });

  it('shows a scrutineer the roster read-only', async () => {
    const admin = await server.client().login(CLERK.username, CLERK.password);
    const created = await admin.post('/api/accounts', {
      username: 'jianpiao',
      displayName: '总监票人',
      role: 'scrutineer',
      password: 'long-enough-1',
    });
    expect(created.status).toBe(201);

    const { ctx, p } = await newContext();
    try {
      await p.goto(url('/login'));
      await login(p, 'jianpiao', 'long-enough-1');
      await p.waitForURL('**/console/deputies');
      await expect.poll(() => rows(p).count()).toBe(5);
      await p.getByText('只读').first().waitFor();
      expect(await p.getByRole('button', { name: '新增代表' }).count()).toBe(0);
      expect(await p.getByRole('link', { name: '导入 CSV' }).count()).toBe(0);
      expect(await p.getByRole('button', { name: '终止资格' }).count()).toBe(0);
      expect(await p.getByRole('link', { name: '账号', exact: true }).count()).toBe(0);
      const headers = await p.locator('main table thead th').allTextContents();
      expect(headers).toEqual(['座位号', '姓名', '代表团', '性别', '状态']);

      await p.getByRole('link', { name: '账本' }).click();
      await p.getByRole('link', { name: `${CONGRESS} 行政记录` }).click();
      await p.getByText('代表大会创建').first().waitFor();
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: '下载导出文件（JSON）' }).click()]);
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(exported.entries[0].kind).toBe('congress.created');
      expect(exported.head).toEqual({ seq: exported.entries.length, hash: exported.entries.at(-1).hash });
      await p.getByText(exported.head.hash).waitFor();
    } finally {
      await ctx.close();
    }
  });

  it('threw no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
