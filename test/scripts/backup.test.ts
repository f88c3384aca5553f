// `npm run backup` and `npm run restore`, end to end on both drivers: a congress with a certified
// ballot is dumped (pg_dump / PGlite's data-directory dump), restored into an empty database,
// and then every ledger verifies (with the ballot recount), every head is the same, and every
// page shows the same numbers. Restoring into a database that is not empty is refused.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../server/core/domain/canonical-json';
import { verifyExport } from '../../server/core/domain/ledger-chain';
import { loadEnv } from '../../server/env';
import { recountProblems } from '../../server/phase2-balloting/domain/recount';
import { makeDeps, openDatabaseFor, startServer } from '../../server/server';
import { createScratchDatabase, ROOT, type ScratchDatabase } from '../../scripts/reliability/lib';
import { buildHall, choicesFor, createBallot, openWithCards, newCastId } from '../support/ballot-fixtures';
import { Client, DRIVERS, TestClock, type TestServer } from '../support/harness';
import { certifyResult } from '../support/signing';

interface Target {
  env: Record<string, string | undefined>;
  cleanup(): Promise<void>;
}

async function newTarget(driver: 'pglite' | 'postgres'): Promise<Target> {
  if (driver === 'postgres') {
    const db: ScratchDatabase = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'backup');
    return { env: { DATABASE_URL: db.url }, cleanup: () => db.drop() };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-backup-'));
  return { env: { DATABASE_URL: undefined, DATA_DIR: path.join(dir, 'data') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real server in this process on the target's database (as npm start opens it). */
async function serveOn(target: Target) {
  const source: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...target.env };
  for (const [k, v] of Object.entries(target.env)) if (v === undefined) delete source[k];
  const env = loadEnv(source);
  const database = await openDatabaseFor(env);
  const clock = new TestClock();
  const deps = makeDeps(database, env, { clock: clock.read });
  const running = await startServer(deps, 0, '127.0.0.1');
  return {
    ...running,
    clock,
    client: () => new Client(running.url),
    async stop() {
      await running.close();
      await database.close();
    },
  };
}

/** Runs an npm script's file the way npm does (tsx), with the target's environment. */
function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const full: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete full[k];
    const p = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '',
      stderr = '';
    p.stdout.on('data', (b: Buffer) => {
      stdout += b;
    });
    p.stderr.on('data', (b: Buffer) => {
      stderr += b;
    });
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(DRIVERS)('backup and restore [%s]', (driver) => {
  let source: Target, target: Target, dir: string;
  const pages = new Map<string, string>();
  let heads: Record<string, string>;
  let congressId: string;

  /** What the pages show: the API answers behind them, anonymous and as the secretariat. */
  async function readPages(
    server: { client(): Client },
    ids: { congressId: string; cycleId: string; ballotId: string; sittingId: string; receipt: string },
  ) {
    const anon = server.client();
    const staff = await server.client().login('mishu', 'correct-horse-1');
    const out = new Map<string, string>();
    const read = async (c: Client, who: string, p: string) => {
      const r = await c.get(p);
      expect(r.status, `${who} ${p}`).toBe(200);
      out.set(`${who} ${p}`, r.text);
    };
    for (const p of [
      `/api/public/congresses/${ids.congressId}/cycles`,
      `/api/public/cycles/${ids.cycleId}`,
      `/api/public/cycles/${ids.cycleId}/candidates`,
      `/api/public/ballots/${ids.ballotId}`,
      `/api/ballots/${ids.ballotId}/results`,
      `/api/ballots/${ids.ballotId}/results.csv`,
      `/api/ledgers?congressId=${ids.congressId}`,
      `/api/receipts/${ids.receipt}`,
    ])
      await read(anon, 'public', p);
    for (const p of [
      '/api/ballots',
      `/api/ballots/${ids.ballotId}`,
      '/api/deputies?pageSize=500',
      '/api/delegations',
      '/api/departments',
      '/api/accounts',
      '/api/cycles',
      `/api/cycles/${ids.cycleId}`,
      `/api/cycles/${ids.cycleId}/proposals`,
      `/api/cycles/${ids.cycleId}/candidate-list`,
      '/api/sittings',
      `/api/sittings/${ids.sittingId}`,
      `/api/sittings/${ids.sittingId}/attendance`,
      '/api/ledgers',
    ])
      await read(staff, 'secretariat', p);
    const ledgers = JSON.parse(out.get('secretariat /api/ledgers')!).ledgers as Array<{ id: string; kind: string }>;
    const exports: Record<string, { ok: boolean; head: string }> = {};
    for (const l of ledgers) {
      const r = await staff.get(`/api/ledgers/${l.id}`);
      out.set(`secretariat /api/ledgers/${l.id}`, r.text);
      const v = verifyExport(r.body, { checkers: [(doc) => (doc.ledger.kind === 'ballot' ? recountProblems(doc.entries, canonicalJson) : [])] });
      exports[l.id] = { ok: v.ok, head: `${r.body.head.seq}:${r.body.head.hash}` };
    }
    return { pages: out, exports };
  }

  let ids: { congressId: string; cycleId: string; ballotId: string; sittingId: string; receipt: string };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-dumps-'));
    source = await newTarget(driver);
    target = await newTarget(driver);
    const server = await serveOn(source);
    try {
      const hall = await buildHall(server as unknown as TestServer, { deputies: 12, candidates: 4, seats: 2 });
      const ballot = await createBallot(hall);
      const cards = await openWithCards(hall, ballot.id);
      let receipt = '';
      for (const [i, card] of cards.entries()) {
        const r = await server.client().post(`/api/ballots/${ballot.id}/cast`, {
          castId: newCastId(),
          token: card.url.split('#')[1],
          choices: choicesFor(hall.candidateIds, (_, k) => ((i + k) % 3 === 0 ? 'for' : (i + k) % 3 === 1 ? 'against' : 'abstain')),
        });
        expect(r.status).toBe(201);
        receipt = r.body.receipt;
      }
      expect((await hall.admin.post(`/api/ballots/${ballot.id}/close`, {})).status).toBe(200);
      expect((await hall.admin.post(`/api/ballots/${ballot.id}/tally`)).status).toBe(200);
      expect((await certifyResult(hall, ballot.id)).status).toBe(200);
      congressId = (await hall.admin.get('/api/auth/me')).body.congress.id;
      ids = { congressId, cycleId: hall.cycleId, ballotId: ballot.id, sittingId: hall.sittingId, receipt };
      const before = await readPages(server, ids);
      for (const [k, v] of before.pages) pages.set(k, v);
      heads = Object.fromEntries(Object.entries(before.exports).map(([id, e]) => [id, e.head]));
      expect(Object.values(before.exports).every((e) => e.ok)).toBe(true);
    } finally {
      await server.stop();
    }
  });
  afterAll(async () => {
    await source?.cleanup();
    await target?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('backs up, refuses to restore over data, restores into an empty database with every ledger and page the same', async () => {
    const file = path.join(dir, driver === 'postgres' ? 'dump.pgdump' : 'dump.pglite.tar.gz');
    const b = await runScript('scripts/backup.ts', ['--out', file], source.env);
    expect(b.code, b.stderr).toBe(0);
    const backedUp = JSON.parse(b.stdout);
    expect(backedUp).toMatchObject({ ok: true, driver, file });
    expect(backedUp.bytes).toBeGreaterThan(1000);
    // The heads the backup reports are the ones the server showed.
    for (const [id, head] of Object.entries(heads)) expect(backedUp.heads[id]).toBe(head);

    const refused = await runScript('scripts/restore.ts', [file], source.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('restore refused');
    expect(refused.stderr).toMatch(/not empty/);

    const r = await runScript('scripts/restore.ts', [file], target.env);
    expect(r.code, r.stderr).toBe(0);
    const restored = JSON.parse(r.stdout);
    expect(restored).toMatchObject({ ok: true, allValid: true, ledgers: backedUp.ledgers, entries: backedUp.entries });
    expect(restored.heads).toEqual(backedUp.heads);

    const server = await serveOn(target);
    try {
      const after = await readPages(server, ids);
      expect(Object.values(after.exports).every((e) => e.ok)).toBe(true);
      expect(Object.fromEntries(Object.entries(after.exports).map(([id, e]) => [id, e.head]))).toEqual(heads);
      expect([...after.pages.keys()].sort()).toEqual([...pages.keys()].sort());
      for (const [k, v] of pages) expect(after.pages.get(k), k).toBe(v);
    } finally {
      await server.stop();
    }
  });
});
