// What projects routes answer (see projects.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Bilingual } from '../http/contract';
import { Channel, FundingPart, Milestone, Phase, Target } from '../phase1-solicitation/candidate-list.contract';
import { Cycle2 } from '../phase1-solicitation/public.contract';
import { Grade, Kind3 } from '../phase2-balloting/ballots.contract';
import { Change } from './changes.contract';

export const CadenceSegment = z.object({ cadence: z.enum(['monthly', 'quarterly']), from: z.string() });
export type CadenceSegment = z.infer<typeof CadenceSegment>;

export const State2 = z.enum(['active', 'terminated', 'suspended']);
export type State2 = z.infer<typeof State2>;

export const Status5 = z.enum(['terminated', 'suspended', 'not_started', 'in_progress', 'completed', 'delayed']);
export type Status5 = z.infer<typeof Status5>;

export const Period = z.object({ key: z.string(), label: Bilingual, start: z.string(), end: z.string() });
export type Period = z.infer<typeof Period>;

export const Overdue = z.object({ period: Period, days: z.number() });
export type Overdue = z.infer<typeof Overdue>;

export const Delayed = z.object({ since: z.string(), days: z.number() });
export type Delayed = z.infer<typeof Delayed>;

export const Flags = z.object({ overdue: Overdue.nullable(), delayed: Delayed.nullable() });
export type Flags = z.infer<typeof Flags>;

export const NextReportDue = z.object({ key: z.string(), label: Bilingual, end: z.string() });
export type NextReportDue = z.infer<typeof NextReportDue>;

export const Vote = z.object({ ballotId: z.string(), for: z.number(), against: z.number(), abstain: z.number(), rank: z.number() });
export type Vote = z.infer<typeof Vote>;

export const Project = z.object({ cadence: z.enum(['monthly', 'quarterly']), pendingCadence: CadenceSegment.nullable(), id: z.string(), cycleId: z.string(), code: z.string().nullable(), rank: z.number(), title: z.string(), category: z.string(), summary: z.string(), location: z.string().nullable(), departmentId: z.string(), departmentName: z.string().nullable(), budgetYuan: z.number(), budgetWan: z.string(), disbursedYuan: z.number(), disbursedWan: z.string(), percentComplete: z.number(), deadline: z.string(), originalDeadline: z.string(), state: State2, status: Status5, statusLabel: Bilingual, flags: Flags, lastReportedAt: z.string().nullable(), lastAsOf: z.string().nullable(), completedOn: z.string().nullable(), nextReportDue: NextReportDue.nullable(), vote: Vote, grade: Grade.nullable(), gradeLabel: z.string().nullable(), satisfactionRateText: z.string().nullable() });
export type Project = z.infer<typeof Project>;

export const Counts4 = z.object({ departmentId: z.record(z.string(), z.number()), status: z.record(z.string(), z.number()), category: z.record(z.string(), z.number()) });
export type Counts4 = z.infer<typeof Counts4>;

export const May = z.object({ report: z.boolean(), plan: z.boolean(), requestChange: z.boolean(), answer: z.boolean(), supervise: z.boolean(), decide: z.boolean(), setCadence: z.boolean() });
export type May = z.infer<typeof May>;

export const Cycle3 = z.object({ id: z.string(), title: z.string(), year: z.number(), phase: Phase, ledgerId: z.string() });
export type Cycle3 = z.infer<typeof Cycle3>;

export const Milestone2 = z.object({ id: z.string(), name: z.string(), dueOn: z.string(), reachedOn: z.string().nullable(), late: z.boolean() });
export type Milestone2 = z.infer<typeof Milestone2>;

export const Plan = z.object({ summary: z.string().nullable(), setAt: z.string().nullable(), milestones: z.array(Milestone2) });
export type Plan = z.infer<typeof Plan>;

export const Status6 = z.enum(['open', 'on_time', 'late', 'missing', 'not_required']);
export type Status6 = z.infer<typeof Status6>;

export const Period2 = z.object({ key: z.string(), label: Bilingual, start: z.string(), end: z.string(), status: Status6, statusLabel: Bilingual, reports: z.number() });
export type Period2 = z.infer<typeof Period2>;

export const Reporting = z.object({ required: z.number(), onTime: z.number(), late: z.number(), missing: z.number(), periods: z.array(Period2) });
export type Reporting = z.infer<typeof Reporting>;

export const Project2 = z.object({ proposalId: z.string(), content: z.string(), targets: z.array(Target), funding: z.array(FundingPart), annualGoals: z.array(Milestone), originalBudgetYuan: z.number(), startedOn: z.string(), cadence: z.enum(['monthly', 'quarterly']), cadenceLabel: Bilingual, pendingCadence: CadenceSegment.nullable(), plan: Plan, reporting: Reporting, createdAt: z.string(), updatedAt: z.string(), id: z.string(), cycleId: z.string(), code: z.string().nullable(), rank: z.number(), title: z.string(), category: z.string(), summary: z.string(), location: z.string().nullable(), departmentId: z.string(), departmentName: z.string().nullable(), budgetYuan: z.number(), budgetWan: z.string(), disbursedYuan: z.number(), disbursedWan: z.string(), percentComplete: z.number(), deadline: z.string(), originalDeadline: z.string(), state: State2, status: Status5, statusLabel: Bilingual, flags: Flags, lastReportedAt: z.string().nullable(), lastAsOf: z.string().nullable(), completedOn: z.string().nullable(), nextReportDue: NextReportDue.nullable(), vote: Vote, grade: Grade.nullable(), gradeLabel: z.string().nullable(), satisfactionRateText: z.string().nullable() });
export type Project2 = z.infer<typeof Project2>;

export const Proposal5 = z.object({ id: z.string(), code: z.string().nullable(), title: z.string(), channel: Channel, background: z.string().nullable(), content: z.string().nullable(), submittedAt: z.string().nullable() });
export type Proposal5 = z.infer<typeof Proposal5>;

export const Vote2 = z.object({ ballotId: z.string(), ballotTitle: z.string().nullable(), ballotKind: Kind3.nullable(), ledgerId: z.string().nullable(), certifiedAt: z.string().nullable(), for: z.number(), against: z.number(), abstain: z.number(), rank: z.number(), selectionRank: z.number() });
export type Vote2 = z.infer<typeof Vote2>;

export const MilestonesReachedItem = z.object({ id: z.string(), name: z.string().nullable() });
export type MilestonesReachedItem = z.infer<typeof MilestonesReachedItem>;

export const Report = z.object({ id: z.string(), number: z.number(), asOf: z.string(), percentComplete: z.number(), disbursedYuan: z.number(), disbursedWan: z.string(), narrative: z.string(), problems: z.string().nullable(), milestonesReached: z.array(MilestonesReachedItem), correctsId: z.string().nullable(), correctionNote: z.string().nullable(), correctedById: z.string().nullable(), submittedAt: z.string(), submittedOn: z.string() });
export type Report = z.infer<typeof Report>;

export const Leader = z.object({ deputyId: z.string(), name: z.string() });
export type Leader = z.infer<typeof Leader>;

export const Project3 = z.object({ id: z.string(), title: z.string().nullable() });
export type Project3 = z.infer<typeof Project3>;

export const Group = z.object({ id: z.string(), cycleId: z.string(), name: z.string(), category: z.string().nullable(), leader: Leader, members: z.array(Leader), projects: z.array(Project3), createdAt: z.string(), updatedAt: z.string() });
export type Group = z.infer<typeof Group>;

export const Kind5 = z.enum(['inspection', 'question', 'recommendation']);
export type Kind5 = z.infer<typeof Kind5>;

export const RecordedBy = z.object({ deputyId: z.string(), name: z.string().nullable() });
export type RecordedBy = z.infer<typeof RecordedBy>;

export const Answer = z.object({ text: z.string().nullable(), answeredAt: z.string() });
export type Answer = z.infer<typeof Answer>;

export const Item = z.object({ kind: Kind5, kindLabel: Bilingual, occurredOn: z.string(), text: z.string(), groupId: z.string(), groupName: z.string().nullable(), recordedBy: RecordedBy.nullable(), recordedAt: z.string(), answer: Answer.nullable(), projectTitle: z.string().nullable().optional(), id: z.string(), projectId: z.string() });
export type Item = z.infer<typeof Item>;

export const Supervision = z.object({ groups: z.array(Group), items: z.array(Item), unanswered: z.number() });
export type Supervision = z.infer<typeof Supervision>;

export const Evaluation = z.object({ id: z.string(), ballotId: z.string(), grade: Grade, gradeLabel: z.string(), satisfactionRateText: z.string(), recordedAt: z.string() });
export type Evaluation = z.infer<typeof Evaluation>;

export const Report2 = z.object({ text: z.string().nullable(), reportedAt: z.string() });
export type Report2 = z.infer<typeof Report2>;

export const Rectification = z.object({ evaluationId: z.string(), orderedAt: z.string(), dueOn: z.string(), status: z.enum(['open', 'reported']), statusLabel: Bilingual, report: Report2.nullable(), projectTitle: z.string().nullable().optional(), id: z.string(), projectId: z.string() });
export type Rectification = z.infer<typeof Rectification>;

export const TimelineEvent = z.object({ at: z.string(), on: z.string(), type: z.string(), refId: z.string(), title: Bilingual });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const ListProjectsAnswer = z.object({ total: z.number(), projects: z.array(Project), counts: Counts4 });
export type ListProjectsAnswer = z.infer<typeof ListProjectsAnswer>;

export const GetProjectAnswer = z.object({ may: May, cycle: Cycle3, project: Project2, proposal: Proposal5.nullable(), vote: Vote2, reports: z.array(Report), supervision: Supervision, changes: z.array(Change), evaluations: z.array(Evaluation), rectifications: z.array(Rectification), timeline: z.array(TimelineEvent) });
export type GetProjectAnswer = z.infer<typeof GetProjectAnswer>;

export const ProjectReportsAnswer = z.object({ project: Cycle2, reporting: Reporting, reports: z.array(Report) });
export type ProjectReportsAnswer = z.infer<typeof ProjectReportsAnswer>;

export const ProjectAnswer = z.object({ project: Project2 });
export type ProjectAnswer = z.infer<typeof ProjectAnswer>;

export const SetCadenceAnswer = z.object({ changed: z.array(z.string()), cadence: z.enum(['monthly', 'quarterly']) });
export type SetCadenceAnswer = z.infer<typeof SetCadenceAnswer>;
