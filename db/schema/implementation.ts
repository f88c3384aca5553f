// Phase 3 组织实施: the projects chosen by the certified ballot, their implementation plans, progress
// reports, supervision by deputies, major changes decided by the standing committee, and the
// evaluation results and rectification orders phase 4 records on them. Status and flags are not
// stored: they are derived from these facts and the time (server/phase3-implementation/domain).
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { CHANGE_KINDS, CHANGE_STATUSES, type Adjustment, type FieldChange } from '../../server/phase3-implementation/domain/changes';
import { LIFECYCLE_STATES } from '../../server/phase3-implementation/domain/project-status';
import { GRADES, RECTIFICATION_STATUSES } from '../../server/phase3-implementation/domain/record';
import type { CadenceSegment } from '../../server/phase3-implementation/domain/reporting-periods';
import { SUPERVISION_KINDS } from '../../server/phase3-implementation/domain/supervision';
import type { FundingPart, Milestone, Target } from '../../server/phase1-solicitation/domain/proposal-rules';
import { accounts, congresses, departments, deputies } from './core';
import { ballots } from './balloting';
import { cycles, proposals } from './solicitation';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

/** A livelihood project being carried out: one per proposal the certified ballot selected. */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id),
    /** 编号 of the proposal, e.g. 2027-007. */
    code: text('code'),
    /** Place in the selection (1 = most 赞成), main ballot first, then runoffs. */
    rank: integer('rank').notNull(),
    /** The certified ballot that selected it (the main ballot or a runoff) and its counts there. */
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id),
    votesFor: integer('votes_for').notNull(),
    votesAgainst: integer('votes_against').notNull(),
    votesAbstain: integer('votes_abstain').notNull(),
    ballotRank: integer('ballot_rank').notNull(),
    // Carried over from the proposal; scope, budget and deadline change only by an approved decision.
    title: text('title').notNull(),
    category: text('category').notNull(),
    content: text('content').notNull(),
    location: text('location'),
    /** 责任单位. */
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    budgetYuan: bigint('budget_yuan', { mode: 'number' }).notNull(),
    funding: jsonb('funding').$type<FundingPart[]>().notNull(),
    deadline: day('deadline').notNull(),
    /** The proposal's 年度目标 (projects running beyond the cycle's year). */
    annualGoals: jsonb('annual_goals').$type<Milestone[]>().notNull().default([]),
    targets: jsonb('targets').$type<Target[]>().notNull(),
    /** As voted, for "adjusted from …". */
    originalBudgetYuan: bigint('original_budget_yuan', { mode: 'number' }).notNull(),
    originalDeadline: day('original_deadline').notNull(),
    state: text('state', { enum: LIFECYCLE_STATES }).notNull().default('active'),
    /** China date implementation began (the cycle moved to implementation). */
    startedOn: day('started_on').notNull(),
    /** Reporting cadence over time, set by the secretariat. */
    schedule: jsonb('schedule').$type<CadenceSegment[]>().notNull(),
    /** 实施方案 in brief, by the department. */
    planSummary: text('plan_summary'),
    planSetAt: ts('plan_set_at'),
    /** The latest evaluation (phase 4); the history is in project_evaluations. */
    grade: text('grade', { enum: GRADES }),
    satisfactionRateText: text('satisfaction_rate_text'),
    evaluatedAt: ts('evaluated_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('projects_proposal').on(t.proposalId),
    index('projects_cycle').on(t.cycleId, t.rank),
    index('projects_department').on(t.congressId, t.departmentId),
  ],
);

/** The plan's milestones (节点): a name and a due date. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    dueOn: day('due_on').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('project_milestones_project').on(t.projectId, t.position)],
);

/** 进展报告: final once submitted; a correction is a new row naming the one it corrects. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** 1, 2, … within the project. */
    number: integer('number').notNull(),
    asOf: day('as_of').notNull(),
    percentComplete: integer('percent_complete').notNull(),
    /** Funds disbursed to date, integer 元. */
    disbursedYuan: bigint('disbursed_yuan', { mode: 'number' }).notNull(),
    narrative: text('narrative').notNull(),
    problems: text('problems'),
    milestonesReached: jsonb('milestones_reached').$type<string[]>().notNull().default([]),
    correctsId: uuid('corrects_id').references((): AnyPgColumn => progressReports.id),
    /** What the correction changes and why. */
    correctionNote: text('correction_note'),
    submittedAt: ts('submitted_at').notNull(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => accounts.id),
  },
  (t) => [uniqueIndex('progress_reports_number').on(t.projectId, t.number)],
);

/** A supervision group (监督小组) of deputies: named projects, or a whole category (category set). */
export const supervisionGroups = pgTable(
  'supervision_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    name: text('name').notNull(),
    category: text('category'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('supervision_groups_cycle').on(t.cycleId)],
);

export const supervisionGroupMembers = pgTable(
  'supervision_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => supervisionGroups.id),
    deputyId: uuid('deputy_id')
      .notNull()
      .references(() => deputies.id),
    role: text('role', { enum: ['leader', 'member'] }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.deputyId] }), index('supervision_group_members_deputy').on(t.deputyId)],
);

export const supervisionGroupProjects = pgTable(
  'supervision_group_projects',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => supervisionGroups.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.projectId] })],
);

/** 视察, 询问, 督办建议 of a group on a project, and the department's answer. */
export const supervisionItems = pgTable(
  'supervision_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => supervisionGroups.id),
    kind: text('kind', { enum: SUPERVISION_KINDS }).notNull(),
    occurredOn: day('occurred_on').notNull(),
    text: text('text').notNull(),
    /** The deputy who recorded it (null when the secretariat recorded it for the group). */
    deputyId: uuid('deputy_id').references(() => deputies.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => accounts.id),
    recordedAt: ts('recorded_at').notNull(),
    answerText: text('answer_text'),
    answeredBy: uuid('answered_by').references(() => accounts.id),
    answeredAt: ts('answered_at'),
  },
  (t) => [index('supervision_items_project').on(t.projectId, t.recordedAt), index('supervision_items_cycle').on(t.cycleId)],
);

/** A request for a major change and the standing committee's decision on it. */
export const projectChanges = pgTable(
  'project_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    kind: text('kind', { enum: CHANGE_KINDS }).notNull(),
    /** For an adjustment: the proposed new values. */
    proposed: jsonb('proposed').$type<Adjustment>().notNull().default({}),
    reason: text('reason').notNull(),
    status: text('status', { enum: CHANGE_STATUSES }).notNull().default('pending'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => accounts.id),
    requestedAt: ts('requested_at').notNull(),
    decidedOn: day('decided_on'),
    /** 常委会决定文号, e.g. 示人常〔2025〕12号. */
    decisionNumber: text('decision_number'),
    decisionNote: text('decision_note'),
    /** What the approved decision changed, from → to. */
    changed: jsonb('changed').$type<Record<string, FieldChange>>(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: ts('decided_at'),
  },
  (t) => [index('project_changes_project').on(t.projectId, t.requestedAt), index('project_changes_cycle').on(t.cycleId, t.status)],
);

/** Each evaluation of a project (满意度测评), recorded by the phase-4 ballot. */
export const projectEvaluations = pgTable(
  'project_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** The evaluation ballot (not a foreign key: phase 4 owns where ballots live). */
    ballotId: uuid('ballot_id').notNull(),
    grade: text('grade', { enum: GRADES }).notNull(),
    satisfactionRateText: text('satisfaction_rate_text').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('project_evaluations_ballot').on(t.projectId, t.ballotId)],
);

/** 整改: ordered for a project graded 不满意; the department answers with its rectification report. */
export const rectifications = pgTable(
  'rectifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => projectEvaluations.id),
    orderedAt: ts('ordered_at').notNull(),
    dueOn: day('due_on').notNull(),
    status: text('status', { enum: RECTIFICATION_STATUSES }).notNull().default('open'),
    reportText: text('report_text'),
    reportedBy: uuid('reported_by').references(() => accounts.id),
    reportedAt: ts('reported_at'),
  },
  (t) => [index('rectifications_project').on(t.projectId), index('rectifications_cycle').on(t.cycleId, t.status)],
);
