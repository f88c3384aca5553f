// What public routes answer (see public.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { Congress } from '../core/accounts/auth.contract';
import { Head, Ledger } from '../core/ledger/ledger.contract';
import { Congress2 } from '../core/setup/setup.contract';
import { Phase } from '../phase1-solicitation/candidate-list.contract';
import { Grade, Kind3 } from '../phase2-balloting/ballots.contract';
import { Change, FieldChange, Kind4 } from './changes.contract';
import { Counts4, Cycle3, Evaluation, Flags, MilestonesReachedItem, NextReportDue, Project2, Proposal5, Rectification, Report, State2, Status5, Supervision, TimelineEvent, Vote, Vote2 } from './projects.contract';

export const Cycle4 = z.object({ id: z.string(), congressId: z.string(), title: z.string(), year: z.number(), phase: Phase, ledgerId: z.string() });
export type Cycle4 = z.infer<typeof Cycle4>;

export const Totals = z.object({ projects: z.number(), budgetYuan: z.number(), budgetWan: z.string(), disbursedYuan: z.number(), disbursedWan: z.string(), completed: z.number(), overdue: z.number(), delayed: z.number() });
export type Totals = z.infer<typeof Totals>;

export const ByStatu = z.object({ status: Status5, label: Bilingual, projects: z.number() });
export type ByStatu = z.infer<typeof ByStatu>;

export const ByCategoryItem = z.object({ budgetWan: z.string(), disbursedWan: z.string(), category: z.string(), projects: z.number(), completed: z.number(), budgetYuan: z.number(), disbursedYuan: z.number() });
export type ByCategoryItem = z.infer<typeof ByCategoryItem>;

export const Supervision2 = z.object({ groups: z.number(), items: z.number(), unanswered: z.number() });
export type Supervision2 = z.infer<typeof Supervision2>;

export const Candidate7 = z.object({ id: z.string(), title: z.string(), departmentName: z.string().nullable(), estimateYuan: z.number().nullable(), for: z.number(), against: z.number(), abstain: z.number(), rank: z.number().nullable(), status: z.string().nullable() });
export type Candidate7 = z.infer<typeof Candidate7>;

export const Ballot5 = z.object({ ballotId: z.string(), title: z.string(), kind: Kind3, certifiedAt: z.string().nullable(), ledgerId: z.string(), head: Head, rosterCount: z.number(), presentCount: z.number(), issued: z.number(), returned: z.number(), valid: z.number(), invalid: z.number(), seats: z.number(), threshold: z.number(), shortfall: z.number(), candidates: z.array(Candidate7) });
export type Ballot5 = z.infer<typeof Ballot5>;

export const ByGradeItem = z.object({ grade: Grade.nullable(), label: z.union([z.string(), Bilingual]), projects: z.number() });
export type ByGradeItem = z.infer<typeof ByGradeItem>;

export const Project4 = z.object({ id: z.string(), title: z.string(), departmentName: z.string().nullable(), satisfied: z.number(), basicallySatisfied: z.number(), unsatisfied: z.number(), abstain: z.number(), grade: Grade, gradeLabel: z.string(), satisfactionRateText: z.string() });
export type Project4 = z.infer<typeof Project4>;

export const Evaluation2 = z.object({ ballotId: z.string(), title: z.string(), certifiedAt: z.string().nullable(), ledgerId: z.string(), head: Head, rosterCount: z.number(), presentCount: z.number(), issued: z.number(), returned: z.number(), valid: z.number(), invalid: z.number(), basis: z.number(), threshold: z.number(), projects: z.array(Project4) });
export type Evaluation2 = z.infer<typeof Evaluation2>;

export const Notice = z.object({ changeId: z.string(), projectId: z.string(), projectTitle: z.string().nullable(), kind: Kind4, kindLabel: Bilingual, decidedOn: z.string(), decisionNumber: z.string().nullable(), reason: z.string(), note: z.string().nullable(), changed: z.record(z.string(), FieldChange), title: Bilingual });
export type Notice = z.infer<typeof Notice>;

export const Project5 = z.object({ id: z.string(), cycleId: z.string(), code: z.string().nullable(), rank: z.number(), title: z.string(), category: z.string(), summary: z.string(), location: z.string().nullable(), departmentId: z.string(), departmentName: z.string().nullable(), budgetYuan: z.number(), budgetWan: z.string(), disbursedYuan: z.number(), disbursedWan: z.string(), percentComplete: z.number(), deadline: z.string(), originalDeadline: z.string(), state: State2, status: Status5, statusLabel: Bilingual, flags: Flags, lastReportedAt: z.string().nullable(), lastAsOf: z.string().nullable(), completedOn: z.string().nullable(), nextReportDue: NextReportDue.nullable(), vote: Vote, grade: Grade.nullable(), gradeLabel: z.string().nullable(), satisfactionRateText: z.string().nullable() });
export type Project5 = z.infer<typeof Project5>;

export const Department2 = z.object({ id: z.string(), name: z.string(), active: z.boolean() });
export type Department2 = z.infer<typeof Department2>;

export const ByStatus = z.object({ terminated: z.number(), suspended: z.number(), not_started: z.number(), in_progress: z.number(), completed: z.number(), delayed: z.number() });
export type ByStatus = z.infer<typeof ByStatus>;

export const OnTimeRate = z.object({ permille: z.number().nullable(), text: z.string() });
export type OnTimeRate = z.infer<typeof OnTimeRate>;

export const Completion = z.object({ due: z.number(), completed: z.number(), onTime: z.number(), onTimeRate: OnTimeRate });
export type Completion = z.infer<typeof Completion>;

export const Reporting2 = z.object({ required: z.number(), onTime: z.number(), onTimeRate: OnTimeRate });
export type Reporting2 = z.infer<typeof Reporting2>;

export const Evaluation3 = z.object({ satisfiedShare: OnTimeRate, satisfied: z.number(), basically_satisfied: z.number(), unsatisfied: z.number(), evaluated: z.number() });
export type Evaluation3 = z.infer<typeof Evaluation3>;

export const Record = z.object({ projects: z.number(), byStatus: ByStatus, completion: Completion, reporting: Reporting2, evaluation: Evaluation3 });
export type Record = z.infer<typeof Record>;

export const Cycle5 = z.object({ cycle: Cycle4, record: Record, projects: z.array(Project5) });
export type Cycle5 = z.infer<typeof Cycle5>;

export const Department3 = z.object({ id: z.string(), name: z.string(), record: Record });
export type Department3 = z.infer<typeof Department3>;

export const PublicOverviewAnswer = z.object({ congress: Congress, cycle: Cycle4, totals: Totals, byStatus: z.array(ByStatu), byCategory: z.array(ByCategoryItem), supervision: Supervision2, ballots: z.array(Ballot5), byGrade: z.array(ByGradeItem), evaluations: z.array(Evaluation2), notices: z.array(Notice), ledgers: z.array(Ledger) });
export type PublicOverviewAnswer = z.infer<typeof PublicOverviewAnswer>;

export const PublicProjectsAnswer = z.object({ cycle: Cycle4, total: z.number(), projects: z.array(Project5), counts: Counts4, departments: z.array(MilestonesReachedItem), categories: z.array(z.string()) });
export type PublicProjectsAnswer = z.infer<typeof PublicProjectsAnswer>;

export const PublicNoticesAnswer = z.object({ cycle: Cycle4, notices: z.array(Notice) });
export type PublicNoticesAnswer = z.infer<typeof PublicNoticesAnswer>;

export const PublicProjectAnswer = z.object({ cycle: Cycle3, project: Project2, proposal: Proposal5.nullable(), vote: Vote2, reports: z.array(Report), supervision: Supervision, changes: z.array(Change), evaluations: z.array(Evaluation), rectifications: z.array(Rectification), timeline: z.array(TimelineEvent), congress: Congress2 });
export type PublicProjectAnswer = z.infer<typeof PublicProjectAnswer>;

export const PublicDepartmentRecordAnswer = z.object({ congress: Congress2, department: Department2, record: Record, cycles: z.array(Cycle5) });
export type PublicDepartmentRecordAnswer = z.infer<typeof PublicDepartmentRecordAnswer>;

export const PublicDepartmentsAnswer = z.object({ congress: Congress2, departments: z.array(Department3) });
export type PublicDepartmentsAnswer = z.infer<typeof PublicDepartmentsAnswer>;
