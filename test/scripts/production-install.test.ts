// The PDF is a product feature: playwright-core must be installed by `npm ci --omit=dev`, and the
// start-up log must say plainly when PDF export is off and why. Also: the committed lockfile
// must be what `npm install` writes (a fresh clone stays clean).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, spawnServer } from '../../scripts/reliability/lib';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

describe('production install', () => {
  it('playwright-core is a runtime dependency, pinned exactly, and not dev-only in the lockfile', () => {
    expect(pkg.dependencies['playwright-core']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.devDependencies['playwright-core']).toBeUndefined();
    expect(lock.packages['node_modules/playwright-core'].dev).toBeUndefined();
  });

  it('the lockfile records what npm install would write for the root package', () => {
    expect(lock.packages[''].dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[''].devDependencies).toEqual(pkg.devDependencies);
    // npm writes hasInstallScript when package.json has a postinstall: missing, a fresh clone's
    // npm install modified package-lock.json.
    expect(lock.packages[''].hasInstallScript === true).toBe(Boolean(pkg.scripts.postinstall));
  });

  it('the start-up log says when PDF export is off and why', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'minsheng-pdf-'));
    const server = await spawnServer(
      { DATABASE_URL: undefined, DATA_DIR: dataDir, CHROMIUM_PATH: '/nonexistent/chromium', LOG_LEVEL: 'info' },
      await freePort(),
    );
    try {
      expect(server.output()).toContain('report PDF export is OFF: no Chromium at /nonexistent/chromium');
    } finally {
      await server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
