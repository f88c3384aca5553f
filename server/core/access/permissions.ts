// Who may do what, in one table. Pure (no I/O): the route table, the services, the database's
// role column and the web all read it, so they cannot disagree. Adding a role means adding its
// row here (and its accounts' binding); docs/architecture.md has the recipe.

/** The account roles, in the order the console lists them. The one source of the list. */
export const ROLES = ['secretariat', 'department', 'deputy', 'scrutineer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a role may do, in the domain's words. A route names one of these (or 'public' / 'any');
 * a service asks `can(actor, …)` or, where the answer depends on whose record it is, `covers`.
 */
export const PERMISSIONS = [
  // The congress: roster, accounts, ledgers.
  'roster.read', // delegations and deputies, with their seats
  'roster.manage', // delegations, deputies (and CSV import), departments
  'department.list', // the departments of the congress (names, for forms)
  'department.readContacts', // a department's contact person and phone
  'account.manage', // accounts and the login lockouts
  'congress.manage', // the congress's own settings: its public code (citizens' addresses), its certification rule
  'ledger.read', // the private ledgers (the administrative ledger, sealed ballots)
  'workspace.console', // the console (/console)
  'workspace.department', // a department's pages (/department)
  'workspace.deputy', // a deputy's pages (/deputy)
  // The cycle.
  'cycle.read', // cycles and the fixed candidate list
  'cycle.readStatus', // a cycle's counts and what the next phase still needs
  'cycle.manage', // create and change cycles, move them to the next phase
  // Phase 1: solicitation.
  'proposal.read',
  'proposal.propose', // create, submit and delete one's own proposals
  'proposal.edit', // change a proposal (one's own; the secretariat any)
  'proposal.manage', // every proposal, at any stage
  'proposal.screen', // screening notes and outcomes, the public's suggestions
  'deputy.directory', // deputies' names, to name co-proposers
  'candidateList.manage', // order, fix and unlock the candidate list
  // Phase 2: sittings and ballots.
  'sitting.read',
  'sitting.manage', // sittings and attendance
  'ballot.read', // ballots before they are public, tallies before certification
  'ballot.run', // create, open, close, tally, runoff, void ballots; print and issue cards; the hall screen
  'ballot.certify', // sign a tally with one's registered key (certified once the congress's rule is met)
  'signer.read', // the scrutineers' signing keys of the congress
  'signer.submit', // submit the public key one's own browser made
  'signer.manage', // register (after comparing fingerprints) and revoke signing keys
  'ballot.decideVoid', // a scrutineer confirms or declines the secretariat's request to void
  'paperTotals.enter', // a scrutineer enters the paper ballots' totals
  'paperTotals.decide', // a second scrutineer confirms or rejects them
  'tablet.manage', // hall tablets and their pairing codes
  // Phase 3: implementation.
  'project.read',
  'project.plan',
  'project.report', // progress reports: the responsible department (责任单位)
  'project.setCadence', // the reporting cadence
  'supervision.read',
  'supervision.organize', // supervision groups
  'supervision.record', // 视察 / 询问 / 督办建议 on a project
  'supervision.answer',
  'change.read',
  'change.request',
  'change.decide', // the standing committee's decision
  // Phase 4: evaluation.
  'evaluation.run', // create the satisfaction evaluation ballot
  'rectification.read',
  'rectification.report',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Whose records a permission reaches: 'all' of the congress; 'submitted': all but drafts;
 * 'department': those of the account's own department; 'deputy': those of the account's own
 * deputy (their proposals, the groups they sit in).
 */
export const SCOPES = ['all', 'submitted', 'department', 'deputy'] as const;
export type Scope = (typeof SCOPES)[number];

type Grants = Partial<Record<Permission, Scope>>;

const all = (...ps: Permission[]): Grants => Object.fromEntries(ps.map((p) => [p, 'all']));

/** The table: each role's permissions, each with its scope. What a role lacks, it may not. */
export const PERMISSION_TABLE: Readonly<Record<Role, Readonly<Grants>>> = {
  secretariat: all(
    'roster.read',
    'roster.manage',
    'department.list',
    'department.readContacts',
    'account.manage',
    'congress.manage',
    'signer.read',
    'signer.manage',
    'ledger.read',
    'workspace.console',
    'cycle.read',
    'cycle.readStatus',
    'cycle.manage',
    'proposal.read',
    'proposal.edit',
    'proposal.manage',
    'proposal.screen',
    'deputy.directory',
    'candidateList.manage',
    'sitting.read',
    'sitting.manage',
    'ballot.read',
    'ballot.run',
    'tablet.manage',
    'project.read',
    'project.plan',
    'project.setCadence',
    'supervision.read',
    'supervision.organize',
    'supervision.record',
    'change.read',
    'change.decide',
    'evaluation.run',
    'rectification.read',
  ),
  department: {
    ...all('department.list', 'workspace.department', 'cycle.read'),
    'proposal.read': 'department',
    'proposal.propose': 'department',
    'proposal.edit': 'department',
    'project.read': 'department',
    'project.plan': 'department',
    'project.report': 'department',
    'supervision.read': 'department',
    'supervision.answer': 'department',
    'change.read': 'department',
    'change.request': 'department',
    'rectification.read': 'department',
    'rectification.report': 'department',
  },
  deputy: {
    ...all('department.list', 'workspace.deputy', 'cycle.read', 'deputy.directory', 'project.read', 'change.read', 'rectification.read'),
    'proposal.read': 'deputy',
    'proposal.propose': 'deputy',
    'proposal.edit': 'deputy',
    'supervision.read': 'deputy',
    'supervision.record': 'deputy',
  },
  scrutineer: {
    ...all(
      'roster.read',
      'department.list',
      'ledger.read',
      'workspace.console',
      'cycle.read',
      'cycle.readStatus',
      'sitting.read',
      'ballot.read',
      'ballot.certify',
      'signer.read',
      'signer.submit',
      'ballot.decideVoid',
      'paperTotals.enter',
      'paperTotals.decide',
      'project.read',
      'supervision.read',
      'change.read',
      'rectification.read',
    ),
    'proposal.read': 'submitted',
  },
};

/** Who is asking: an account's role, and the department or deputy it is bound to. */
export interface Asker {
  role: Role;
  departmentId?: string | null;
  deputyId?: string | null;
}

/** May this account do this at all (to some record)? No account: no. */
export function can(actor: Pick<Asker, 'role'> | null | undefined, permission: Permission): boolean {
  return !!actor && PERMISSION_TABLE[actor.role][permission] !== undefined;
}

/** The scope of the actor's permission, or null without it. */
export function scopeOf(actor: Pick<Asker, 'role'> | null | undefined, permission: Permission): Scope | null {
  return (actor && PERMISSION_TABLE[actor.role][permission]) ?? null;
}

/** The scope made concrete for this account: which department or deputy it is bound to. */
export type Reach = { kind: 'all' } | { kind: 'submitted' } | { kind: 'department'; departmentId: string } | { kind: 'deputy'; deputyId: string };

/** Which records the permission reaches for this account; null without the permission, or when it is scoped to a department or deputy the account is not bound to. */
export function reachOf(actor: Asker | null | undefined, permission: Permission): Reach | null {
  const scope = scopeOf(actor, permission);
  if (scope === 'department') return actor?.departmentId ? { kind: 'department', departmentId: actor.departmentId } : null;
  if (scope === 'deputy') return actor?.deputyId ? { kind: 'deputy', deputyId: actor.deputyId } : null;
  return scope ? { kind: scope } : null;
}

/** What a scope check needs of a record: its department, the deputies it belongs to, whether it is a draft. */
export interface Owned {
  departmentId?: string | null;
  deputyIds?: readonly string[];
  draft?: boolean;
}

/** Scope check: does the actor's permission reach this record (e.g. a department reports only its own projects)? */
export function covers(actor: Asker | null | undefined, permission: Permission, record: Owned): boolean {
  const reach = reachOf(actor, permission);
  switch (reach?.kind) {
    case 'all':
      return true;
    case 'submitted':
      return record.draft === false;
    case 'department':
      return record.departmentId === reach.departmentId;
    case 'deputy':
      return !!record.deputyIds?.includes(reach.deputyId);
    default:
      return false;
  }
}

/** The department a listing is limited to: undefined for every department, null for none at all (no reach). */
export function departmentFilter(actor: Asker | null | undefined, permission: Permission): string | undefined | null {
  const reach = reachOf(actor, permission);
  if (!reach) return null;
  return reach.kind === 'department' ? reach.departmentId : undefined;
}

/** The roles holding a permission (the route table's role list, docs/api.md). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => PERMISSION_TABLE[role][permission] !== undefined);
}

/** What an account of each role is bound to: its department, its deputy (a scrutineer may be one). */
export const ACCOUNT_BINDING: Readonly<Record<Role, { department: 'required' | 'none'; deputy: 'required' | 'optional' | 'none' }>> = {
  secretariat: { department: 'none', deputy: 'none' },
  department: { department: 'required', deputy: 'none' },
  deputy: { department: 'none', deputy: 'required' },
  scrutineer: { department: 'none', deputy: 'optional' },
};
