// What reports routes answer (see reports.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Overdue, Report, Status5 } from './projects.contract';

export const SubmitReportAnswer = z.object({ report: Report, status: Status5, percentComplete: z.number(), overdue: Overdue.nullable() });
export type SubmitReportAnswer = z.infer<typeof SubmitReportAnswer>;
