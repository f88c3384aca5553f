// What report routes answer (see report.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Congress } from '../core/accounts/auth.contract';
import { LedgerHead, Ledger } from '../core/ledger/ledger.contract';
import { Grade } from '../phase2-balloting/ballots.contract';
import { Change } from './changes.contract';
import { Evaluation, ProjectTerms, ProjectProposal, Rectification, ProgressReport, Supervision, ProjectVote } from './projects.contract';
import {
  PublicBallotResult,
  ByCategoryItem,
  ByGradeItem,
  ByStatu,
  CycleSummary,
  Notice,
  DepartmentRecordSummary,
  SupervisionCounts,
  Totals,
} from './public-progress.contract';

export const Rest = z
  .object({
    project: ProjectTerms,
    proposal: ProjectProposal.nullable(),
    vote: ProjectVote,
    reports: z.array(ProgressReport),
    supervision: Supervision,
    changes: z.array(Change),
    evaluations: z.array(Evaluation),
    rectifications: z.array(Rectification),
  })
  .meta({ id: 'Rest' });
export type Rest = z.infer<typeof Rest>;

export const ReportEvaluationProject = z
  .object({
    projectId: z.string(),
    code: z.string().nullable(),
    title: z.string(),
    departmentName: z.string().nullable(),
    satisfied: z.number(),
    basically_satisfied: z.number(),
    unsatisfied: z.number(),
    abstain: z.number(),
    grade: Grade,
    gradeLabel: z.string(),
    satisfactionRateText: z.string(),
  })
  .meta({ id: 'ReportEvaluationProject' });
export type ReportEvaluationProject = z.infer<typeof ReportEvaluationProject>;

export const ReportEvaluation = z
  .object({
    ballotId: z.string(),
    title: z.string(),
    certifiedAt: z.string().nullable(),
    ledgerId: z.string(),
    head: LedgerHead,
    rosterCount: z.number(),
    presentCount: z.number(),
    issued: z.number(),
    returned: z.number(),
    valid: z.number(),
    invalid: z.number(),
    basis: z.number(),
    threshold: z.number(),
    void: z.boolean(),
    projects: z.array(ReportEvaluationProject),
  })
  .meta({ id: 'ReportEvaluation' });
export type ReportEvaluation = z.infer<typeof ReportEvaluation>;

export const ReportDepartment = z
  .object({ id: z.string(), name: z.string().nullable(), record: DepartmentRecordSummary })
  .meta({ id: 'ReportDepartment' });
export type ReportDepartment = z.infer<typeof ReportDepartment>;

export const PublicReportAnswer = z
  .object({
    pdfAvailable: z.boolean(),
    asOf: z.string(),
    record: DepartmentRecordSummary,
    projects: z.array(Rest),
    evaluations: z.array(ReportEvaluation),
    departments: z.array(ReportDepartment),
    ledgers: z.array(Ledger),
    congress: Congress,
    cycle: CycleSummary,
    totals: Totals,
    byStatus: z.array(ByStatu),
    byCategory: z.array(ByCategoryItem),
    supervision: SupervisionCounts,
    ballots: z.array(PublicBallotResult),
    byGrade: z.array(ByGradeItem),
    notices: z.array(Notice),
  })
  .meta({ id: 'PublicReportAnswer' });
export type PublicReportAnswer = z.infer<typeof PublicReportAnswer>;
