// The XSS tests' one check: open a page, wait for the payloads to show as literal text, and find
// no injected element (an event-handler attribute, the payloads' <img src=x>, an inline script).
// Dialogs opened by any script are collected by the caller.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export const imgPayload = (n: number) => `<img src=x onerror=alert(${n})>`;

export async function visitShowsText(ctx: BrowserContext, base: string, path: string, expected: string[], dialogs: string[]) {
  const page: Page = await ctx.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${path}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(base + path);
  // Texts folded away in <details> count as shown once opened (they render lazily, so open on each look).
  const shown = async () => {
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    return (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  };
  for (const text of expected) {
    await expect.poll(shown, { timeout: 10_000, message: `${path} should show ${text}` }).toContain(text.replace(/\s+/g, ' '));
  }
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );
  await page.waitForTimeout(200); // an injected onerror would fire by now
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('[onerror],[onload],img[src="x"],script:not([src])')].map((e) => e.outerHTML.slice(0, 120)),
  );
  expect(injected, path).toEqual([]);
  await page.close();
}
