// Phase 3/4 project answers as the web pages read them: every shape here is the server's contract
// (@contract: z.infer of the routes' response schemas), under the names the pages use; what is
// left hand-written is the menus' value lists (typed by the contract's enums) and page filters.
// Money is integer 元; pages show 万元 with web/solicitation/money.ts. Dates are China dates
// ("2026-03-31"), instants ISO strings.
import type {
  Change,
  ChangeDecision,
  ChangeKind as ContractChangeKind,
  ChangeStatus as ContractChangeStatus,
  CycleSummary,
  DepartmentRecordSummary,
  Evaluation,
  FundingPart,
  Grade as ContractGrade,
  Group,
  Ledger,
  LifecycleState as ContractLifecycleState,
  Notice,
  OnTimeRate,
  PeriodRef,
  PeriodStatus as ContractPeriodStatus,
  PlanMilestone,
  ProgressReport,
  ProjectCycle,
  ProjectFacetCounts,
  ProjectFlags,
  ProjectRecord,
  ProjectStatus as ContractProjectStatus,
  ProjectSummary,
  ProjectTerms,
  ProjectVote,
  PublicBallotResult,
  Rectification,
  ReportingPeriod,
  SupervisionItem,
  SupervisionKind as ContractSupervisionKind,
  TimelineEvent,
  GetProjectAnswer,
  ListProjectsAnswer,
  PublicDepartmentRecordAnswer,
  PublicDepartmentsAnswer,
  PublicOverviewAnswer,
  PublicProjectAnswer,
  PublicProjectsAnswer,
} from '@contract';
import type { Bilingual, Target } from '../solicitation/types';

export type { Bilingual, Target };

// The menus' value lists, in the order shown; each type is the contract's.
export type ProjectStatus = ContractProjectStatus;
export const PROJECT_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'delayed',
  'suspended',
  'terminated',
] as const satisfies readonly ProjectStatus[];

export type PeriodStatus = ContractPeriodStatus;
export const PERIOD_STATUSES = ['on_time', 'late', 'missing', 'open', 'not_required'] as const satisfies readonly PeriodStatus[];

export type ChangeKind = ContractChangeKind;
export const CHANGE_KINDS = ['adjust', 'suspend', 'resume', 'terminate'] as const satisfies readonly ChangeKind[];
export type ChangeStatus = ContractChangeStatus;
export const CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const satisfies readonly ChangeStatus[];

export type SupervisionKind = ContractSupervisionKind;
export const SUPERVISION_KINDS = ['inspection', 'question', 'recommendation'] as const satisfies readonly SupervisionKind[];

export type Grade = ContractGrade;
export const GRADES = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const satisfies readonly Grade[];

export type Cadence = ProjectTerms['cadence'];
export type LifecycleState = ContractLifecycleState;
export type RectificationStatus = Rectification['status'];

/** The fields an adjustment may change (ADJUSTABLE_FIELDS on the server). */
export const ADJUSTABLE_FIELDS = ['content', 'location', 'targets', 'budgetYuan', 'funding', 'deadline'] as const;
export type AdjustableField = (typeof ADJUSTABLE_FIELDS)[number];

// The parts the pages name, from the server's contract (z.infer of the routes' response schemas).
export type FundingPartOut = FundingPart;
export type {
  PeriodRef,
  ProjectFlags,
  PlanMilestone,
  ReportingPeriod,
  ProgressReport,
  SupervisionItem,
  ChangeDecision,
  Rectification,
  TimelineEvent,
  ProjectVote,
  Notice,
};
/** A row of a project list (describeProjectItem); staff rows add the cadence (ListProjectsAnswer). */
export type ProjectItem = ProjectSummary;
/** The whole project: terms as in force, plan, reporting record (describeProject). */
export type ProjectDetail = ProjectTerms;
export type SupervisionGroup = Group;
export type ProjectChange = Change;
export type ProjectEvaluation = Evaluation;
export type CycleHeader = ProjectCycle;
/** One project's record (projectRecord): what a project page shows, staff and public alike. */
export type ProjectRecordData = ProjectRecord;
export type FacetCounts = ProjectFacetCounts;
export type PublicCycleHeader = CycleSummary;
export type BallotResult = PublicBallotResult;
export type PublicLedger = Ledger;
export type Rate = OnTimeRate;
/** A department's record over some projects (domain/record.ts departmentRecord). */
export type DepartmentRecord = DepartmentRecordSummary;

export interface ProjectListFilter {
  status?: ProjectStatus;
  category?: string;
  departmentId?: string;
  q?: string;
  flag?: 'overdue' | 'delayed';
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
