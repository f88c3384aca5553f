// `npm run demo` end to end on both drivers: it loads, a second run only prints the logins, and
// the story is there as the public pages read it — 2024 evaluated and closed (three 满意, one
// 基本满意, one 不满意 with its rectification reported), 2025 in implementation with a year of
// reports (some late, one adjusted by decision, one suspended), 2026 in screening, 2027 at the
// plenary — and every ledger a visitor can download verifies, ballots recounted.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../server/core/domain/ledger-chain';
import { loadEnv } from '../../server/env';
import { makeDeps, openDatabaseFor, startServer } from '../../server/server';
import { defaultCheckers } from '../../scripts/verify';
import { createScratchDatabase } from '../../scripts/reliability/lib';
import { DEMO_PASSWORD } from '../../scripts/demo/roster';
import { Client, DRIVERS } from '../support/harness';
import { runDemo } from '../support/demo';

describe.each(DRIVERS)('npm run demo [%s]', (driver) => {
  let env: Record<string, string | undefined>;
  let cleanup: () => Promise<void>;
  let server: { url: string; close(): Promise<void> };
  let closeDb: () => Promise<void>;
  const anon = () => new Client(server.url);
  let second: { code: number | null; stdout: string; stderr: string };
  let cycles: Array<{ id: string; year: number; phase: string; ledgerId: string }>;
  const cycle = (year: number) => cycles.find((c) => c.year === year)!;

  beforeAll(async () => {
    if (driver === 'postgres') {
      const db = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'demo');
      env = { DATABASE_URL: db.url };
      cleanup = () => db.drop();
    } else {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'minsheng-demo-'));
      env = { DATABASE_URL: undefined, DATA_DIR: path.join(dir, 'data') };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    const first = await runDemo(env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Loaded 2024年民生实事项目');
    // Run again before serving (PGlite's data directory admits one process at a time).
    second = await runDemo(env);
    const source: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete source[k];
    const database = await openDatabaseFor(loadEnv(source));
    closeDb = () => database.close();
    server = await startServer(makeDeps(database, loadEnv(source)), 0, '127.0.0.1');
    const staff = await new Client(server.url).login('mishu', DEMO_PASSWORD);
    cycles = (await staff.get('/api/cycles')).body.cycles;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await closeDb?.();
    await cleanup?.();
  });

  it('has the four years in their phases', () => {
    expect(cycles.map((c) => [c.year, c.phase]).sort()).toEqual([
      [2024, 'closed'],
      [2025, 'implementation'],
      [2026, 'screening'],
      [2027, 'balloting'],
    ]);
  });

  it('shows the county on the public portal at its code, each year leading to what is current', async () => {
    const r = await anon().get('/api/public/portal/shifan-xian');
    expect(r.status).toBe(200);
    expect(r.body.congress.name).toBe('示范县第十八届人民代表大会');
    expect(r.body.congress.years.map((y: { year: number; current: string[] }) => [y.year, y.current])).toEqual([
      [2027, ['candidates']],
      [2026, []],
      [2025, ['progress', 'results', 'candidates', 'report']],
      [2024, ['progress', 'results', 'candidates', 'report']],
    ]);
  });

  it('reads like a real county: no test payloads (markup, scripts) in suggestions or proposals', async () => {
    const staff = await new Client(server.url).login('mishu', DEMO_PASSWORD);
    for (const c of cycles) {
      for (const path of [`/api/cycles/${c.id}/suggestions?pageSize=500`, `/api/cycles/${c.id}/proposals?pageSize=500`]) {
        const r = await staff.get(path);
        expect(r.status, path).toBe(200);
        expect(r.text, path).not.toMatch(/<\/?(?:script|b|img|iframe|svg)\b|onerror|alert\(/i);
      }
    }
  });

  it('2024 is evaluated: three 满意, one 基本满意, one 不满意 rectified, from a certified evaluation at the 2025 plenary', async () => {
    const o = (await anon().get(`/api/public/cycles/${cycle(2024).id}/overview`)).body;
    expect(o.totals.projects).toBe(5);
    expect(o.byGrade.map((g: { projects: number }) => g.projects)).toEqual([3, 1, 1, 0]);
    expect(o.evaluations).toHaveLength(1);
    expect(o.evaluations[0]).toMatchObject({
      title: '2024年民生实事项目满意度测评',
      presentCount: 226,
      rosterCount: 231,
      valid: 226,
      threshold: 116,
    });
    const backstreets = o.evaluations[0].projects.find((p: { title: string }) => p.title === '城区背街小巷改造');
    expect(backstreets).toMatchObject({ grade: 'unsatisfied', satisfied: 41, basicallySatisfied: 63, unsatisfied: 122 });
    const page = (await anon().get(`/api/public/projects/${backstreets.id}`)).body;
    expect(page.rectifications).toHaveLength(1);
    expect(page.rectifications[0].status).toBe('reported');
  });

  it('2025 is in implementation with late reports, one adjusted, one suspended, the parks overdue', async () => {
    const o = (await anon().get(`/api/public/cycles/${cycle(2025).id}/overview`)).body;
    expect(o.totals.projects).toBe(6);
    expect(o.byStatus.find((s: { status: string }) => s.status === 'suspended').projects).toBe(1);
    expect(o.notices.map((n: { kind: string }) => n.kind).sort()).toEqual(['adjust', 'suspend']);
    const list = (await anon().get(`/api/public/cycles/${cycle(2025).id}/projects`)).body.projects as Array<{
      title: string;
      id: string;
      flags: { overdue: unknown };
    }>;
    expect(list.find((p) => p.title === '城区口袋公园建设')!.flags.overdue).not.toBeNull();
    const school = (await anon().get(`/api/public/projects/${list.find((p) => p.title === '城区第一小学改扩建工程')!.id}`)).body;
    expect(school.project.reporting.late).toBeGreaterThan(0);
  });

  it('every public ledger verifies, ballots recounted', async () => {
    const congressId = (await anon().get(`/api/public/cycles/${cycle(2024).id}/overview`)).body.congress.id;
    const ledgers = (await anon().get(`/api/ledgers?congressId=${congressId}`)).body.ledgers as Array<{ id: string }>;
    // Four cycles, and the certified ballots: 2024's vote and evaluation, 2025's vote.
    expect(ledgers.length).toBeGreaterThanOrEqual(7);
    for (const l of ledgers) {
      const v = verifyExport((await anon().get(`/api/ledgers/${l.id}`)).body, { checkers: defaultCheckers });
      expect(v.problems, l.id).toEqual([]);
    }
  });

  it('a second run changes nothing and prints the logins', () => {
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('already loaded');
    expect(second.stdout).toContain('zongjianpiao');
    expect(cycles).toHaveLength(4);
  });
});
