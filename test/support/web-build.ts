// Builds the single-page app into dist/web when it is missing or older than its sources, so the
// test server (which serves dist/web) runs the current UI. A lock directory keeps two test
// processes from building over each other.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB = path.join(ROOT, 'web');
const BUILT_INDEX = path.join(ROOT, 'dist/web/index.html');
const LOCK = path.join(ROOT, 'dist/.web-build.lock');
const STALE_LOCK_MS = 120_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const sources = Math.max(newestMtime(WEB), statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs);
  return statSync(BUILT_INDEX).mtimeMs < sources;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function acquireLock(): Promise<void> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A crashed build leaves its lock behind; take it over after a while.
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}

export async function ensureWebBuild(): Promise<void> {
  if (!isStale()) return;
  await acquireLock();
  try {
    if (!isStale()) return; // built by another process while we waited
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), root: WEB, logLevel: 'warn' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
