// Foundation tables: tenants (congresses), accounts and sessions, the roster, the ledger.
// Every tenant-owned row carries congress_id; services always filter on it.
import { sql } from 'drizzle-orm';
import { ROLES } from '../../server/core/access/permissions';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HASH_ALGS } from '../../server/core/domain/ledger-hash';
import { SIGNATURE_ALGS, SIGNER_ROLES } from '../../server/core/domain/signatures';
import { DEFAULT_CERTIFICATION_RULE, type CertificationRule } from '../../server/phase2-balloting/domain/certification';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** One row, inserted by first-run setup; its primary key makes setup impossible to run twice. */
export const deployment = pgTable('deployment', {
  id: integer('id').primaryKey(),
  setupAt: timestamp('setup_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const congresses = pgTable(
  'congresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'township'] }).notNull(),
    /** The short latin name in public addresses (/public/<code>/<year>); rules in core/domain/public-code.ts. */
    publicCode: text('public_code').notNull(),
    /** When a person chose the code (setup, add-congress, the console); null while it is the one the migration derived. */
    publicCodeChosenAt: timestamp('public_code_chosen_at', { withTimezone: true, mode: 'date' }),
    /** The hash of every ledger of the congress, fixed when it is created (each ledger keeps its own copy). */
    hashAlg: text('hash_alg', { enum: HASH_ALGS }).notNull().default('sha256'),
    /** Which scrutineers' signatures certify a result (总监票人 + one other 监票人 by default). */
    certificationRule: jsonb('certification_rule').$type<CertificationRule>().notNull().default(DEFAULT_CERTIFICATION_RULE),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('congresses_public_code').on(t.publicCode)],
);

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    name: text('name').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('departments_congress_name').on(t.congressId, t.name)],
);

export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('delegations_congress_name').on(t.congressId, t.name)],
);

export const deputies = pgTable(
  'deputies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    delegationId: uuid('delegation_id')
      .notNull()
      .references(() => delegations.id),
    name: text('name').notNull(),
    seatNo: text('seat_no').notNull(),
    /** seatNo normalised (NFKC, upper case) so "a-01" and "Ａ-01" collide. */
    seatKey: text('seat_key').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }),
    phone: text('phone'),
    note: text('note'),
    status: text('status', { enum: ['active', 'terminated'] })
      .notNull()
      .default('active'),
    /** 常委会组成人员: may be the evaluators instead of the whole congress (phase 4). */
    standingCommittee: boolean('standing_committee').notNull().default(false),
    terminatedAt: timestamp('terminated_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('deputies_active_seat')
      .on(t.congressId, t.seatKey)
      .where(sql`status = 'active'`),
    index('deputies_congress').on(t.congressId, t.delegationId),
  ],
);

// The roles come from the permission table (its one source); the column accepts exactly those.
export { ROLES, type Role } from '../../server/core/access/permissions';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    /** Lower-cased; unique across the deployment so one login form serves every congress. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    deputyId: uuid('deputy_id').references(() => deputies.id),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('accounts_username').on(t.username)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** SHA-256 (hex) of the token's secret half; the secret itself is never stored. */
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('sessions_account').on(t.accountId)],
);

/**
 * Browsers that have logged in to an account (OWASP's device cookie against credential stuffing):
 * a login attempt bearing one uses the device's own allowance, so failures from elsewhere cannot
 * lock the rightful user out. Only SHA-256 of the cookie's token is stored.
 */
export const loginDevices = pgTable(
  'login_devices',
  {
    tokenHash: text('token_hash').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tokenHash, t.accountId] }), index('login_devices_account').on(t.accountId)],
);

/** Fixed-window counters shared by every server process (login, public forms, card guesses). */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'date' }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const LEDGER_KINDS = ['congress', 'cycle', 'ballot'] as const;

/** A hash-chained log. head_seq/head_hash are the lock point: appends take FOR UPDATE on this row. */
export const ledgers = pgTable(
  'ledgers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    kind: text('kind', { enum: LEDGER_KINDS }).notNull(),
    title: text('title').notNull(),
    /** The cycle or ballot this ledger belongs to (null for the congress's own administrative ledger). */
    subjectId: uuid('subject_id'),
    isPublic: boolean('is_public').notNull().default(false),
    headSeq: integer('head_seq').notNull().default(0),
    headHash: text('head_hash').notNull(),
    /** sha256 or sm3, from the congress at creation; never changes (its entries are chained with it). */
    hashAlg: text('hash_alg', { enum: HASH_ALGS }).notNull().default('sha256'),
    createdAt: createdAt(),
  },
  (t) => [index('ledgers_congress').on(t.congressId, t.kind)],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    seq: integer('seq').notNull(),
    prev: text('prev').notNull(),
    /** Kept as the exact string that was hashed. */
    at: text('at').notNull(),
    kind: text('kind').notNull(),
    data: jsonb('data').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ledgerId, t.seq] }), index('ledger_entries_hash').on(t.hash)],
);

/**
 * Scrutineers' public signing keys. A key arrives `submitted` from the scrutineer's browser (the
 * private key never leaves it); the secretariat compares fingerprints and registers it
 * (`signer.registered` in the congress ledger, the record of truth) or later revokes it (`signer.revoked`).
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    keyId: text('key_id').primaryKey(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    alg: text('alg', { enum: SIGNATURE_ALGS }).notNull(),
    /** SPKI DER, base64. */
    publicKey: text('public_key').notNull(),
    status: text('status', { enum: ['submitted', 'registered', 'revoked'] })
      .notNull()
      .default('submitted'),
    role: text('role', { enum: SIGNER_ROLES }),
    submittedAt: createdAt(),
    registeredAt: timestamp('registered_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('signing_keys_congress').on(t.congressId, t.status), index('signing_keys_account').on(t.accountId)],
);
