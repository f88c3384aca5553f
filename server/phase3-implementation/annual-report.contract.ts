// What report routes answer (see report.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { ProjectGrade } from '../phase2-balloting/ballots.contract';
import { ProjectRecord } from './projects.contract';
import { DepartmentRecordItem, DepartmentRecordSummary, PublicEvaluation, PublicOverviewAnswer } from './public-progress.contract';

/** A project in the report: its record without the cycle (the report's own) and the timeline. */
export const Rest = ProjectRecord.omit({ cycle: true, timeline: true }).meta({ id: 'Rest' });
export type Rest = z.infer<typeof Rest>;

/** A project's grade as the recount gives it (ProjectGrade, without the rate in permille), with the project named. */
export const ReportEvaluationProject = ProjectGrade.omit({ satisfactionRatePermille: true })
  .extend({ projectId: z.string(), code: z.string().nullable(), title: z.string(), departmentName: z.string().nullable(), gradeLabel: z.string() })
  .meta({ id: 'ReportEvaluationProject' });
export type ReportEvaluationProject = z.infer<typeof ReportEvaluationProject>;

/** A certified evaluation as the public page shows it, with whether it was voided and its projects in the report's terms. */
export const ReportEvaluation = PublicEvaluation.extend({ void: z.boolean(), projects: z.array(ReportEvaluationProject) }).meta({
  id: 'ReportEvaluation',
});
export type ReportEvaluation = z.infer<typeof ReportEvaluation>;

export const ReportDepartment = DepartmentRecordItem.extend({ name: z.string().nullable() }).meta({ id: 'ReportDepartment' });
export type ReportDepartment = z.infer<typeof ReportDepartment>;

/** The annual report: the public overview of the cycle, and every project's record, each department's record and the evaluations in full. */
export const PublicReportAnswer = PublicOverviewAnswer.extend({
  pdfAvailable: z.boolean(),
  asOf: z.string(),
  record: DepartmentRecordSummary,
  projects: z.array(Rest),
  evaluations: z.array(ReportEvaluation),
  departments: z.array(ReportDepartment),
}).meta({ id: 'PublicReportAnswer' });
export type PublicReportAnswer = z.infer<typeof PublicReportAnswer>;
