// What reports routes answer (see reports.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Overdue, ProgressReport, ProjectStatus } from './projects.contract';

export const SubmitReportAnswer = z
  .object({ report: ProgressReport, status: ProjectStatus, percentComplete: z.number(), overdue: Overdue.nullable() })
  .meta({ id: 'SubmitReportAnswer' });
export type SubmitReportAnswer = z.infer<typeof SubmitReportAnswer>;
