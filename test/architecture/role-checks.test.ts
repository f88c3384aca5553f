// Access is decided in one place: server/core/access/permissions.ts. Anywhere else in the server,
// comparing an account's role (`actor.role === 'secretariat'`, `switch (actor.role)`,
// `STAFF.has(actor.role)`) is a second table that can drift from it: ask `can(actor, …)` or a
// scope check (`covers`, `reachOf`) instead. Each offending line is named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ALLOWED = 'server/core/access/';

const ROLE_CHECKS = [
  /\brole\s*[!=]==?/, // actor.role === 'x', role !== 'x'
  /[!=]==?\s*[\w$.?]*\brole\b(?!\w)/, // 'x' === actor.role
  /switch\s*\(\s*[\w$.?]*\brole\s*\)/, // switch (actor.role)
  /\.(includes|has)\(\s*[\w$.?]*\brole\s*\)/, // STAFF.has(actor.role)
];

/** The lines of a source text that compare a role, as `file:line: text`. */
function roleChecks(file: string, source: string): string[] {
  const out: string[] = [];
  source.split('\n').forEach((text, i) => {
    const code = text.replace(/\/\/.*$/, '').trim();
    if (code.startsWith('*') || code.startsWith('/*')) return;
    if (ROLE_CHECKS.some((re) => re.test(code))) out.push(`${file}:${i + 1}: ${code}`);
  });
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('role comparisons', () => {
  it('appear only in server/core/access (everywhere else: can / covers)', () => {
    const sources = ['server', 'db'].flatMap((d) => files(path.join(ROOT, d))).map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
    expect(sources.length).toBeGreaterThan(100);
    const found = sources.filter((f) => !f.startsWith(ALLOWED)).flatMap((f) => roleChecks(f, readFileSync(path.join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the checker catches each form of comparison and names the line', () => {
    const src = [
      'const a = 1;',
      "if (actor.role === 'secretariat') return;",
      "const b = input.role !== 'deputy';",
      "const c = 'scrutineer' === actor.role;",
      'switch (actor.role) {',
      'const d = STAFF.has(actor.role);',
      'const e = access.includes(actor?.role);',
      "// actor.role === 'secretariat' in a comment is fine",
      "const f = can(actor, 'ballot.run') && p.groupRole === 'leader';",
      'const g = { role: account.role };',
    ].join('\n');
    expect(roleChecks('server/x.ts', src)).toEqual([
      "server/x.ts:2: if (actor.role === 'secretariat') return;",
      "server/x.ts:3: const b = input.role !== 'deputy';",
      "server/x.ts:4: const c = 'scrutineer' === actor.role;",
      'server/x.ts:5: switch (actor.role) {',
      'server/x.ts:6: const d = STAFF.has(actor.role);',
      'server/x.ts:7: const e = access.includes(actor?.role);',
    ]);
  });
});
