import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runVerify, nodeIO, type VerifyIO } from '../../scripts/verify.js';
import { EMPTY_HEAD, sealEntry, type LedgerEntry } from '../../server/core/domain/ledger-chain.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function exportDoc(): { ledger: Record<string, unknown>; entries: LedgerEntry[]; head: { seq: number; hash: string } } {
  const e1 = sealEntry(EMPTY_HEAD, '2027-01-15T09:30:00.000Z', 'cycle.created', {
    cycleId: 'c1',
    title: '2027年民生实事项目',
    seats: 12,
  });
  const e2 = sealEntry(e1, '2027-01-15T09:31:00.250Z', 'proposal.submitted', { proposalId: 'p1', estimate: 3500000 });
  const e3 = sealEntry(e2, '2027-03-02T02:15:42.007Z', 'ballot.cast', { choices: { p1: 'for', p2: 'abstain' } });
  return {
    ledger: { id: 'L1', kind: 'ballot', title: '2027年民生实事项目票决' },
    entries: [e1, e2, e3],
    head: { seq: 3, hash: e3.hash },
  };
}

function tampered(): ReturnType<typeof exportDoc> {
  const doc = exportDoc();
  doc.entries[1].data.estimate = 3500001;
  return doc;
}

/** In-memory IO: files from a map, URLs from another map. */
function memIO(files: Record<string, string>, urls: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: VerifyIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return files[p];
    },
    fetchText: async (u) => {
      if (!(u in urls)) throw new Error('HTTP 404 Not Found');
      return urls[u];
    },
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe('runVerify (in process)', () => {
  const files = {
    'good.json': JSON.stringify(exportDoc()),
    'bad.json': JSON.stringify(tampered()),
    'bom.json': `\ufeff${JSON.stringify(exportDoc())}`,
    'broken.json': '{"ledger": ',
    'truncated.json': JSON.stringify({ ...exportDoc(), entries: exportDoc().entries.slice(0, 2) }),
  };

  it('valid export → exit 0 with a readable report', async () => {
    const m = memIO(files);
    expect(await runVerify(['good.json'], m.io)).toBe(0);
    const text = m.out();
    expect(text).toContain('2027年民生实事项目票决');
    expect(text).toContain('ballot');
    expect(text).toMatch(/Entries 条目数: 3/);
    expect(text).toContain(`Head 链头: seq 3  hash ${exportDoc().head.hash}`);
    expect(text).toContain('OK — chain valid');
    expect(m.err()).toBe('');
  });

  it('accepts a leading "--" and a BOM', async () => {
    expect(await runVerify(['--', 'good.json'], memIO(files).io)).toBe(0);
    expect(await runVerify(['bom.json'], memIO(files).io)).toBe(0);
  });

  it('tampered export → exit 1 naming the first bad seq', async () => {
    const m = memIO(files);
    expect(await runVerify(['bad.json'], m.io)).toBe(1);
    expect(m.out()).toMatch(/FAIL at seq 2: hash mismatch/);
    expect(m.out()).toContain('INVALID');
  });

  it('truncated export → exit 1 with a head mismatch', async () => {
    const m = memIO(files);
    expect(await runVerify(['truncated.json'], m.io)).toBe(1);
    expect(m.out()).toMatch(/FAIL: head mismatch/);
  });

  it('--json prints a machine-readable result', async () => {
    const m = memIO(files);
    expect(await runVerify(['--json', 'bad.json'], m.io)).toBe(1);
    const r = JSON.parse(m.out());
    expect(r).toMatchObject({
      ok: false,
      source: 'bad.json',
      ledger: { id: 'L1', kind: 'ballot' },
      count: 3,
      firstBad: { seq: 2, index: 1 },
    });
    expect(r.problems[0]).toMatch(/^entry seq 2: hash mismatch/);
    const g = memIO(files);
    expect(await runVerify(['good.json', '--json'], g.io)).toBe(0);
    expect(JSON.parse(g.out())).toMatchObject({ ok: true, problems: [], head: exportDoc().head });
  });

  it('usage, read and parse errors → exit 2 with a message, no stack', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /no FILE or URL given/],
      [['a.json', 'b.json'], /expected one FILE or URL, got 2/],
      [['--frobnicate', 'good.json'], /unknown option --frobnicate/],
      [['missing.json'], /cannot read missing\.json: ENOENT/],
      [['broken.json'], /broken\.json is not valid JSON/],
      [['https://example.invalid/api/ledgers/L1'], /cannot read https:\/\/example\.invalid\/api\/ledgers\/L1: HTTP 404/],
    ];
    for (const [argv, msg] of cases) {
      const m = memIO(files);
      expect(await runVerify(argv, m.io), argv.join(' ')).toBe(2);
      expect(m.err()).toMatch(msg);
      expect(m.err()).not.toMatch(/\n\s+at /);
    }
    const j = memIO(files);
    expect(await runVerify(['--json', 'missing.json'], j.io)).toBe(2);
    expect(JSON.parse(j.out())).toMatchObject({ ok: false, error: expect.stringMatching(/ENOENT/) });
  });

  it('--help → exit 0 with usage', async () => {
    const m = memIO(files);
    expect(await runVerify(['--help'], m.io)).toBe(0);
    expect(m.out()).toMatch(/Usage: npm run verify -- \[--json\] FILE\|URL/);
  });

  it('fetches http(s) URLs through io.fetchText', async () => {
    const url = 'https://congress.example/api/ledgers/L1';
    const m = memIO({}, { [url]: JSON.stringify(exportDoc()) });
    expect(await runVerify([url], m.io)).toBe(0);
    expect(m.out()).toContain(`Source 来源: ${url}`);
  });

  it('passes extra checkers through to verifyExport', async () => {
    const m = memIO(files);
    const code = await runVerify(['good.json'], m.io, [(doc) => (doc.entries.length === 3 ? ['recount: tally differs'] : [])]);
    expect(code).toBe(1);
    expect(m.out()).toContain('FAIL: recount: tally differs');
  });
});

describe('runVerify with the real node IO', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/api/ledgers/L1') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(exportDoc()));
      } else {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  function captureIO() {
    const out: string[] = [];
    const err: string[] = [];
    const io: VerifyIO = { ...nodeIO, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
    return { io, out, err };
  }

  it('fetches an export over HTTP', async () => {
    const c = captureIO();
    expect(await runVerify([`${base}/api/ledgers/L1`], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('OK — chain valid');
    const d = captureIO();
    expect(await runVerify([`${base}/api/ledgers/nope`], d.io)).toBe(2);
    expect(d.err.join('\n')).toMatch(/HTTP 404/);
  });
});

describe('scripts/verify.ts as a process', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'verify-test-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(exportDoc(), null, 2));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(tampered()));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/verify.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('exits 0 on a valid export file and 1 on a tampered one', () => {
    const ok = run(join(dir, 'good.json'));
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('OK — chain valid');
    expect(ok.stdout).toContain('Head 链头: seq 3');

    const bad = run('--json', join(dir, 'bad.json'));
    expect(bad.status, bad.stderr).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, firstBad: { seq: 2 } });
  });
});
