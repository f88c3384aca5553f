// The annual report as PDF: this server's own report page printed by headless Chromium with its
// print CSS, so the PDF and a sheet from the page's 打印 button are the same document. One browser
// per server, launched on the first request and closed after a quiet spell or at shutdown; at most
// two renders at a time and a short queue, and two per client address, so a busy public cannot
// exhaust the server; one render per (cycle, data version, language) — the ETag — runs at a time
// and its PDF is kept, so it is rendered once per change.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { WEB_DIST } from '../core/web-dist';
import { AppError } from '../core/errors';
import type { Deps } from '../core/context';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MAX_RENDERS = 2;
const MAX_WAITING = 4;
const RENDER_TIMEOUT_MS = 45_000;
const IDLE_CLOSE_MS = 5 * 60_000;
const MAX_KEPT = 8;
/** Renders one client address may have started and not finished; more get 429. */
export const MAX_RENDERS_PER_ADDRESS = 2;
const PER_ADDRESS_RETRY_SECONDS = 10;

/** Why no PDF can be made here; the page's own print button (save as PDF) still works. */
export class PdfUnavailable extends Error {}

interface Renderer {
  browser: Promise<Browser> | null;
  active: number;
  waiting: Array<() => void>;
  kept: Map<string, Uint8Array>;
  inFlight: Map<string, Promise<Uint8Array>>;
  /** Renders started per client address and not yet finished. */
  byAddress: Map<string, number>;
  idle: NodeJS.Timeout | null;
}

const renderers = new WeakMap<Deps, Renderer>();

function rendererOf(deps: Deps): Renderer {
  let r = renderers.get(deps);
  if (!r)
    renderers.set(deps, (r = { browser: null, active: 0, waiting: [], kept: new Map(), inFlight: new Map(), byAddress: new Map(), idle: null }));
  return r;
}

/** Why this server cannot make PDFs, or null when it can (said in the start-up log). */
export function pdfUnavailableReason(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (install the Debian package "chromium", or set CHROMIUM_PATH)`;
  if (!existsSync(WEB_DIST)) return `the web app is not built (${WEB_DIST} is missing; npm start builds it)`;
  try {
    createRequire(import.meta.url).resolve('playwright-core');
  } catch {
    return 'the playwright-core package is not installed (run npm ci)';
  }
  return null;
}

export const pdfAvailable = () => pdfUnavailableReason() === null;

async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core').catch(() => {
    throw new PdfUnavailable('playwright-core is not installed');
  });
  // No sandbox: the process may run as root in a container, and it only ever opens this server's own page.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
}

function browserOf(r: Renderer): Promise<Browser> {
  if (!r.browser) {
    const started = launch();
    r.browser = started;
    started.then(
      (b) =>
        b.on('disconnected', () => {
          if (r.browser === started) r.browser = null;
        }),
      () => {
        if (r.browser === started) r.browser = null;
      },
    );
  }
  return r.browser;
}

async function closeBrowser(r: Renderer) {
  const b = r.browser;
  r.browser = null;
  if (r.idle) clearTimeout(r.idle);
  r.idle = null;
  if (b)
    await b
      .then(
        (x) => x.close(),
        () => undefined,
      )
      .catch(() => undefined);
}

/** At most MAX_RENDERS at once; a few wait their turn, the rest are told to come back. */
async function slot(r: Renderer): Promise<() => void> {
  if (r.active >= MAX_RENDERS) {
    if (r.waiting.length >= MAX_WAITING) {
      throw new AppError('unavailable', { zh: '报告 PDF 生成繁忙，请稍后再试', en: 'Busy making report PDFs; try again shortly' }, undefined, 10);
    }
    await new Promise<void>((resolve) => r.waiting.push(resolve));
  }
  r.active += 1;
  if (r.idle) clearTimeout(r.idle);
  r.idle = null;
  return () => {
    r.active -= 1;
    r.waiting.shift()?.();
    if (r.active === 0 && r.waiting.length === 0) {
      r.idle = setTimeout(() => void closeBrowser(r), IDLE_CLOSE_MS);
      r.idle.unref();
    }
  };
}

async function render(r: Renderer, url: string, lang: 'zh' | 'en'): Promise<Uint8Array> {
  const browser = await browserOf(r);
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    // The page takes its language from what the reader chose before (localStorage).
    if (lang === 'en')
      await context.addInitScript(() => {
        try {
          localStorage.setItem('minsheng.lang', 'en');
        } catch {
          /* none */
        }
      });
    const page = await context.newPage();
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // The page marks itself ready (data in, laid out) or failed.
    const state = await page.waitForSelector('[data-report-state="ready"], [data-report-state="error"]', { state: 'attached' });
    if ((await state.getAttribute('data-report-state')) !== 'ready') throw new Error(`the report page failed to load: ${url}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * The PDF of `pagePath` on this server (`origin`), kept under `key` (the data version). Throws
 * PdfUnavailable when no Chromium or no built page exists, and a 503 AppError when too busy.
 */
export async function reportPdf(deps: Deps, origin: string, pagePath: string, lang: 'zh' | 'en', key: string, clientIp: string): Promise<Uint8Array> {
  const why = pdfUnavailableReason();
  if (why) throw new PdfUnavailable(why);
  const r = rendererOf(deps);
  const kept = r.kept.get(key);
  if (kept) return kept;
  // One render per key (cycle, data version, language): later askers share it.
  let job = r.inFlight.get(key);
  if (!job) {
    const mine = r.byAddress.get(clientIp) ?? 0;
    if (mine >= MAX_RENDERS_PER_ADDRESS) {
      throw new AppError(
        'rate_limited',
        { zh: '报告 PDF 正在生成，请稍后再试', en: 'Your report PDFs are still being made; try again shortly' },
        { retryAfter: PER_ADDRESS_RETRY_SECONDS },
        PER_ADDRESS_RETRY_SECONDS,
      );
    }
    r.byAddress.set(clientIp, mine + 1);
    job = (async () => {
      const release = await slot(r);
      try {
        return await render(r, origin + pagePath, lang);
      } finally {
        release();
      }
    })();
    r.inFlight.set(key, job);
    job
      .then(
        (bytes) => {
          if (r.kept.size >= MAX_KEPT) r.kept.delete(r.kept.keys().next().value!);
          r.kept.set(key, bytes);
        },
        () => undefined,
      )
      .finally(() => {
        r.inFlight.delete(key);
        const left = (r.byAddress.get(clientIp) ?? 1) - 1;
        if (left > 0) r.byAddress.set(clientIp, left);
        else r.byAddress.delete(clientIp);
      });
  }
  return job;
}

/** Closes the server's browser, if one was launched (server shutdown). */
export async function closeReportPdf(deps: Deps): Promise<void> {
  const r = renderers.get(deps);
  if (r) await closeBrowser(r);
}
