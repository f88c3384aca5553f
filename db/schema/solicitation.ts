// Phase 1 征集初定: cycles, proposals (项目建议), public suggestions (群众建议) and the candidate list.
// Money is integer 元 (bigint); dates a person picks (window, 完成时限) are calendar dates.
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { PHASES } from '../../server/cycle/domain/cycle-phase';
import type { FundingPart, Milestone, Target } from '../../server/phase1-solicitation/domain/proposal-rules';
import {
  PROPOSAL_CHANNELS,
  PROPOSAL_STATUSES,
  SUGGESTION_CHANNELS,
  SUGGESTION_STATUSES,
  type ScreeningNotes,
} from '../../server/phase1-solicitation/domain/screening';
import { accounts, congresses, departments, deputies, ledgers } from './core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One congress's year of livelihood projects, e.g. "2027年民生实事项目". */
export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    title: text('title').notNull(),
    /** The project year: 完成时限 beyond it needs annual milestones. */
    year: integer('year').notNull(),
    phase: text('phase', { enum: PHASES }).notNull().default('solicitation'),
    /** Solicitation window, calendar dates in China time, both days included. */
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** Why the window is shorter than the minimum (null when it is not). */
    windowOverrideReason: text('window_override_reason'),
    categories: jsonb('categories').$type<string[]>().notNull(),
    /** M: projects to be chosen by the ballot. */
    seats: integer('seats').notNull(),
    /** 差额: at least this many candidates more than seats. */
    minMargin: integer('min_margin').notNull().default(1),
    /** 等额 (minMargin 0) only when this is set. */
    allowEqual: boolean('allow_equal').notNull().default(false),
    ledgerId: uuid('ledger_id')
      .notNull()
      .references(() => ledgers.id),
    /** Set while the candidate list is fixed (初定); null while it can change. */
    listFixedAt: at('list_fixed_at'),
    /** Next proposal number (编号) in this cycle, taken under the cycle's row lock. */
    nextNumber: integer('next_number').notNull().default(1),
    phaseChangedAt: at('phase_changed_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cycles_congress_year').on(t.congressId, t.year)],
);

export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    /** 编号 within the cycle, given at first submission (drafts have none). */
    number: integer('number'),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('draft'),
    channel: text('channel', { enum: PROPOSAL_CHANNELS }).notNull(),
    /** The department that owns (edits, submits) it: its proposer, or the one a suggestion was handed to. */
    proposerDepartmentId: uuid('proposer_department_id').references(() => departments.id),
    /** The lead deputy; co-proposers (联名) are in proposal_co_proposers. */
    proposerDeputyId: uuid('proposer_deputy_id').references(() => deputies.id),
    suggestionId: uuid('suggestion_id').references((): AnyPgColumn => suggestions.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => accounts.id),
    // The materials (drafts may leave any of them empty; submission checks them).
    title: text('title').notNull(),
    category: text('category'),
    background: text('background'),
    content: text('content'),
    location: text('location'),
    /** 责任单位. */
    departmentId: uuid('department_id').references(() => departments.id),
    estimateYuan: bigint('estimate_yuan', { mode: 'number' }),
    funding: jsonb('funding').$type<FundingPart[]>().notNull().default([]),
    deadline: date('deadline', { mode: 'string' }),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull().default([]),
    targets: jsonb('targets').$type<Target[]>().notNull().default([]),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    // Screening.
    /** Shown to the proposer: the reason of a rejection or return, a note on a merge. */
    feedback: text('feedback'),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => proposals.id),
    /** Position on the candidate list (shortlisted only); null = after the ordered ones. */
    listOrder: integer('list_order'),
    /** Internal notes on 必要性, 可行性, 财政承受能力, 合法性, 群众意愿: never shown outside the secretariat. */
    notes: jsonb('notes').$type<ScreeningNotes>().notNull().default({}),
    submittedAt: at('submitted_at'),
    screenedAt: at('screened_at'),
    updatedAt: at('updated_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('proposals_cycle_number').on(t.cycleId, t.number), index('proposals_cycle_status').on(t.cycleId, t.status)],
);

export const proposalCoProposers = pgTable(
  'proposal_co_proposers',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.deputyId] }), index('proposal_co_proposers_deputy').on(t.deputyId)],
);

/** A suggestion from the public: the web form (no account), or typed in by staff from a hotline call or letter. */
export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    /** 10 Crockford base-32 symbols, stored without hyphens; only reveals status and feedback. */
    trackingCode: text('tracking_code').notNull(),
    channel: text('channel', { enum: SUGGESTION_CHANNELS }).notNull(),
    title: text('title').notNull(),
    category: text('category'),
    content: text('content').notNull(),
    location: text('location'),
    /** Private: never in the ledger, never on a public page. */
    suggesterName: text('suggester_name'),
    suggesterPhone: text('suggester_phone'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: SUGGESTION_STATUSES }).notNull().default('received'),
    feedback: text('feedback'),
    /** The proposal it was converted into, or merged into. */
    proposalId: uuid('proposal_id').references((): AnyPgColumn => proposals.id),
    enteredBy: uuid('entered_by').references(() => accounts.id),
    screenedAt: at('screened_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('suggestions_tracking_code').on(t.trackingCode), index('suggestions_cycle_status').on(t.cycleId, t.status)],
);
