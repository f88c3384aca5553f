// The permission table (server/core/access/permissions.ts): every route names a permission that
// exists, each role holds exactly what docs/architecture.md says, and the scope checks keep a
// department to its own records and a deputy to their own.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_BINDING,
  can,
  covers,
  departmentFilter,
  PERMISSION_TABLE,
  PERMISSIONS,
  reachOf,
  ROLES,
  rolesWith,
  scopeOf,
  type Permission,
  type Role,
  type Scope,
} from '../../server/core/access/permissions';
import { ROUTES } from '../../server/routes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOC_CELL: Record<Scope, string> = { all: 'all', submitted: 'all but drafts', department: 'own department', deputy: 'own deputy' };

/** The permission table of docs/architecture.md ("Access: the permission table"), as permission → role → cell. */
function documentedTable(): Map<string, Record<string, string>> {
  const doc = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
  const lines = doc.split('\n');
  const head = lines.findIndex((l) => /^\| permission \|/.test(l));
  expect(head, 'docs/architecture.md has a "| permission | …" table').toBeGreaterThan(0);
  const roles = lines[head]!.split('|')
    .slice(2, -1)
    .map((c) => c.trim());
  const out = new Map<string, Record<string, string>>();
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    const [name, ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    out.set(name!.replace(/`/g, ''), Object.fromEntries(roles.map((r, i) => [r, cells[i]!])));
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(full) ? [full] : [];
  });
}

describe('the permission table', () => {
  it('names every route by a permission that exists (or public / any signed-in account)', () => {
    const unknown = ROUTES.filter((r) => r.access !== 'public' && r.access !== 'any' && !PERMISSIONS.includes(r.access as Permission));
    expect(unknown.map((r) => `${r.method} ${r.path}: ${String(r.access)}`)).toEqual([]);
    // 'any' is kept for an account's own session and password, nothing else.
    expect(ROUTES.filter((r) => r.access === 'any').map((r) => r.path)).toEqual(['/api/auth/logout', '/api/auth/password']);
  });

  it('has no permission nobody holds, and none that neither a route nor the server asks for', () => {
    expect(PERMISSIONS.filter((p) => rolesWith(p).length === 0)).toEqual([]);
    const routed = new Set(ROUTES.map((r) => r.access));
    // Services ask in server/, the web's screens (workspace.*) in web/.
    const asked = [...sourceFiles(path.join(ROOT, 'server')), ...sourceFiles(path.join(ROOT, 'web'))]
      .filter((f) => !f.includes(`${path.sep}access${path.sep}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = PERMISSIONS.filter((p) => !routed.has(p) && !asked.includes(`'${p}'`));
    expect(unused).toEqual([]);
  });

  it('gives each role exactly what docs/architecture.md lists', () => {
    const documented = documentedTable();
    expect([...documented.keys()]).toEqual([...PERMISSIONS]);
    for (const p of PERMISSIONS) {
      const row = documented.get(p)!;
      for (const role of ROLES) {
        const scope = PERMISSION_TABLE[role][p];
        expect(row[role], `${p} for ${role}`).toBe(scope ? DOC_CELL[scope] : '—');
      }
    }
  });

  it('lists the roles in one order, shared by the database and the web', () => {
    expect(ROLES).toEqual(['secretariat', 'department', 'deputy', 'scrutineer']);
    expect(Object.keys(PERMISSION_TABLE)).toEqual([...ROLES]);
    expect(Object.keys(ACCOUNT_BINDING)).toEqual([...ROLES]);
  });
});

describe('can', () => {
  // What each role is for, in the words of docs/domain.md "Who uses it": a few decisive permissions each.
  const cases: Array<[Role, Permission, boolean]> = [
    ['secretariat', 'roster.manage', true],
    ['secretariat', 'proposal.screen', true],
    ['secretariat', 'ballot.run', true],
    ['secretariat', 'ballot.certify', false],
    ['secretariat', 'paperTotals.enter', false],
    ['secretariat', 'project.report', false],
    ['secretariat', 'proposal.propose', false],
    ['department', 'project.report', true],
    ['department', 'proposal.propose', true],
    ['department', 'supervision.answer', true],
    ['department', 'ledger.read', false],
    ['department', 'ballot.read', false],
    ['department', 'roster.read', false],
    ['deputy', 'proposal.propose', true],
    ['deputy', 'supervision.record', true],
    ['deputy', 'project.read', true],
    ['deputy', 'project.report', false],
    ['deputy', 'ballot.read', false],
    ['deputy', 'sitting.read', false],
    ['scrutineer', 'ballot.certify', true],
    ['scrutineer', 'paperTotals.decide', true],
    ['scrutineer', 'ballot.decideVoid', true],
    ['scrutineer', 'ledger.read', true],
    ['scrutineer', 'roster.read', true],
    ['scrutineer', 'roster.manage', false],
    ['scrutineer', 'ballot.run', false],
    ['scrutineer', 'account.manage', false],
  ];
  it.each(cases)('%s may %s: %s', (role, permission, expected) => {
    expect(can({ role }, permission)).toBe(expected);
  });

  it('refuses everything to nobody', () => {
    for (const p of PERMISSIONS) {
      expect(can(null, p)).toBe(false);
      expect(can(undefined, p)).toBe(false);
      expect(scopeOf(null, p)).toBeNull();
    }
  });

  it('answers for every role and permission exactly as the table says', () => {
    for (const role of ROLES) for (const p of PERMISSIONS) expect(can({ role }, p)).toBe(PERMISSION_TABLE[role][p] !== undefined);
  });

  it('only the secretariat and scrutineers use the console; each other role has its own pages', () => {
    expect(rolesWith('workspace.console')).toEqual(['secretariat', 'scrutineer']);
    expect(rolesWith('workspace.department')).toEqual(['department']);
    expect(rolesWith('workspace.deputy')).toEqual(['deputy']);
    // homeFor (web/app/session.ts) sends each role to its first workspace: every role needs one.
    for (const role of ROLES)
      expect(
        PERMISSIONS.filter((p) => p.startsWith('workspace.') && can({ role }, p)),
        role,
      ).not.toEqual([]);
  });
});

describe('scope checks', () => {
  const dept = { role: 'department' as const, departmentId: 'edu', deputyId: null };
  const unboundDept = { role: 'department' as const, departmentId: null, deputyId: null };
  const deputy = { role: 'deputy' as const, departmentId: null, deputyId: 'zhang' };
  const secretariat = { role: 'secretariat' as const, departmentId: null, deputyId: null };
  const scrutineer = { role: 'scrutineer' as const, departmentId: null, deputyId: 'li' };

  it('a department reports only on its own projects; nobody else reports', () => {
    expect(covers(dept, 'project.report', { departmentId: 'edu' })).toBe(true);
    expect(covers(dept, 'project.report', { departmentId: 'health' })).toBe(false);
    expect(covers(unboundDept, 'project.report', { departmentId: 'edu' })).toBe(false);
    expect(covers(secretariat, 'project.report', { departmentId: 'edu' })).toBe(false);
  });

  it('a department reads only its own projects; the others of the congress read all', () => {
    expect(covers(dept, 'project.read', { departmentId: 'health' })).toBe(false);
    for (const who of [secretariat, deputy, scrutineer]) expect(covers(who, 'project.read', { departmentId: 'health' })).toBe(true);
    expect(departmentFilter(dept, 'project.read')).toBe('edu');
    expect(departmentFilter(unboundDept, 'project.read')).toBeNull();
    expect(departmentFilter(deputy, 'project.read')).toBeUndefined();
  });

  it('the secretariat plans any project, a department only its own', () => {
    expect(covers(secretariat, 'project.plan', { departmentId: 'health' })).toBe(true);
    expect(covers(dept, 'project.plan', { departmentId: 'edu' })).toBe(true);
    expect(covers(dept, 'project.plan', { departmentId: 'health' })).toBe(false);
    expect(covers(deputy, 'project.plan', { departmentId: 'edu' })).toBe(false);
  });

  it('a deputy records supervision only for a project their group watches; the secretariat for any', () => {
    expect(covers(deputy, 'supervision.record', { deputyIds: ['wang', 'zhang'] })).toBe(true);
    expect(covers(deputy, 'supervision.record', { deputyIds: ['wang'] })).toBe(false);
    expect(covers(deputy, 'supervision.record', {})).toBe(false);
    expect(covers(secretariat, 'supervision.record', { deputyIds: [] })).toBe(true);
    // A scrutineer bound to a deputy is still no group member.
    expect(covers(scrutineer, 'supervision.record', { deputyIds: ['li'] })).toBe(false);
  });

  it('scrutineers read every proposal but drafts; departments and deputies their own', () => {
    expect(reachOf(scrutineer, 'proposal.read')).toEqual({ kind: 'submitted' });
    expect(covers(scrutineer, 'proposal.read', { draft: true })).toBe(false);
    expect(covers(scrutineer, 'proposal.read', { draft: false })).toBe(true);
    expect(reachOf(dept, 'proposal.read')).toEqual({ kind: 'department', departmentId: 'edu' });
    expect(reachOf(deputy, 'proposal.read')).toEqual({ kind: 'deputy', deputyId: 'zhang' });
    expect(reachOf({ role: 'deputy', deputyId: null }, 'proposal.read')).toBeNull();
    expect(reachOf(secretariat, 'proposal.read')).toEqual({ kind: 'all' });
  });
});

describe('account binding', () => {
  it('a department account needs its department, a deputy account its deputy; a scrutineer may be a deputy', () => {
    expect(ACCOUNT_BINDING.department).toEqual({ department: 'required', deputy: 'none' });
    expect(ACCOUNT_BINDING.deputy).toEqual({ department: 'none', deputy: 'required' });
    expect(ACCOUNT_BINDING.scrutineer).toEqual({ department: 'none', deputy: 'optional' });
    expect(ACCOUNT_BINDING.secretariat).toEqual({ department: 'none', deputy: 'none' });
  });
});
