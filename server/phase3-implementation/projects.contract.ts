// What projects routes answer (see projects.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { Cycle } from '../cycle/cycles.contract';
import { ProposalChannel, FundingPart, Milestone, Target } from '../phase1-solicitation/proposals.contract';
import { CycleRef } from '../phase1-solicitation/public-solicitation.contract';
import { Grade, BallotKind } from '../phase2-balloting/ballots.contract';
import { Change } from './changes.contract';
import { CADENCES } from './domain/reporting-periods';

/** How often a project reports (domain/reporting-periods.ts). */
const Cadence = z.enum(CADENCES);

export const CadenceSegment = z.object({ cadence: Cadence, from: z.string() }).meta({ id: 'CadenceSegment' });
export type CadenceSegment = z.infer<typeof CadenceSegment>;

export const LifecycleState = z.enum(['active', 'terminated', 'suspended']).meta({ id: 'LifecycleState' });
export type LifecycleState = z.infer<typeof LifecycleState>;

export const ProjectStatus = z.enum(['terminated', 'suspended', 'not_started', 'in_progress', 'completed', 'delayed']).meta({ id: 'ProjectStatus' });
export type ProjectStatus = z.infer<typeof ProjectStatus>;

export const PeriodRef = z.object({ key: z.string(), label: Bilingual, start: z.string(), end: z.string() }).meta({ id: 'PeriodRef' });
export type PeriodRef = z.infer<typeof PeriodRef>;

export const Overdue = z.object({ period: PeriodRef, days: z.number() }).meta({ id: 'Overdue' });
export type Overdue = z.infer<typeof Overdue>;

export const Delayed = z.object({ since: z.string(), days: z.number() }).meta({ id: 'Delayed' });
export type Delayed = z.infer<typeof Delayed>;

export const ProjectFlags = z.object({ overdue: Overdue.nullable(), delayed: Delayed.nullable() }).meta({ id: 'ProjectFlags' });
export type ProjectFlags = z.infer<typeof ProjectFlags>;

export const NextReportDue = z.object({ key: z.string(), label: Bilingual, end: z.string() }).meta({ id: 'NextReportDue' });
export type NextReportDue = z.infer<typeof NextReportDue>;

export const VoteSummary = z
  .object({
    ballotId: z.string(),
    for: z.number(),
    against: z.number(),
    abstain: z.number(),
    /** Competition rank in the certified ballot that chose it (1, 1, 3). */
    rank: z.number(),
    /** Another candidate of that ballot had the same 赞成 (written 并列第 N 名). */
    tied: z.boolean(),
  })
  .meta({ id: 'VoteSummary' });
export type VoteSummary = z.infer<typeof VoteSummary>;

/** A project as a list shows it, to anyone (the public list's rows are these). */
export const ProjectSummary = z.object({
  id: z.string(),
  cycleId: z.string(),
  code: z.string().nullable(),
  rank: z.number(),
  title: z.string(),
  category: z.string(),
  summary: z.string(),
  location: z.string().nullable(),
  departmentId: z.string(),
  departmentName: z.string().nullable(),
  budgetYuan: z.number(),
  budgetWan: z.string(),
  disbursedYuan: z.number(),
  disbursedWan: z.string(),
  percentComplete: z.number(),
  deadline: z.string(),
  originalDeadline: z.string(),
  state: LifecycleState,
  status: ProjectStatus,
  statusLabel: Bilingual,
  flags: ProjectFlags,
  lastReportedAt: z.string().nullable(),
  lastAsOf: z.string().nullable(),
  completedOn: z.string().nullable(),
  nextReportDue: NextReportDue.nullable(),
  vote: VoteSummary,
  grade: Grade.nullable(),
  gradeLabel: z.string().nullable(),
  satisfactionRateText: z.string().nullable(),
});

export type ProjectSummary = z.infer<typeof ProjectSummary>;

/** A staff list row: the summary and the reporting cadence (and one set to start at a later boundary). */
export const ProjectItem = ProjectSummary.extend({
  cadence: Cadence,
  pendingCadence: CadenceSegment.nullable(),
}).meta({ id: 'ProjectItem' });
export type ProjectItem = z.infer<typeof ProjectItem>;

export const ProjectFacetCounts = z
  .object({ departmentId: z.record(z.string(), z.number()), status: z.record(z.string(), z.number()), category: z.record(z.string(), z.number()) })
  .meta({ id: 'ProjectFacetCounts' });
export type ProjectFacetCounts = z.infer<typeof ProjectFacetCounts>;

export const ProjectPermissions = z
  .object({
    report: z.boolean(),
    plan: z.boolean(),
    requestChange: z.boolean(),
    answer: z.boolean(),
    supervise: z.boolean(),
    decide: z.boolean(),
    setCadence: z.boolean(),
  })
  .meta({ id: 'ProjectPermissions' });
export type ProjectPermissions = z.infer<typeof ProjectPermissions>;

export const ProjectCycle = Cycle.pick({ id: true, title: true, year: true, phase: true, ledgerId: true }).meta({ id: 'ProjectCycle' });
export type ProjectCycle = z.infer<typeof ProjectCycle>;

export const PlanMilestone = z
  .object({ id: z.string(), name: z.string(), dueOn: z.string(), reachedOn: z.string().nullable(), late: z.boolean() })
  .meta({ id: 'PlanMilestone' });
export type PlanMilestone = z.infer<typeof PlanMilestone>;

export const ProjectPlan = z
  .object({ summary: z.string().nullable(), setAt: z.string().nullable(), milestones: z.array(PlanMilestone) })
  .meta({ id: 'ProjectPlan' });
export type ProjectPlan = z.infer<typeof ProjectPlan>;

export const PeriodStatus = z.enum(['open', 'on_time', 'late', 'missing', 'not_required']).meta({ id: 'PeriodStatus' });
export type PeriodStatus = z.infer<typeof PeriodStatus>;

export const ReportingPeriod = z
  .object({
    key: z.string(),
    label: Bilingual,
    start: z.string(),
    end: z.string(),
    status: PeriodStatus,
    statusLabel: Bilingual,
    reports: z.number(),
  })
  .meta({ id: 'ReportingPeriod' });
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

export const Reporting = z
  .object({ required: z.number(), onTime: z.number(), late: z.number(), missing: z.number(), periods: z.array(ReportingPeriod) })
  .meta({ id: 'Reporting' });
export type Reporting = z.infer<typeof Reporting>;

/**
 * A project's terms as its record shows them: the summary a list shows, with what was agreed (content,
 * targets, funding, annual goals, the original budget), the reporting cadence, the plan and the
 * reporting record.
 */
export const ProjectTerms = ProjectSummary.extend({
  proposalId: z.string(),
  content: z.string(),
  targets: z.array(Target),
  funding: z.array(FundingPart),
  annualGoals: z.array(Milestone),
  originalBudgetYuan: z.number(),
  startedOn: z.string(),
  cadence: Cadence,
  cadenceLabel: Bilingual,
  pendingCadence: CadenceSegment.nullable(),
  plan: ProjectPlan,
  reporting: Reporting,
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'ProjectTerms' });
export type ProjectTerms = z.infer<typeof ProjectTerms>;

export const ProjectProposal = z
  .object({
    id: z.string(),
    code: z.string().nullable(),
    title: z.string(),
    channel: ProposalChannel,
    background: z.string().nullable(),
    content: z.string().nullable(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'ProjectProposal' });
export type ProjectProposal = z.infer<typeof ProjectProposal>;

/** The vote that chose the project, as its record shows it: the summary with the ballot it was taken in. */
export const ProjectVote = VoteSummary.extend({
  ballotTitle: z.string().nullable(),
  ballotKind: BallotKind.nullable(),
  ledgerId: z.string().nullable(),
  certifiedAt: z.string().nullable(),
  selectionRank: z.number(),
}).meta({ id: 'ProjectVote' });
export type ProjectVote = z.infer<typeof ProjectVote>;

export const MilestonesReachedItem = z.object({ id: z.string(), name: z.string().nullable() }).meta({ id: 'MilestonesReachedItem' });
export type MilestonesReachedItem = z.infer<typeof MilestonesReachedItem>;

export const ProgressReport = z
  .object({
    id: z.string(),
    number: z.number(),
    asOf: z.string(),
    percentComplete: z.number(),
    disbursedYuan: z.number(),
    disbursedWan: z.string(),
    narrative: z.string(),
    problems: z.string().nullable(),
    milestonesReached: z.array(MilestonesReachedItem),
    correctsId: z.string().nullable(),
    correctionNote: z.string().nullable(),
    correctedById: z.string().nullable(),
    submittedAt: z.string(),
    submittedOn: z.string(),
  })
  .meta({ id: 'ProgressReport' });
export type ProgressReport = z.infer<typeof ProgressReport>;

export const GroupMember = z.object({ deputyId: z.string(), name: z.string() }).meta({ id: 'GroupMember' });
export type GroupMember = z.infer<typeof GroupMember>;

export const ProjectRef = z.object({ id: z.string(), title: z.string().nullable() }).meta({ id: 'ProjectRef' });
export type ProjectRef = z.infer<typeof ProjectRef>;

export const Group = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    name: z.string(),
    category: z.string().nullable(),
    leader: GroupMember,
    members: z.array(GroupMember),
    projects: z.array(ProjectRef),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Group' });
export type Group = z.infer<typeof Group>;

export const SupervisionKind = z.enum(['inspection', 'question', 'recommendation']).meta({ id: 'SupervisionKind' });
export type SupervisionKind = z.infer<typeof SupervisionKind>;

export const RecordedBy = z.object({ deputyId: z.string(), name: z.string().nullable() }).meta({ id: 'RecordedBy' });
export type RecordedBy = z.infer<typeof RecordedBy>;

export const SupervisionAnswer = z.object({ text: z.string().nullable(), answeredAt: z.string() }).meta({ id: 'SupervisionAnswer' });
export type SupervisionAnswer = z.infer<typeof SupervisionAnswer>;

export const SupervisionItem = z
  .object({
    kind: SupervisionKind,
    kindLabel: Bilingual,
    occurredOn: z.string(),
    text: z.string(),
    groupId: z.string(),
    groupName: z.string().nullable(),
    recordedBy: RecordedBy.nullable(),
    recordedAt: z.string(),
    answer: SupervisionAnswer.nullable(),
    projectTitle: z.string().nullable().optional(),
    id: z.string(),
    projectId: z.string(),
  })
  .meta({ id: 'SupervisionItem' });
export type SupervisionItem = z.infer<typeof SupervisionItem>;

export const Supervision = z.object({ groups: z.array(Group), items: z.array(SupervisionItem), unanswered: z.number() }).meta({ id: 'Supervision' });
export type Supervision = z.infer<typeof Supervision>;

export const Evaluation = z
  .object({ id: z.string(), ballotId: z.string(), grade: Grade, gradeLabel: z.string(), satisfactionRateText: z.string(), recordedAt: z.string() })
  .meta({ id: 'Evaluation' });
export type Evaluation = z.infer<typeof Evaluation>;

export const RectificationReport = z.object({ text: z.string().nullable(), reportedAt: z.string() }).meta({ id: 'RectificationReport' });
export type RectificationReport = z.infer<typeof RectificationReport>;

export const Rectification = z
  .object({
    evaluationId: z.string(),
    orderedAt: z.string(),
    dueOn: z.string(),
    status: z.enum(['open', 'reported']),
    statusLabel: Bilingual,
    report: RectificationReport.nullable(),
    projectTitle: z.string().nullable().optional(),
    id: z.string(),
    projectId: z.string(),
  })
  .meta({ id: 'Rectification' });
export type Rectification = z.infer<typeof Rectification>;

export const TimelineEvent = z
  .object({ at: z.string(), on: z.string(), type: z.string(), refId: z.string(), title: Bilingual })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const ListProjectsAnswer = z
  .object({ total: z.number(), projects: z.array(ProjectItem), counts: ProjectFacetCounts })
  .meta({ id: 'ListProjectsAnswer' });
export type ListProjectsAnswer = z.infer<typeof ListProjectsAnswer>;

/** A project's whole record: the terms, where it came from, the vote, and what happened since. Staff, the public page and the annual report read it. */
export const ProjectRecord = z.object({
  cycle: ProjectCycle,
  project: ProjectTerms,
  proposal: ProjectProposal.nullable(),
  vote: ProjectVote,
  reports: z.array(ProgressReport),
  supervision: Supervision,
  changes: z.array(Change),
  evaluations: z.array(Evaluation),
  rectifications: z.array(Rectification),
  timeline: z.array(TimelineEvent),
});

export type ProjectRecord = z.infer<typeof ProjectRecord>;

export const GetProjectAnswer = ProjectRecord.extend({ may: ProjectPermissions }).meta({ id: 'GetProjectAnswer' });
export type GetProjectAnswer = z.infer<typeof GetProjectAnswer>;

export const ProjectReportsAnswer = z
  .object({ project: CycleRef, reporting: Reporting, reports: z.array(ProgressReport) })
  .meta({ id: 'ProjectReportsAnswer' });
export type ProjectReportsAnswer = z.infer<typeof ProjectReportsAnswer>;

export const ProjectAnswer = z.object({ project: ProjectTerms }).meta({ id: 'ProjectAnswer' });
export type ProjectAnswer = z.infer<typeof ProjectAnswer>;

export const SetCadenceAnswer = z.object({ changed: z.array(z.string()), cadence: Cadence }).meta({ id: 'SetCadenceAnswer' });
export type SetCadenceAnswer = z.infer<typeof SetCadenceAnswer>;
