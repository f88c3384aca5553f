// What public routes answer (see public.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { Congress } from '../core/accounts/auth.contract';
import { LedgerHead, Ledger } from '../core/ledger/ledger.contract';
import { CongressRef } from '../core/setup/setup.contract';
import { Cycle } from '../cycle/cycles.contract';
import { Grade, BallotKind, ResultCandidate, TallyCounts } from '../phase2-balloting/ballots.contract';
import { FieldChange, ChangeKind } from './changes.contract';
import { ProjectFacetCounts, ProjectRecord, ProjectSummary, MilestonesReachedItem, ProjectStatus } from './projects.contract';

export const CycleSummary = Cycle.pick({ id: true, congressId: true, title: true, year: true, phase: true, ledgerId: true }).meta({
  id: 'CycleSummary',
});
export type CycleSummary = z.infer<typeof CycleSummary>;

export const Totals = z
  .object({
    projects: z.number(),
    budgetYuan: z.number(),
    budgetWan: z.string(),
    disbursedYuan: z.number(),
    disbursedWan: z.string(),
    completed: z.number(),
    overdue: z.number(),
    delayed: z.number(),
  })
  .meta({ id: 'Totals' });
export type Totals = z.infer<typeof Totals>;

export const ByStatu = z.object({ status: ProjectStatus, label: Bilingual, projects: z.number() }).meta({ id: 'ByStatu' });
export type ByStatu = z.infer<typeof ByStatu>;

/** One category's totals (without the overdue and delayed counts). */
export const ByCategoryItem = Totals.omit({ overdue: true, delayed: true }).extend({ category: z.string() }).meta({ id: 'ByCategoryItem' });
export type ByCategoryItem = z.infer<typeof ByCategoryItem>;

export const SupervisionCounts = z.object({ groups: z.number(), items: z.number(), unanswered: z.number() }).meta({ id: 'SupervisionCounts' });
export type SupervisionCounts = z.infer<typeof SupervisionCounts>;

/** A candidate's result as the public overview lists it (the ballot's result, without the card position). */
export const PublicResultCandidate = ResultCandidate.omit({ position: true }).meta({ id: 'PublicResultCandidate' });
export type PublicResultCandidate = z.infer<typeof PublicResultCandidate>;

/** What the public sees of any certified ballot, a vote or an evaluation: which one, its ledger, and the hall's counts. */
const CertifiedCounts = TallyCounts.extend({
  ballotId: z.string(),
  title: z.string(),
  certifiedAt: z.string().nullable(),
  ledgerId: z.string(),
  head: LedgerHead,
});

export const PublicBallotResult = CertifiedCounts.extend({
  kind: BallotKind,
  seats: z.number(),
  shortfall: z.number(),
  candidates: z.array(PublicResultCandidate),
}).meta({ id: 'PublicBallotResult' });
export type PublicBallotResult = z.infer<typeof PublicBallotResult>;

export const ByGradeItem = z
  .object({ grade: Grade.nullable(), label: z.union([z.string(), Bilingual]), projects: z.number() })
  .meta({ id: 'ByGradeItem' });
export type ByGradeItem = z.infer<typeof ByGradeItem>;

export const EvaluatedProject = z
  .object({
    id: z.string(),
    title: z.string(),
    departmentName: z.string().nullable(),
    satisfied: z.number(),
    basicallySatisfied: z.number(),
    unsatisfied: z.number(),
    abstain: z.number(),
    grade: Grade,
    gradeLabel: z.string(),
    satisfactionRateText: z.string(),
  })
  .meta({ id: 'EvaluatedProject' });
export type EvaluatedProject = z.infer<typeof EvaluatedProject>;

export const PublicEvaluation = CertifiedCounts.extend({ basis: z.number(), projects: z.array(EvaluatedProject) }).meta({ id: 'PublicEvaluation' });
export type PublicEvaluation = z.infer<typeof PublicEvaluation>;

export const Notice = z
  .object({
    changeId: z.string(),
    projectId: z.string(),
    projectTitle: z.string().nullable(),
    kind: ChangeKind,
    kindLabel: Bilingual,
    decidedOn: z.string(),
    decisionNumber: z.string().nullable(),
    reason: z.string(),
    note: z.string().nullable(),
    changed: z.record(z.string(), FieldChange),
    title: Bilingual,
  })
  .meta({ id: 'Notice' });
export type Notice = z.infer<typeof Notice>;

export const DepartmentProject = ProjectSummary.meta({ id: 'DepartmentProject' });
export type DepartmentProject = z.infer<typeof DepartmentProject>;

export const DepartmentRef = z.object({ id: z.string(), name: z.string(), active: z.boolean() }).meta({ id: 'DepartmentRef' });
export type DepartmentRef = z.infer<typeof DepartmentRef>;

export const ByStatus = z
  .object({
    terminated: z.number(),
    suspended: z.number(),
    not_started: z.number(),
    in_progress: z.number(),
    completed: z.number(),
    delayed: z.number(),
  })
  .meta({ id: 'ByStatus' });
export type ByStatus = z.infer<typeof ByStatus>;

export const OnTimeRate = z.object({ permille: z.number().nullable(), text: z.string() }).meta({ id: 'OnTimeRate' });
export type OnTimeRate = z.infer<typeof OnTimeRate>;

export const Completion = z.object({ due: z.number(), completed: z.number(), onTime: z.number(), onTimeRate: OnTimeRate }).meta({ id: 'Completion' });
export type Completion = z.infer<typeof Completion>;

export const ReportingRecord = z.object({ required: z.number(), onTime: z.number(), onTimeRate: OnTimeRate }).meta({ id: 'ReportingRecord' });
export type ReportingRecord = z.infer<typeof ReportingRecord>;

export const EvaluationRecord = z
  .object({ satisfiedShare: OnTimeRate, satisfied: z.number(), basically_satisfied: z.number(), unsatisfied: z.number(), evaluated: z.number() })
  .meta({ id: 'EvaluationRecord' });
export type EvaluationRecord = z.infer<typeof EvaluationRecord>;

export const DepartmentRecordSummary = z
  .object({ projects: z.number(), byStatus: ByStatus, completion: Completion, reporting: ReportingRecord, evaluation: EvaluationRecord })
  .meta({ id: 'DepartmentRecordSummary' });
export type DepartmentRecordSummary = z.infer<typeof DepartmentRecordSummary>;

export const DepartmentCycle = z
  .object({ cycle: CycleSummary, record: DepartmentRecordSummary, projects: z.array(DepartmentProject) })
  .meta({ id: 'DepartmentCycle' });
export type DepartmentCycle = z.infer<typeof DepartmentCycle>;

export const DepartmentRecordItem = z
  .object({ id: z.string(), name: z.string(), record: DepartmentRecordSummary })
  .meta({ id: 'DepartmentRecordItem' });
export type DepartmentRecordItem = z.infer<typeof DepartmentRecordItem>;

export const CycleDepartment = z
  .object({ id: z.string(), name: z.string().nullable(), record: DepartmentRecordSummary })
  .meta({ id: 'CycleDepartment' });
export type CycleDepartment = z.infer<typeof CycleDepartment>;

export const PublicOverviewAnswer = z
  .object({
    congress: Congress,
    cycle: CycleSummary,
    totals: Totals,
    byStatus: z.array(ByStatu),
    byCategory: z.array(ByCategoryItem),
    supervision: SupervisionCounts,
    ballots: z.array(PublicBallotResult),
    byGrade: z.array(ByGradeItem),
    evaluations: z.array(PublicEvaluation),
    departments: z.array(CycleDepartment),
    notices: z.array(Notice),
    ledgers: z.array(Ledger),
  })
  .meta({ id: 'PublicOverviewAnswer' });
export type PublicOverviewAnswer = z.infer<typeof PublicOverviewAnswer>;

export const PublicProjectsAnswer = z
  .object({
    cycle: CycleSummary,
    total: z.number(),
    projects: z.array(DepartmentProject),
    counts: ProjectFacetCounts,
    departments: z.array(MilestonesReachedItem),
    categories: z.array(z.string()),
  })
  .meta({ id: 'PublicProjectsAnswer' });
export type PublicProjectsAnswer = z.infer<typeof PublicProjectsAnswer>;

export const PublicNoticesAnswer = z.object({ cycle: CycleSummary, notices: z.array(Notice) }).meta({ id: 'PublicNoticesAnswer' });
export type PublicNoticesAnswer = z.infer<typeof PublicNoticesAnswer>;

export const PublicProjectAnswer = ProjectRecord.extend({ congress: CongressRef }).meta({ id: 'PublicProjectAnswer' });
export type PublicProjectAnswer = z.infer<typeof PublicProjectAnswer>;

export const PublicDepartmentRecordAnswer = z
  .object({ congress: CongressRef, department: DepartmentRef, record: DepartmentRecordSummary, cycles: z.array(DepartmentCycle) })
  .meta({ id: 'PublicDepartmentRecordAnswer' });
export type PublicDepartmentRecordAnswer = z.infer<typeof PublicDepartmentRecordAnswer>;

export const PublicDepartmentsAnswer = z
  .object({ congress: CongressRef, departments: z.array(DepartmentRecordItem) })
  .meta({ id: 'PublicDepartmentsAnswer' });
export type PublicDepartmentsAnswer = z.infer<typeof PublicDepartmentsAnswer>;
