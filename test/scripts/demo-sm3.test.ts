// `npm run demo -- --hash sm3` builds the demo congress with SM3 ledgers and SM2 scrutineer keys:
// every public ledger says hash "sm3" and verifies (ballots recounted), and each certification is
// signed with SM2. One run on PGlite in a throwaway data directory (about 35 s on a loaded
// 2-core machine); test/scripts/demo.test.ts already runs the SHA-256 demo twice on both drivers.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../server/core/domain/ledger-chain';
import { loadEnv } from '../../server/env';
import { makeDeps, openDatabaseFor, startServer } from '../../server/server';
import { defaultCheckers } from '../../scripts/verify';
import { DEMO_PASSWORD } from '../../scripts/demo/roster';
import { Client } from '../support/harness';
import { runDemo } from '../support/demo';

describe('npm run demo -- --hash sm3 [pglite]', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-demo-sm3-'));
  const env = { DATABASE_URL: undefined, DATA_DIR: path.join(dir, 'data') };
  let server: { url: string; close(): Promise<void> };
  let closeDb: () => Promise<void>;
  let seconds = 0;
  const anon = () => new Client(server.url);

  beforeAll(async () => {
    const started = Date.now();
    const run = await runDemo(env, ['--hash', 'sm3']);
    seconds = (Date.now() - started) / 1000;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('(ledgers sm3)');
    const source: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env };
    delete source.DATABASE_URL;
    const database = await openDatabaseFor(loadEnv(source));
    closeDb = () => database.close();
    server = await startServer(makeDeps(database, loadEnv(source)), 0, '127.0.0.1');
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    await closeDb?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every public ledger is SM3 and verifies; every certification is signed with SM2', async () => {
    console.log(`demo --hash sm3 loaded in ${seconds.toFixed(0)} s`);
    const staff = await new Client(server.url).login('mishu', DEMO_PASSWORD);
    const cycles = (await staff.get('/api/cycles')).body.cycles as Array<{ id: string }>;
    const congressId = (await anon().get(`/api/public/cycles/${cycles[0]!.id}/overview`)).body.congress.id;
    const ledgers = (await anon().get(`/api/ledgers?congressId=${congressId}`)).body.ledgers as Array<{ id: string; kind: string }>;
    expect(ledgers.length).toBeGreaterThanOrEqual(7);
    let certifications = 0;
    for (const l of ledgers) {
      const doc = (await anon().get(`/api/ledgers/${l.id}`)).body;
      expect(doc.ledger.hash, l.id).toBe('sm3');
      const v = verifyExport(doc, { checkers: defaultCheckers });
      expect(v.problems, l.id).toEqual([]);
      for (const e of doc.entries as Array<{ kind: string; data: { signatures?: Array<{ alg: string }> } }>) {
        if (e.kind !== 'ballot.certified') continue;
        certifications++;
        expect(e.data.signatures!.length).toBeGreaterThanOrEqual(2);
        expect(new Set(e.data.signatures!.map((s) => s.alg))).toEqual(new Set(['sm2']));
      }
    }
    // 2024's vote and evaluation and 2025's vote are certified.
    expect(certifications).toBeGreaterThanOrEqual(3);
  });
});
