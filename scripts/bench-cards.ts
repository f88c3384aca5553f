// `npm run bench:cards`: how fast the cards of a sitting are ready to print. For each size (231, a
// county congress; 3,000, a large one) it starts the server as its own process on a fresh embedded
// PGlite (PUBLIC_ORIGIN set to a LAN address, as in a hall), builds the roster with everyone present
// and a ballot through the API, then measures:
//   - server, PDF: POST cards/pdf until the last byte of the streamed PDF (and its size);
//   - server, JSON: POST cards/print (what the HTML print page loads);
//   - Chromium, print page: from the click on 印制表决卡 until every card and QR image is rendered;
//   - Chromium, PDF: from the click on 生成并下载 PDF until the file is downloaded.
// Each issue voids the previous cards, as reprinting does. Prints a table and JSON.
//   npm run bench:cards -- --sizes 231,3000
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildHall, createBallot } from '../test/support/ballot-fixtures';
import { readCardsPdf } from '../test/support/cards-pdf';
import { ADMIN, Client, type TestServer } from '../test/support/harness';
import { ensureWebBuild } from '../test/support/web-build';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '231,3000' },
    port: { type: 'string', default: '3998' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const PORT = Number(values.port);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const base = `http://127.0.0.1:${PORT}`;
const PUBLIC_ORIGIN = `http://192.168.10.20:${PORT}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(url: string, server: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}
const seconds = (ms: number) => +(ms / 1000).toFixed(2);

async function postPdf(client: Client, ballotId: string) {
  const started = performance.now();
  const res = await fetch(`${base}/api/ballots/${ballotId}/cards/pdf`, {
    method: 'POST',
    headers: { cookie: client.cookie ?? '', origin: base, 'content-type': 'application/json' },
    body: '{}',
  });
  if (res.status !== 201) throw new Error(`cards/pdf: ${res.status} ${await res.text()}`);
  const body = Buffer.from(await res.arrayBuffer());
  return { ms: performance.now() - started, body };
}

async function measure(size: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-cards-'));
  // Embedded PGlite, the default database: no DATABASE_URL.
  const { DATABASE_URL: _unused, ...env } = process.env;
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...env, DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'error', PUBLIC_ORIGIN },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    await waitFor(`${base}/api/health`, server);
    process.stderr.write(`[${size}] building the roster…\n`);
    const hall = await buildHall({ client: () => new Client(base) } as unknown as TestServer, { deputies: size, candidates: 15, seats: 10 });
    const ballot = await createBallot(hall);

    // Server: the PDF, streamed (twice; the second is the one counted, after the first warmed up the code).
    await postPdf(hall.admin, ballot.id);
    const pdf = await postPdf(hall.admin, ballot.id);

    const jsonStarted = performance.now();
    const json = await hall.admin.post(`/api/ballots/${ballot.id}/cards/print`);
    if (json.status !== 201) throw new Error(`cards/print: ${json.status}`);
    const jsonMs = performance.now() - jsonStarted;
    // Checked after the timed calls: decoding thousands of QR codes takes a while.
    const read = readCardsPdf(pdf.body);
    if (read.cards.length !== size || read.cards.some((c) => !c.url?.startsWith(`${PUBLIC_ORIGIN}/v#`)))
      throw new Error('the PDF does not hold every card');

    // Chromium: the clerk's way, through the console.
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名', { exact: true }).fill(ADMIN.username);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${base}/console/session/ballots/${ballot.id}`);
    await page.getByRole('button', { name: '印制表决卡' }).click();
    const confirm = page.getByRole('dialog').getByRole('button', { name: '重新印制' });
    await confirm.waitFor();
    const pageStarted = performance.now();
    await confirm.click();
    await page.waitForURL('**/print/cards', { timeout: 600_000 });
    // Ready: every card's QR code is in the page, and a frame has been painted after it.
    await page.waitForFunction((n) => document.querySelectorAll('svg.prt-qr path[stroke]').length === n, size, { timeout: 600_000, polling: 50 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const pageMs = performance.now() - pageStarted;

    // Leaving a page of thousands of cards can take a while: a fresh load of the ballot page.
    await page.goto(`${base}/console/session/ballots/${ballot.id}`, { timeout: 600_000 });
    await page.getByRole('link', { name: '表决卡 PDF' }).click({ timeout: 600_000 });
    const make = page.getByRole('button', { name: '生成并下载 PDF' });
    await page.getByTestId('qr-origin').getByText(PUBLIC_ORIGIN).waitFor();
    await page.waitForFunction(() => !document.querySelector('button.btn-primary')?.hasAttribute('disabled'));
    const downloadStarted = performance.now();
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await make.click();
    const file = await (await download).path();
    const browserPdfMs = performance.now() - downloadStarted;
    const browserPdfBytes = statSync(file!).size;
    await ctx.close();

    return {
      cards: size,
      pages: read.pages.length,
      serverPdfSeconds: seconds(pdf.ms),
      pdfBytes: pdf.body.length,
      serverJsonSeconds: seconds(jsonMs),
      browserPrintPageReadySeconds: seconds(pageMs),
      browserPdfDownloadSeconds: seconds(browserPdfMs),
      browserPdfBytes,
    };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await ensureWebBuild();
const results = [];
for (const size of SIZES) {
  const r = await measure(size);
  process.stderr.write(`[${size}] ${JSON.stringify(r)}\n`);
  results.push(r);
}
console.log(
  '| cards | pages | server: PDF complete | PDF size | server: JSON for the print page | Chromium: print page ready | Chromium: PDF downloaded |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results)
  console.log(
    `| ${r.cards} | ${r.pages} | ${r.serverPdfSeconds} s | ${(r.pdfBytes / 1024 / 1024).toFixed(2)} MB | ${r.serverJsonSeconds} s | ${r.browserPrintPageReadySeconds} s | ${r.browserPdfDownloadSeconds} s |`,
  );
console.log(JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results }, null, 2));
