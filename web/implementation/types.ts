// Shapes of the phase-3/4 project answers as the web pages read them. They mirror
// server/phase3-implementation/project-view.ts (list items, the project), project-record.ts (the
// whole record: staff and public read the same one) and public.service.ts (overview, list,
// department records). The whole answers are the server's contract (@contract); the parts below are
// what the pages name.
// Money is integer 元; pages show 万元 with web/solicitation/money.ts. Dates are China dates
// ("2026-03-31"), instants ISO strings.
import type {
  GetProjectAnswer,
  ListProjectsAnswer,
  PublicDepartmentRecordAnswer,
  PublicDepartmentsAnswer,
  PublicOverviewAnswer,
  PublicProjectAnswer,
  PublicProjectsAnswer,
} from '@contract';
import type { Bilingual, FundingSource, Phase, ProposalChannel, Target, Milestone } from '../solicitation/types';

export type { Bilingual, Target };

export const PROJECT_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'suspended', 'terminated'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PERIOD_STATUSES = ['on_time', 'late', 'missing', 'open', 'not_required'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const CHANGE_KINDS = ['adjust', 'suspend', 'resume', 'terminate'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export const SUPERVISION_KINDS = ['inspection', 'question', 'recommendation'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

export const GRADES = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Grade = (typeof GRADES)[number];

export type Cadence = 'monthly' | 'quarterly';
export type LifecycleState = 'active' | 'suspended' | 'terminated';
export type RectificationStatus = 'open' | 'reported';

/** The fields an adjustment may change (ADJUSTABLE_FIELDS on the server). */
export const ADJUSTABLE_FIELDS = ['content', 'location', 'targets', 'budgetYuan', 'funding', 'deadline'] as const;
export type AdjustableField = (typeof ADJUSTABLE_FIELDS)[number];

export interface FundingPartOut {
  source: FundingSource;
  amountYuan: number;
  note?: string | null;
}

export interface PeriodRef {
  key: string;
  label: Bilingual;
  start: string;
  end: string;
}

export interface ProjectFlags {
  /** An ended reporting period without a report (逾期未报): the first one and the days since it ended. */
  overdue: { period: PeriodRef; days: number } | null;
  /** Past the deadline and not complete (滞后). */
  delayed: { since: string; days: number } | null;
}

/** A row of a project list (describeProjectItem). */
export interface ProjectItem {
  id: string;
  cycleId: string;
  code: string | null;
  /** Order of selection in the cycle (1 = first). */
  rank: number;
  title: string;
  category: string;
  summary: string;
  location: string | null;
  departmentId: string;
  departmentName: string | null;
  budgetYuan: number;
  budgetWan: string;
  disbursedYuan: number;
  disbursedWan: string;
  percentComplete: number;
  deadline: string;
  originalDeadline: string;
  state: LifecycleState;
  status: ProjectStatus;
  statusLabel: Bilingual;
  flags: ProjectFlags;
  lastReportedAt: string | null;
  lastAsOf: string | null;
  completedOn: string | null;
  nextReportDue: { key: string; label: Bilingual; end: string } | null;
  vote: { ballotId: string; for: number; against: number; abstain: number; rank: number };
  grade: Grade | null;
  gradeLabel: string | null;
  satisfactionRateText: string | null;
}

export interface PlanMilestone {
  id: string;
  name: string;
  dueOn: string;
  reachedOn: string | null;
  late: boolean;
}

export interface ReportingPeriod {
  key: string;
  label: Bilingual;
  start: string;
  end: string;
  status: PeriodStatus;
  statusLabel: Bilingual;
  /** Regular reports submitted within the period. */
  reports: number;
}

/** The whole project: terms as in force, plan, reporting record (describeProject). */
export interface ProjectDetail extends ProjectItem {
  proposalId: string;
  content: string;
  targets: Target[];
  funding: FundingPartOut[];
  annualGoals: Milestone[];
  originalBudgetYuan: number;
  startedOn: string;
  cadence: Cadence;
  cadenceLabel: Bilingual;
  /** A cadence change that starts at a later boundary. */
  pendingCadence: { cadence: Cadence; from: string } | null;
  plan: { summary: string | null; setAt: string | null; milestones: PlanMilestone[] };
  reporting: { required: number; onTime: number; late: number; missing: number; periods: ReportingPeriod[] };
  createdAt: string;
  updatedAt: string;
}

/** A progress report (newest first in the record). A correction names the report it corrects. */
export interface ProgressReport {
  id: string;
  number: number;
  asOf: string;
  percentComplete: number;
  disbursedYuan: number;
  disbursedWan: string;
  narrative: string;
  problems: string | null;
  milestonesReached: Array<{ id: string; name: string | null }>;
  correctsId: string | null;
  correctionNote: string | null;
  /** Set when a later correction replaced this report's figures. */
  correctedById: string | null;
  submittedAt: string;
  submittedOn: string;
}

export interface SupervisionGroup {
  id: string;
  cycleId: string;
  name: string;
  category: string | null;
  leader: { deputyId: string; name: string };
  members: Array<{ deputyId: string; name: string }>;
  projects: Array<{ id: string; title: string | null }>;
  createdAt: string;
  updatedAt: string;
}

/** 视察 / 询问 / 督办建议, and the department's answer (null while unanswered). */
export interface SupervisionItem {
  id: string;
  projectId: string;
  /** In lists over several projects (GET /api/supervision-items). */
  projectTitle?: string | null;
  kind: SupervisionKind;
  kindLabel: Bilingual;
  occurredOn: string;
  text: string;
  groupId: string;
  groupName: string | null;
  recordedBy: { deputyId: string; name: string | null } | null;
  recordedAt: string;
  answer: { text: string | null; answeredAt: string } | null;
}

export interface ChangeDecision {
  outcome: ChangeStatus;
  decidedOn: string;
  /** 文号 */
  number: string | null;
  note: string | null;
  /** What an approved decision changed: field → { from, to }. */
  changed: Record<string, { from: unknown; to: unknown }>;
  recordedAt: string | null;
}

export interface ProjectChange {
  id: string;
  cycleId: string;
  projectId: string;
  projectTitle: string | null;
  kind: ChangeKind;
  kindLabel: Bilingual;
  /** The adjustment asked for (adjust only). */
  proposed: Partial<Record<AdjustableField, unknown>> | null;
  reason: string;
  status: ChangeStatus;
  statusLabel: Bilingual;
  requestedAt: string;
  decision: ChangeDecision | null;
}

export interface ProjectEvaluation {
  id: string;
  ballotId: string;
  grade: Grade;
  gradeLabel: string;
  satisfactionRateText: string;
  recordedAt: string;
}

export interface Rectification {
  id: string;
  projectId: string;
  projectTitle?: string | null;
  evaluationId: string;
  orderedAt: string;
  dueOn: string;
  status: RectificationStatus;
  statusLabel: Bilingual;
  report: { text: string | null; reportedAt: string } | null;
}

export interface TimelineEvent {
  at: string;
  on: string;
  /** e.g. proposal.submitted, ballot.certified, report.submitted, report.corrected, supervision.inspection, change.approved … */
  type: string;
  refId: string;
  title: Bilingual;
}

export interface ProjectVote {
  ballotId: string;
  ballotTitle: string | null;
  ballotKind: string | null;
  ledgerId: string | null;
  certifiedAt: string | null;
  for: number;
  against: number;
  abstain: number;
  /** Rank in its ballot. */
  rank: number;
  /** Order of selection in the cycle. */
  selectionRank: number;
}

export interface CycleHeader {
  id: string;
  title: string;
  year: number;
  phase: Phase;
  ledgerId: string;
}

/** One project's record (projectRecord): what a project page shows, staff and public alike. */
export interface ProjectRecordData {
  cycle: CycleHeader;
  project: ProjectDetail;
  proposal: {
    id: string;
    code: string | null;
    title: string;
    channel: ProposalChannel;
    background: string | null;
    content: string | null;
    submittedAt: string | null;
  } | null;
  vote: ProjectVote;
  reports: ProgressReport[];
  supervision: { groups: SupervisionGroup[]; items: SupervisionItem[]; unanswered: number };
  changes: ProjectChange[];
  evaluations: ProjectEvaluation[];
  rectifications: Rectification[];
  timeline: TimelineEvent[];
}

export type FacetCounts = Record<'status' | 'category' | 'departmentId', Record<string, number>>;

export interface PublicCycleHeader extends CycleHeader {
  congressId: string;
}

export interface ProjectListFilter {
  status?: ProjectStatus;
  category?: string;
  departmentId?: string;
  q?: string;
  flag?: 'overdue' | 'delayed';
}

export interface BallotResult {
  ballotId: string;
  title: string;
  kind: string;
  certifiedAt: string | null;
  ledgerId: string;
  head: { seq: number; hash: string };
  rosterCount: number;
  presentCount: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  seats: number;
  threshold: number;
  shortfall: number;
  candidates: Array<{
    id: string;
    title: string;
    departmentName: string | null;
    estimateYuan: number | null;
    for: number;
    against: number;
    abstain: number;
    rank: number | null;
    status: string | null;
  }>;
}

/** A published notice: an approved decision with what it changed. */
export interface Notice {
  changeId: string;
  projectId: string;
  projectTitle: string | null;
  kind: ChangeKind;
  kindLabel: Bilingual;
  decidedOn: string;
  decisionNumber: string | null;
  reason: string;
  note: string | null;
  changed: Record<string, { from: unknown; to: unknown }>;
  title: Bilingual;
}

export interface PublicLedger {
  id: string;
  kind: string;
  title: string;
  congressId: string;
  subjectId: string | null;
  public: boolean;
  createdAt: string;
  head: { seq: number; hash: string };
}

export interface Rate {
  permille: number | null;
  text: string;
}

/** A department's record over some projects (domain/record.ts departmentRecord). */
export interface DepartmentRecord {
  projects: number;
  byStatus: Record<ProjectStatus, number>;
  completion: { due: number; completed: number; onTime: number; onTimeRate: Rate };
  reporting: { required: number; onTime: number; onTimeRate: Rate };
  evaluation: { evaluated: number; satisfied: number; basically_satisfied: number; unsatisfied: number; satisfiedShare: Rate };
}

// The answers of the project pages: the server's contract (z.infer of the routes' response schemas).
/** GET /api/public/projects/:id */
export type PublicProjectRecord = PublicProjectAnswer;
/** GET /api/projects/:id: the record and what the caller may do. */
export type StaffProjectRecord = GetProjectAnswer;
/** GET /api/projects */
export type ProjectList = ListProjectsAnswer;
/** GET /api/public/cycles/:id/projects */
export type PublicProjectList = PublicProjectsAnswer;
/** GET /api/public/cycles/:id/overview */
export type Overview = PublicOverviewAnswer;
/** GET /api/public/departments/:id/record */
export type PublicDepartmentRecord = PublicDepartmentRecordAnswer;
/** GET /api/public/congresses/:id/departments */
export type PublicDepartments = PublicDepartmentsAnswer;
