// Phase 2 审议票决: sittings with attendance, ballots, their candidates, QR ballot cards and
// paper-ballot totals. The ballot's ledger (ledgers.kind = 'ballot') is the record of truth; the
// counters here are caches for the live screen, rebuilt from nothing but the ledger by the tally.
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BALLOT_STATES } from '../../server/phase2-balloting/domain/ballot-lifecycle';
import type { Signature } from '../../server/core/domain/signatures';
import { accounts, congresses, deputies, ledgers } from './core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A plenary sitting (全体会议) at which deputies sign in and ballots are held. */
export const sittings = pgTable('sittings', {
  id: uuid('id').primaryKey().defaultRandom(),
  congressId: uuid('congress_id')
    .notNull()
    .references(() => congresses.id),
  title: text('title').notNull(),
  date: text('date').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const attendance = pgTable(
  'attendance',
  {
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => sittings.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
    present: boolean('present').notNull(),
    markedAt: ts('marked_at').notNull(),
    markedBy: uuid('marked_by').references(() => accounts.id),
  },
  (t) => [primaryKey({ columns: [t.sittingId, t.deputyId] })],
);

export const ballots = pgTable(
  'ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    /** The cycle whose candidate list is voted on (null for ballots outside a cycle). */
    cycleId: uuid('cycle_id'),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => sittings.id),
    kind: text('kind', { enum: ['project', 'runoff', 'evaluation'] }).notNull(),
    /** A runoff's parent ballot. */
    parentBallotId: uuid('parent_ballot_id'),
    title: text('title').notNull(),
    state: text('state', { enum: BALLOT_STATES }).notNull().default('draft'),
    /** BallotRules plus the quorum fraction; frozen at opening (the opened entry holds the copy that counts). */
    rules: jsonb('rules').notNull(),
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    rosterCount: integer('roster_count'),
    presentCount: integer('present_count'),
    /** Live counters (a cache of the ledger) for the hall screen. */
    castCount: integer('cast_count').notNull().default(0),
    cardsIssued: integer('cards_issued').notNull().default(0),
    liveCounts: jsonb('live_counts'),
    /** The ballot.tallied entry's data, kept beside the ledger for quick reads. */
    result: jsonb('result'),
    certifiedBy: text('certified_by'),
    /** A void asked for by the secretariat, awaiting a scrutineer: {reason, requestedBy, requestedByName, requestedAt}. */
    voidRequest: jsonb('void_request'),
    /** Why the ballot was voided (state 'void'). */
    voidReason: text('void_reason'),
    /** What the hall screen shows for this ballot, switched from the console. */
    screenMode: text('screen_mode', { enum: ['auto', 'welcome', 'candidates', 'turnout', 'results'] })
      .notNull()
      .default('auto'),
    createdAt: ts('created_at').notNull().defaultNow(),
    openedAt: ts('opened_at'),
    closedAt: ts('closed_at'),
    talliedAt: ts('tallied_at'),
    certifiedAt: ts('certified_at'),
  },
  (t) => [index('ballots_congress').on(t.congressId, t.cycleId)],
);

export const ballotCandidates = pgTable(
  'ballot_candidates',
  {
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id),
    /** The proposal id: the same candidate keeps its id in a runoff. */
    candidateId: uuid('candidate_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    departmentName: text('department_name'),
    estimateYuan: bigint('estimate_yuan', { mode: 'number' }),
    summary: text('summary'),
    /** Full materials, as fixed in the candidate list. */
    materials: jsonb('materials'),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.candidateId] })],
);

/**
 * QR ballot cards. Only SHA-256 of the token is kept. Secret mode: deputy_id is null and rows
 * are inserted shuffled in one batch, so nothing links a card (or its cast) to a deputy. A card
 * row records only that it was used: never when, with which choices or which receipt.
 */
export const ballotCards = pgTable(
  'ballot_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id),
    tokenHash: text('token_hash').notNull(),
    deputyId: uuid('deputy_id').references(() => deputies.id),
    status: text('status', { enum: ['issued', 'used', 'void'] })
      .notNull()
      .default('issued'),
  },
  (t) => [
    uniqueIndex('ballot_cards_token').on(t.tokenHash),
    index('ballot_cards_ballot').on(t.ballotId, t.status),
    uniqueIndex('ballot_cards_recorded_deputy')
      .on(t.ballotId, t.deputyId)
      .where(sql`status <> 'void' and deputy_id is not null`),
  ],
);

/**
 * The ballot box (票箱): one row per cast, keyed by its receipt. In secret mode it holds the
 * choices, sealed, until the close publishes them as `ballot.cast` entries (then they are
 * cleared). `retry_key` is SHA-256 of (token, castId): only the device that cast knows castId, so
 * a retry finds its receipt while the token alone (the print document) finds nothing here.
 */
export const ballotBox = pgTable(
  'ballot_box',
  {
    receipt: text('receipt').primaryKey(),
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id),
    retryKey: text('retry_key').notNull(),
    /** Secret mode, until the close: the choices, published then in receipt order. */
    choices: jsonb('choices'),
    /** Recorded mode: the seq of the cast's ledger entry (published at once). */
    seq: integer('seq'),
  },
  (t) => [uniqueIndex('ballot_box_retry').on(t.retryKey), index('ballot_box_ballot').on(t.ballotId)],
);

/** Paper fallback: totals entered by one scrutineer, confirmed by a second before they count. */
export const paperTotals = pgTable('paper_totals', {
  id: uuid('id').primaryKey().defaultRandom(),
  ballotId: uuid('ballot_id')
    .notNull()
    .references(() => ballots.id),
  perCandidate: jsonb('per_candidate').notNull(),
  valid: integer('valid').notNull(),
  invalid: integer('invalid').notNull(),
  enteredBy: uuid('entered_by')
    .notNull()
    .references(() => accounts.id),
  enteredAt: ts('entered_at').notNull(),
  status: text('status', { enum: ['pending', 'confirmed', 'rejected'] })
    .notNull()
    .default('pending'),
  confirmedBy: uuid('confirmed_by').references(() => accounts.id),
  decidedAt: ts('decided_at'),
  /** The entering and the confirming scrutineer's signatures over the totals' digest ({keyId, alg, sig}). */
  enteredSig: jsonb('entered_sig').$type<Signature>(),
  confirmedSig: jsonb('confirmed_sig').$type<Signature>(),
});

/**
 * Signatures given towards a certification that is not complete yet: `subject` is the hash the
 * scrutineer signed (the ballot.tallied entry's). On completion they go into ballot.certified.
 */
export const ballotSignatures = pgTable(
  'ballot_signatures',
  {
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id),
    keyId: text('key_id').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    subject: text('subject').notNull(),
    sig: text('sig').notNull(),
    signedAt: ts('signed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.keyId] })],
);
