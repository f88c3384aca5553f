// The signing flow as people do it in the browser: a scrutineer makes their key on the signing
// page (downloading the backup), the secretariat compares the fingerprint and registers it, and a
// scrutineer signs a tallied result on its ballot page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const BACKUP_PASSWORD = 'backup-password-1';

/** On the scrutineer's page: make the key; returns the fingerprint shown and the downloaded backup. */
export async function makeKeyInBrowser(page: Page, base: string) {
  await page.goto(`${base}/console/signing`);
  await page.getByText('本浏览器中还没有您的签名密钥。').waitFor();
  await page.getByLabel('备份密码', { exact: true }).fill(BACKUP_PASSWORD);
  await page.getByLabel('再次输入备份密码').fill(BACKUP_PASSWORD);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成密钥并下载备份' }).click()]);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const fingerprint = (await page.getByTestId('my-fingerprint').innerText()).trim();
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  await page.getByTestId('my-key-status').getByText('待秘书处核对登记').waitFor();
  return { fingerprint, backup, suggestedName: download.suggestedFilename() };
}

/** On the secretariat's page: find the key by name, check the fingerprint matches, register it. */
export async function registerInConsole(page: Page, base: string, name: string, fingerprint: string, role: 'chief' | 'member') {
  await page.goto(`${base}/console/signing`);
  const row = page.locator('tbody tr').filter({ hasText: name }).filter({ hasText: '待秘书处核对登记' });
  await row.waitFor();
  expect((await row.locator('td').nth(1).innerText()).trim()).toBe(fingerprint);
  await row.getByRole('button', { name: role === 'chief' ? '登记为总监票人' : '登记为监票人' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(fingerprint, { exact: false }).waitFor();
  await dialog.getByRole('button', { name: role === 'chief' ? '登记为总监票人' : '登记为监票人' }).click();
  await page
    .locator('tbody tr')
    .filter({ hasText: fingerprint })
    .getByText(role === 'chief' ? '已登记（总监票人）' : '已登记（监票人）')
    .waitFor();
}

/** On the scrutineer's page: sign the tallied result of the ballot page `path`. */
export async function signInBrowser(page: Page, base: string, path: string) {
  await page.goto(`${base}${path}`);
  await page.getByRole('button', { name: '签名确认结果' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('您将用本浏览器中的签名密钥对计票记录', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: '签名确认结果' }).click();
  await dialog.waitFor({ state: 'detached' });
}
